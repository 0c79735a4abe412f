package io.comm4j.cli;

import io.comm4j.Stage;
import io.comm4j.cli.testing.ScriptedBackend;
import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The smoke on the real sim backend, with real rank processes: success, and a rank that dies. */
class SimSmokeTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} ranks")
    @ValueSource(ints = {2, 4})
    @Timeout(90)
    void shouldPassEveryStepIncludingTheCanaryOnEveryRank(final int nranks) {
        final ChildJvm.Result r = ChildJvm.of(CommSmoke.class).args("--nranks", nranks, "--timeout", "20s").run(LIMIT);

        assertThat(r.exitCode()).as(r.describe()).isZero();
        for (int i = 0; i < nranks; i++) {
            assertThat(r.stdout()).as("rank %d checked every window's pattern\n%s", i, r.describe())
                .containsPattern("(?m)^\\[rank " + i + "\\] ok +canary .*pattern of all " + nranks + " windows checked$")
                .containsPattern("(?m)^\\[rank " + i + "\\] ok +destroy ");
        }
        assertThat(r.stdout()).contains("RESULT smoke ranks=" + nranks + " ");
        assertThat(r.stderr()).as("no warning").isEmpty();
    }

    @Test
    @Timeout(90)
    void shouldStopTheOtherRanksWhenOneDiesMidRun() {
        final ChildJvm.Result r = ChildJvm.of(CommSmoke.class)
            .args("--nranks", 3, "--backend", "sim-faulty", "--timeout", "20s")
            .env(ScriptedBackend.ENV, "die:barrier@1").run(LIMIT);

        assertThat(r.exitCode()).as("the dead rank's exit code\n%s", r.describe()).isEqualTo(99);
        assertThat(r.stdout()).as("the summary shows who died where and who was stopped\n%s", r.stderr())
            .containsPattern("(?m)^ +1  after context fields \\(exit 99\\) .*  <- first failure$")
            .containsPattern(stoppedOrFailedAtBarrier(0))
            .containsPattern(stoppedOrFailedAtBarrier(2));
    }

    @Test
    @Timeout(90)
    void shouldReportTheBarrierAndTheMissingRankWhenAPeerDiesWithoutALauncher() {
        final Path rootInfo = dir.resolve("rootinfo");
        // 10 s, not less: on a loaded machine rank 1's JVM can take seconds to reach init, and rank 0's init
        // waits for it with this timeout; the barrier fails at once anyway, since rank 1 is seen dead
        final ChildJvm.Running rank0 = ChildJvm.of(CommSmoke.class)
            .args("--rank", 0, "--nranks", 2, "--rootinfo", rootInfo, "--timeout", "10s").start();
        final ChildJvm.Result rank1 = ChildJvm.of(CommSmoke.class)
            .args("--rank", 1, "--nranks", 2, "--rootinfo", rootInfo, "--timeout", "10s", "--backend", "sim-faulty")
            .env(ScriptedBackend.ENV, "die:barrier@1").run(LIMIT);
        final ChildJvm.Result r = rank0.await(LIMIT);

        assertThat(rank1.exitCode()).as("rank 1 died\n%s", rank1.describe()).isEqualTo(99);
        assertThat(r.exitCode()).as("rank 0 fails at the barrier\n%s", r.describe()).isEqualTo(60);
        assertThat(r.stdout()).as("its line names the barrier and the rank it waited for")
            .containsPattern("(?m)^FAILED +barrier .*rank 1");
    }

    /**
     * A peer of a rank that died at the barrier ends one of two ways, both a whole-group failure: the
     * launcher stops it (SIGTERM, 143), or it sees the dead rank in the barrier first and fails there
     * itself, with the barrier's code, before the launcher's signal arrives.
     */
    private static String stoppedOrFailedAtBarrier(final int rank) {
        return "(?m)^ +" + rank + "  ([a-z ]+ \\(stopped\\) .* 143|" + Stage.BARRIER.label() + " \\(failed\\) .* "
            + Stage.BARRIER.exitCode() + ")$";
    }
}
