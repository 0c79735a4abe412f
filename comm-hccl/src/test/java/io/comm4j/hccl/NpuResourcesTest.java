package io.comm4j.hccl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CTest resource spec reader and the exclusive device locks of the hardware tests. */
class NpuResourcesTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadTheNpuIdsOfAValidSpec() {
        assertThat(NpuResources.parseSpec(
            "{\"version\":{\"major\":1,\"minor\":0},\"local\":[{\"npus\":[{\"id\":\"0\",\"slots\":1},{\"id\":\"5\"}]}]}"))
            .as("ids in order, slots defaulting to 1").containsExactly("0", "5");
    }

    @Test
    void shouldRejectSpecsCTestWouldReject() {
        assertThatThrownBy(() -> NpuResources.parseSpec("{\"version\":{\"major\":2,\"minor\":0},\"local\":[{}]}"))
            .as("only version 1.0 is valid").hasMessageContaining("version");
        assertThatThrownBy(() -> NpuResources.parseSpec("{\"version\":{\"major\":1,\"minor\":0},\"local\":[{},{}]}"))
            .as("local has exactly one element").hasMessageContaining("exactly one");
        assertThatThrownBy(() -> NpuResources.parseSpec(
            "{\"version\":{\"major\":1,\"minor\":0},\"local\":[{\"npus\":[{\"id\":\"A\"}]}]}"))
            .as("ids are lowercase").hasMessageContaining("'A'");
        assertThatThrownBy(() -> NpuResources.parseSpec(
            "{\"version\":{\"major\":1,\"minor\":0},\"local\":[{\"npus\":[{\"id\":\"1\"},{\"id\":\"1\"}]}]}"))
            .as("ids are unique").hasMessageContaining("twice");
        assertThatThrownBy(() -> NpuResources.parseSpec(
            "{\"version\":{\"major\":1,\"minor\":0},\"local\":[{\"npus\":[{\"id\":\"1\",\"slots\":0}]}]}"))
            .as("slots >= 1").hasMessageContaining("slots");
        assertThatThrownBy(() -> NpuResources.parseSpec("{not json"))
            .as("malformed JSON").hasMessageContaining("not JSON");
    }

    @Test
    void shouldTakeDevicesCTestAllocatedFromItsEnvironment() {
        final NpuResources.Result r = NpuResources.allocate(2, Map.of("CTEST_RESOURCE_GROUP_COUNT", "2",
            "CTEST_RESOURCE_GROUP_0_NPUS", "id:4,slots:1", "CTEST_RESOURCE_GROUP_1_NPUS", "id:5,slots:1"));
        assertThat(r.allocation()).as("CTest's devices, in group order").hasValueSatisfying(
            a -> assertThat(a.ids()).containsExactly("4", "5"));
    }

    @Test
    void shouldSkipWithAReasonWhenThereIsNoSpec() {
        System.clearProperty(NpuResources.SPEC_PROPERTY);
        final NpuResources.Result r = NpuResources.allocate(2, Map.of());
        assertThat(r.allocation()).as("no devices").isEmpty();
        assertThat(r.reason()).as("the reason names the property").contains(NpuResources.SPEC_PROPERTY);
    }

    @Test
    void shouldNeverHandTheSameDeviceToTwoHoldersAtOnce() throws IOException {
        final Path spec = dir.resolve("spec.json");
        Files.writeString(spec,
            "{\"version\":{\"major\":1,\"minor\":0},\"local\":[{\"npus\":[{\"id\":\"0\"},{\"id\":\"1\"},{\"id\":\"2\"}]}]}");
        System.setProperty(NpuResources.SPEC_PROPERTY, spec.toString());
        System.setProperty(NpuResources.LOCK_DIR_PROPERTY, dir.resolve("locks").toString());
        System.setProperty(NpuResources.WAIT_PROPERTY, "0");
        try (NpuResources.Allocation first = NpuResources.allocate(2, Map.of()).allocation().orElseThrow()) {
            final NpuResources.Result second = NpuResources.allocate(2, Map.of());
            assertThat(second.allocation()).as("only one of three devices is free: two cannot be had").isEmpty();
            assertThat(second.reason()).as("the reason says they were busy").contains("not free");
            try (NpuResources.Allocation third = NpuResources.allocate(1, Map.of()).allocation().orElseThrow()) {
                assertThat(third.ids()).as("the free device, not one the first holder has")
                    .doesNotContainAnyElementsOf(first.ids());
            }
        } finally {
            System.clearProperty(NpuResources.SPEC_PROPERTY);
            System.clearProperty(NpuResources.LOCK_DIR_PROPERTY);
            System.clearProperty(NpuResources.WAIT_PROPERTY);
        }
    }
}
