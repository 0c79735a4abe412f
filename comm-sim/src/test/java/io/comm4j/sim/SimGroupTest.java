package io.comm4j.sim;

import io.comm4j.Stage;
import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.comm4j.sim.RankProcesses.awaitAll;
import static io.comm4j.sim.RankProcesses.describe;
import static io.comm4j.sim.RankProcesses.filesIn;
import static io.comm4j.sim.RankProcesses.segmentsOf;
import static io.comm4j.sim.RankProcesses.start;
import static io.comm4j.sim.RankProcesses.startGroup;
import static org.assertj.core.api.Assertions.assertThat;

/** Groups of real rank processes: meeting, isolation, stale runs, disagreement, cleanup. */
class SimGroupTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void shouldMeetWhenRanksStartIndependentlyInAnyOrder() throws Exception {
        final Path path = dir.resolve("rootinfo");
        // rank 1 first, rank 0 a while later: joiners wait for the creator's rendezvous file
        final ChildJvm.Running rank1 = start("lifecycle", 1, 2, path, TIMEOUT, 4096, 0);
        Thread.sleep(700);
        final ChildJvm.Running rank0 = start("lifecycle", 0, 2, path, TIMEOUT, 4096, 0);
        final List<ChildJvm.Result> results = awaitAll(List.of(rank0, rank1), LIMIT);

        assertThat(results).as("every rank passes init, alloc, the CommContext invariants, the canary and destroy%s",
            describe(results)).allMatch(r -> r.exitCode() == 0);
        assertThat(segmentsOf(path)).as("segments left in /dev/shm after a clean run").isEmpty();
        assertThat(filesIn(dir)).as("files left in the rendezvous directory after a clean run").isEmpty();
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void shouldRunTwoGroupsOnDifferentPathsWithoutTouchingEachOther() throws Exception {
        final Path a = dir.resolve("group-a");
        final Path b = dir.resolve("group-b");
        final List<ChildJvm.Running> ranks = new ArrayList<>(startGroup("barriers", 2, a, TIMEOUT, 4096, 3000));
        ranks.addAll(startGroup("barriers", 2, b, TIMEOUT, 8192, 3000));
        final List<ChildJvm.Result> results = awaitAll(ranks, LIMIT);

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
        final Path path = dir.resolve("rootinfo");
        // a run whose rank 0 is killed while it waits for rank 1: file and segment stay behind
        final ChildJvm.Running crashed = start("join-only", 0, 2, path, TIMEOUT, 4096, 0);
        final long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!Files.exists(path) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(path).as("the crashed run's rank 0 published its rendezvous file").exists();
        crashed.kill();
        crashed.process().waitFor(10, TimeUnit.SECONDS);
        final String leftover = RankProcesses.launchSegment(path);
        assertThat(segmentsOf(path)).as("the crashed run left its segment").containsExactly(leftover.substring(1));

        // the next run: its rank 1 starts first and must not join the dead launch
        final ChildJvm.Running rank1 = start("lifecycle", 1, 2, path, TIMEOUT, 4096, 0);
        Thread.sleep(1500);
        assertThat(rank1.process().isAlive()).as("rank 1 is still waiting (it did not join the crashed launch)").isTrue();
        final ChildJvm.Running rank0 = start("lifecycle", 0, 2, path, TIMEOUT, 4096, 0);
        final List<ChildJvm.Result> results = awaitAll(List.of(rank0, rank1), LIMIT);

        assertThat(results).as("the new run completes%s", describe(results)).allMatch(r -> r.exitCode() == 0);
        assertThat(segmentsOf(path)).as("the crashed run's segment was removed, and the new one too").isEmpty();
        assertThat(filesIn(dir)).as("no rendezvous file is left").isEmpty();
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void shouldFailEveryRankWithBothValuesWhenNranksDisagree() throws Exception {
        final Path path = dir.resolve("rootinfo");
        final Disagreement run = runRank1With(path, 3, 4096);
        final List<ChildJvm.Result> results = run.results();
        final Duration took = run.took();

        assertThat(results).as("every rank fails at init%s", describe(results))
            .allMatch(r -> r.exitCode() == Stage.INIT.exitCode());
        assertThat(results).as("every rank's error names both nranks values%s", describe(results))
            .allMatch(r -> r.stderr().contains("nranks=3") && r.stderr().contains("nranks=2"));
        assertThat(took).as("the ranks fail within the deadline").isLessThan(TIMEOUT);
        assertThat(segmentsOf(path)).isEmpty();
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void shouldFailEveryRankWithBothValuesWhenWindowSizesDisagree() throws Exception {
        final Path path = dir.resolve("rootinfo");
        final Disagreement run = runRank1With(path, 2, 8192);
        final List<ChildJvm.Result> results = run.results();
        final Duration took = run.took();

        assertThat(results).as("every rank fails at alloc%s", describe(results))
            .allMatch(r -> r.exitCode() == Stage.ALLOC.exitCode());
        assertThat(results).as("every rank's error names both sizes%s", describe(results))
            .allMatch(r -> r.stderr().contains("4096 bytes") && r.stderr().contains("8192 bytes"));
        assertThat(took).as("the ranks fail within the deadline").isLessThan(TIMEOUT);
        assertThat(segmentsOf(path)).isEmpty();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldFailAtAllocWithEnospcWhenShmCannotHoldTheWindows() throws Exception {
        final Path path = dir.resolve("rootinfo");
        // 1 TiB per rank: far beyond /dev/shm; posix_fallocate refuses it up front (no SIGBUS later)
        final ChildJvm.Result result = start("lifecycle", 0, 1, path, TIMEOUT, 1L << 40, 0).await(LIMIT);

        assertThat(result.exitCode()).as("exit code of a rank whose windows do not fit%n%s", result.describe())
            .isEqualTo(Stage.ALLOC.exitCode());
        assertThat(result.stderr()).as("the error quotes the call and errno").contains("posix_fallocate(")
            .contains("ENOSPC(28)");
        assertThat(segmentsOf(path)).isEmpty();
    }

    /** What a pair of ranks that disagree did, and how long until both had exited. */
    private record Disagreement(List<ChildJvm.Result> results, Duration took) {
    }

    /** On {@code path}, rank 0 of 2 asking for 4096 bytes and rank 1 started with {@code nranks} asking for {@code hint}. */
    private Disagreement runRank1With(final Path path, final int nranks, final long hint) throws Exception {
        final ChildJvm.Running rank0 = start("lifecycle", 0, 2, path, TIMEOUT, 4096, 0);
        final ChildJvm.Running rank1 = start("lifecycle", 1, nranks, path, TIMEOUT, hint, 0);
        final long started = System.nanoTime();
        final List<ChildJvm.Result> results = awaitAll(List.of(rank0, rank1), LIMIT);
        return new Disagreement(results, Duration.ofNanos(System.nanoTime() - started));
    }
}
