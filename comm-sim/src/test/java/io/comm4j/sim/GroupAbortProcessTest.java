package io.comm4j.sim;

import io.comm4j.Stage;
import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.comm4j.sim.RankProcesses.describe;
import static io.comm4j.sim.RankProcesses.filesIn;
import static io.comm4j.sim.RankProcesses.segmentsOf;
import static io.comm4j.sim.RankProcesses.start;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13 case 1: a barrier that timed out on one rank fails the group, never a split outcome. */
class GroupAbortProcessTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void shouldFailAStoppedRankResumedAfterItsPeerTimedOutAtTheBarrier() throws Exception {
        final Path path = dir.resolve("rootinfo");
        final ChildJvm.Running rank0 = start("stop-after-barrier", 0, 2, path, TIMEOUT, 4096, 0);
        final ChildJvm.Running rank1 = start("stop-after-barrier", 1, 2, path, TIMEOUT, 4096, 0);
        final ChildJvm.Result first = rank0.await(LIMIT);
        new ProcessBuilder("kill", "-CONT", Long.toString(rank1.process().pid())).start().waitFor();
        final ChildJvm.Result late = rank1.await(LIMIT);
        final List<ChildJvm.Result> results = List.of(first, late);

        assertThat(first.exitCode()).as("rank 0 times out at the barrier%s", describe(results))
            .isEqualTo(Stage.BARRIER.exitCode());
        assertThat(late.exitCode()).as("resumed rank 1 must fail too, not pass alone%s", describe(results))
            .isEqualTo(Stage.BARRIER.exitCode());
        assertThat(late.stderr()).as("rank 1 names the rank that failed first%s", describe(results))
            .contains("rank 0 timed out at");
        assertThat(segmentsOf(path)).as("no segment left").isEmpty();
        assertThat(filesIn(dir)).as("nothing left next to the rendezvous path").isEmpty();
    }
}
