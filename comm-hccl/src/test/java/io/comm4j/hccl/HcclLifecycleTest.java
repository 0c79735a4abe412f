package io.comm4j.hccl;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two-rank lifecycle (init, allocWindows, invariants, barriers, destroy) in real processes
 * against the fake CANN, through both API levels and both context layouts.
 */
class HcclLifecycleTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} level, {1}")
    @CsvSource({"low, mesh, MESH", "low, ring, RING", "high, mesh, MESH", "high, ring, RING"})
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldRunTheTwoRankLifecycleWithGlobalAddressesAndNoLeaks(final String level, final String topo,
                                                                   final String expectedTopology) {
        final FakeCannGroup group = new FakeCannGroup(dir).level(level).env("FAKECANN_TOPO", topo);
        final List<FakeCannGroup.Rank> ranks = group.run();

        for (final FakeCannGroup.Rank r : ranks) {
            assertThat(r.result().exitCode()).as("rank %d exits 0 after the whole sequence\n%s", r.rank(), r.describe())
                .isZero();
            assertThat(r.value("TOPOLOGY")).as("rank %d reads the %s context", r.rank(), topo).isEqualTo(expectedTopology);
            assertThat(r.value("MARKS")).as("rank %d read every window's owner mark through windowsIn", r.rank())
                .isEqualTo("ok");
            assertThat(r.leaks()).as("rank %d wrote the fake's leak report at exit", r.rank()).isNotEmpty();
            assertThat(r.leaked()).as("rank %d leaves no device memory, stream, comm, device or ACL behind", r.rank())
                .isEmpty();
        }
        for (final FakeCannGroup.Rank owner : ranks) {
            final String base = owner.value("LOCAL_BASE");
            for (final FakeCannGroup.Rank viewer : ranks) {
                assertThat(viewer.values("WINDOW_IN").get(owner.rank()))
                    .as("rank %d's windowsIn[%d] is rank %d's own local base (global virtual address)",
                        viewer.rank(), owner.rank(), owner.rank())
                    .isEqualTo(owner.rank() + " " + base);
            }
        }
        assertThat(group.leftoverFiles()).as("no rendezvous file is left in %s", dir).isEmpty();
        assertThat(group.leftoverSegments()).as("no shared-memory segment is left in /dev/shm").isEmpty();
    }

    @ParameterizedTest(name = "{0} level")
    @ValueSource(strings = {"low", "high"})
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldShareWindowsThroughAclIpcOnACannWithoutVerifiedPrivateLayouts(final String level)
        throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("rootinfo.ipc_key_1234_1"), "left by a crashed run");
        final FakeCannGroup group = new FakeCannGroup(dir).level(level)
            .jvmArg("-D" + AclIpcWindows.PROPERTY + "=ipc")
            .env("FAKECANN_CANN_VERSION", "8.5.0"); // the IPC provider reads no private layout: no version lock
        final List<FakeCannGroup.Rank> ranks = group.run();

        for (final FakeCannGroup.Rank r : ranks) {
            assertThat(r.result().exitCode()).as("rank %d exits 0 after the whole sequence\n%s", r.rank(), r.describe())
                .isZero();
            assertThat(r.value("TOPOLOGY")).as("rank %d used the IPC provider", r.rank()).isEqualTo("IPC");
            assertThat(r.value("MARKS")).as("rank %d read every rank's canary through its imported window", r.rank())
                .isEqualTo("ok");
            assertThat(r.leaks()).as("rank %d wrote the fake's leak report at exit", r.rank()).isNotEmpty();
            assertThat(r.leaked()).as("rank %d closes every import and export and frees its memory", r.rank())
                .isEmpty();
        }
        assertThat(group.leftoverFiles()).as("no rendezvous or IPC record file, not even a crashed run's, is left in %s",
            dir).isEmpty();
        assertThat(group.leftoverSegments()).as("no exported window is left in /dev/shm").isEmpty();
    }
}
