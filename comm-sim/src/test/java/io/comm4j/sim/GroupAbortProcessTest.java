package io.comm4j.sim;

import io.comm4j.Stage;
import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.comm4j.sim.RankProcesses.describe;
import static io.comm4j.sim.RankProcesses.filesIn;
import static io.comm4j.sim.RankProcesses.segmentsOf;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13 case 1: a barrier that timed out on one rank fails the group, never a split outcome. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class GroupAbortProcessTest {
    @RegisterExtension
    final RankGroup group = new RankGroup(Duration.ofSeconds(3));

    @Test
    void shouldFailAStoppedRankResumedAfterItsPeerTimedOutAtTheBarrier() throws Exception {
        final ChildJvm.Running rank0 = group.start("stop-after-barrier", 0);
        final ChildJvm.Running rank1 = group.start("stop-after-barrier", 1);
        final ChildJvm.Result first = rank0.await(RankGroup.LIMIT);
        new ProcessBuilder("kill", "-CONT", Long.toString(rank1.process().pid())).start().waitFor();
        final ChildJvm.Result late = rank1.await(RankGroup.LIMIT);
        final List<ChildJvm.Result> results = List.of(first, late);

        assertThat(first.exitCode()).as("rank 0 times out at the barrier%s", describe(results))
            .isEqualTo(Stage.BARRIER.exitCode());
        assertThat(late.exitCode()).as("resumed rank 1 must fail too, not pass alone%s", describe(results))
            .isEqualTo(Stage.BARRIER.exitCode());
        assertThat(late.stderr()).as("rank 1 names the rank that failed first%s", describe(results))
            .contains("rank 0 timed out at");
        assertThat(segmentsOf(group.rootInfo())).as("no segment left").isEmpty();
        assertThat(filesIn(group.dir())).as("nothing left next to the rendezvous path").isEmpty();
    }
}
