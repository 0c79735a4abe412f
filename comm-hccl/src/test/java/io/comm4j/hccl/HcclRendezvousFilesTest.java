package io.comm4j.hccl;

import io.comm4j.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HCCL rendezvous never touches a file comm4j did not create (issue 13, case 3) and leaves
 * nothing next to the rendezvous path after a failed run (case 4), with real rank processes on the
 * fake CANN.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HcclRendezvousFilesTest {
    @RegisterExtension
    final FakeCannGroups fakeCann = new FakeCannGroups(Duration.ofSeconds(8));

    @Test
    void shouldRefuseAUserFileAtTheRootInfoPathAtInitNamingItAndLeaveItUntouched() throws IOException {
        final FakeCannGroup group = fakeCann.group().timeout(Duration.ofSeconds(3));
        Files.writeString(group.rootInfo(), "my notes, not comm4j's\n");

        final List<FakeCannGroup.Rank> ranks = group.run();

        final FakeCannGroup.Rank root = ranks.getFirst();
        assertThat(root.failure()).as("rank 0 refuses the user's file at INIT\n%s", root.describe())
            .startsWith(Stage.INIT.name());
        assertThat(root.value("MESSAGE")).as("rank 0's error names the refused file").contains(group.rootInfo().toString());
        assertThat(ranks.get(1).failure()).as("rank 1 fails at INIT too\n%s", ranks.get(1).describe())
            .startsWith(Stage.INIT.name());
        assertThat(Files.readString(group.rootInfo())).as("the user's file is neither replaced nor deleted")
            .isEqualTo("my notes, not comm4j's\n");
        assertThat(group.leftoverFiles()).as("nothing but the user's file is left in %s", fakeCann.dir())
            .containsExactly(group.rootInfo().getFileName().toString());
    }

    @Test
    void shouldLeaveAUserFileNamedLikeAnOldTemporaryUntouched() throws IOException {
        final FakeCannGroup group = fakeCann.group();
        final Path userTmp = fakeCann.dir().resolve(group.rootInfo().getFileName() + ".tmp.12345");
        Files.writeString(userTmp, "draft");

        final List<FakeCannGroup.Rank> ranks = group.run();

        for (final FakeCannGroup.Rank r : ranks) {
            assertThat(r.result().exitCode()).as("rank %d passes\n%s", r.rank(), r.describe()).isZero();
        }
        assertThat(userTmp).as("the user's %s survives the run", userTmp.getFileName()).hasContent("draft");
        assertThat(group.leftoverFiles()).as("only the user's file is left in %s", fakeCann.dir())
            .containsExactly(userTmp.getFileName().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"FAKECANN_FAIL, HcclAllocComResourceByTiling:3, ring",
                "FAKECANN_FAIL, HcclBarrier:9, mesh",
                "FAKECANN_FAIL, aclrtMemcpy:507018, mesh"})
    void shouldLeaveNothingNextToTheRendezvousPathAfterAnInjectedFailure(final String var, final String value,
                                                                        final String topo) {
        final FakeCannGroup group = fakeCann.group().windows("mc2").env("FAKECANN_TOPO", topo).env(var, value);

        final List<FakeCannGroup.Rank> ranks = group.run();

        for (final FakeCannGroup.Rank r : ranks) {
            assertThat(r.failure()).as("rank %d fails with the injected fault\n%s", r.rank(), r.describe()).isNotNull();
        }
        assertThat(group.leftoverFiles()).as("no rendezvous file is left in %s after %s=%s", fakeCann.dir(), var, value).isEmpty();
    }

    @Test
    void shouldLeaveNothingWhenAPeerDiesInDestroy() {
        final FakeCannGroup group = fakeCann.group().rankEnv(1, "FAKECANN_DIE", "HcclCommDestroy");

        final List<FakeCannGroup.Rank> ranks = group.run();

        assertThat(ranks.get(1).result().exitCode()).as("rank 1 was killed in HcclCommDestroy\n%s",
            ranks.get(1).describe()).isEqualTo(128 + 9);
        assertThat(group.leftoverFiles()).as("rank 0 removed the run's files although its peer died (%s)",
            ranks.get(0).describe()).isEmpty();
    }
}
