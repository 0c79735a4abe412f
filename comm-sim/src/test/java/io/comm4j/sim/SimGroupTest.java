package io.comm4j.sim;

import io.comm4j.Stage;
import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.comm4j.sim.RankProcesses.describe;
import static io.comm4j.sim.RankProcesses.filesIn;
import static io.comm4j.sim.RankProcesses.segmentsOf;
import static io.comm4j.sim.RankProcesses.startGroup;
import static org.assertj.core.api.Assertions.assertThat;

/** Groups of real rank processes: meeting, isolation, stale runs, disagreement, cleanup. */
class SimGroupTest {
    @RegisterExtension
    final RankGroup group = new RankGroup(Duration.ofSeconds(20));

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void shouldMeetWhenRanksStartIndependentlyInAnyOrder() throws Exception {
        // rank 1 first, rank 0 a while later: joiners wait for the creator's rendezvous file
        final ChildJvm.Running rank1 = group.start("lifecycle", 1);
        Thread.sleep(700);
        final ChildJvm.Running rank0 = group.start("lifecycle", 0);
        final List<ChildJvm.Result> results = group.awaitAll(List.of(rank0, rank1));

        assertThat(results).as("every rank passes init, alloc, the CommContext invariants, the canary and destroy%s",
            describe(results)).allMatch(r -> r.exitCode() == 0);
        assertThat(segmentsOf(group.rootInfo())).as("segments left in /dev/shm after a clean run").isEmpty();
        assertThat(filesIn(group.dir())).as("files left in the rendezvous directory after a clean run").isEmpty();
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void shouldRunTwoGroupsOnDifferentPathsWithoutTouchingEachOther() throws Exception {
        final Path a = group.dir().resolve("group-a");
        final Path b = group.dir().resolve("group-b");
        final List<ChildJvm.Running> ranks = new ArrayList<>(startGroup("barriers", 2, a, group.timeout(), 4096, 3000));
        ranks.addAll(startGroup("barriers", 2, b, group.timeout(), 8192, 3000));
        final List<ChildJvm.Result> results = group.awaitAll(ranks);

        assertThat(results).as("both groups complete their barriers with their own window sizes%s", describe(results))
            .allMatch(r -> r.exitCode() == 0);
        assertThat(results.get(0).stdout() + results.get(1).stdout()).contains("winSize 4096");
        assertThat(results.get(2).stdout() + results.get(3).stdout()).contains("winSize 8192");
        assertThat(segmentsOf(a)).isEmpty();
        assertThat(segmentsOf(b)).isEmpty();
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void shouldNeverJoinACrashedRunAndShouldCleanItsLeftovers() throws Exception {
        final Path path = group.rootInfo();
        // a run whose rank 0 is killed while it waits for rank 1: file and segment stay behind
        final ChildJvm.Running crashed = group.start("join-only", 0);
        group.awaitRendezvousFile(group.timeout());
        assertThat(path).as("the crashed run's rank 0 published its rendezvous file").exists();
        crashed.kill();
        crashed.process().waitFor(10, TimeUnit.SECONDS);
        final String leftover = RankProcesses.launchSegment(path);
        assertThat(segmentsOf(path)).as("the crashed run left its segment").containsExactly(leftover.substring(1));

        // the next run: its rank 1 starts first and must not join the dead launch
        final ChildJvm.Running rank1 = group.start("lifecycle", 1);
        Thread.sleep(1500);
        assertThat(rank1.process().isAlive()).as("rank 1 is still waiting (it did not join the crashed launch)").isTrue();
        final ChildJvm.Running rank0 = group.start("lifecycle", 0);
        final List<ChildJvm.Result> results = group.awaitAll(List.of(rank0, rank1));

        assertThat(results).as("the new run completes%s", describe(results)).allMatch(r -> r.exitCode() == 0);
        assertThat(segmentsOf(path)).as("the crashed run's segment was removed, and the new one too").isEmpty();
        assertThat(filesIn(group.dir())).as("no rendezvous file is left").isEmpty();
    }

    @ParameterizedTest(name = "rank 1 asks for nranks={0} and {1} bytes: every rank fails at {2} naming {3} and {4}")
    @CsvSource({"3, 4096, INIT, nranks=3, nranks=2", "2, 8192, ALLOC, 4096 bytes, 8192 bytes"})
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void shouldFailEveryRankAtThatStageNamingBothValuesWhenRanksDisagree(final int nranks, final long hint,
                                                                         final Stage stage, final String rank1Value,
                                                                         final String rank0Value) throws Exception {
        // rank 0 of 2 asks for 4096 bytes, rank 1 for nranks and hint
        final ChildJvm.Running rank0 = group.start("lifecycle", 0);
        final ChildJvm.Running rank1 = group.start("lifecycle", 1, nranks, hint);
        final long started = System.nanoTime();
        final List<ChildJvm.Result> results = group.awaitAll(List.of(rank0, rank1));
        final Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(results).as("every rank fails at %s%s", stage, describe(results))
            .allMatch(r -> r.exitCode() == stage.exitCode());
        assertThat(results).as("every rank's error names both values, %s and %s%s", rank0Value, rank1Value,
            describe(results)).allMatch(r -> r.stderr().contains(rank1Value) && r.stderr().contains(rank0Value));
        assertThat(took).as("the ranks fail within the deadline").isLessThan(group.timeout());
        assertThat(segmentsOf(group.rootInfo())).as("segments left in /dev/shm after the failed run").isEmpty();
        assertThat(filesIn(group.dir())).as("files left in the rendezvous directory after the failed run").isEmpty();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldFailAtAllocWithEnospcWhenShmCannotHoldTheWindows() throws Exception {
        // 1 TiB per rank: far beyond /dev/shm; posix_fallocate refuses it up front (no SIGBUS later)
        final ChildJvm.Result result = group.start("lifecycle", 0, 1, 1L << 40).await(RankGroup.LIMIT);

        assertThat(result.exitCode()).as("exit code of a rank whose windows do not fit%n%s", result.describe())
            .isEqualTo(Stage.ALLOC.exitCode());
        assertThat(result.stderr()).as("the error quotes the call and errno").contains("posix_fallocate(")
            .contains("ENOSPC(28)");
        assertThat(segmentsOf(group.rootInfo())).isEmpty();
    }
}
