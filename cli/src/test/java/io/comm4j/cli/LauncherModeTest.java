package io.comm4j.cli;

import io.comm4j.Stage;
import io.comm4j.cli.testing.ScriptedBackend;
import io.comm4j.internal.Waiter;
import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Launcher mode with real processes: a launcher JVM starts its ranks as JVMs of the same command; the
 * scripted test backend makes ranks fail or hang where a test wants.
 */
class LauncherModeTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private static ChildJvm launcher(final String script, final Object... args) {
        final ChildJvm jvm = ChildJvm.of(CommSmoke.class).args("--backend", "scripted").args(args);
        return script == null ? jvm : jvm.env(ScriptedBackend.ENV, script);
    }

    @Test
    @Timeout(90)
    void shouldRunEveryRankPrefixTheirOutputAndSummarise() {
        final ChildJvm.Result r = launcher(null, "--nranks", "3").run(LIMIT);

        assertThat(r.exitCode()).as(r.describe()).isZero();
        for (int i = 0; i < 3; i++) {
            assertThat(r.stdout()).as("rank %d's lines are prefixed\n%s", i, r.describe())
                .contains("[rank " + i + "] smoke rank " + i + " of 3")
                .containsPattern("(?m)^\\[rank " + i + "\\] ok +destroy ")
                .containsPattern("(?m)^ +" + i + "  done ");
        }
        assertThat(r.stdout()).as("RESULT line").containsPattern("(?m)^RESULT smoke ranks=3 wall_ms=\\d+\\.\\d exit=0$");
        assertThat(r.stderr()).as("nothing on stderr: no warning, no native-access notice").isEmpty();
    }

    @Test
    @Timeout(90)
    void shouldStopTheOthersAndExitWithTheFirstFailuresCode() {
        // rank 1 fails its barrier; rank 0 would wait there for 20 s: the launcher must stop it at once
        final ChildJvm.Result r = launcher("fail:barrier@1;hang:barrier@0", "--nranks", "2", "--timeout", "20s")
            .run(LIMIT);

        assertThat(r.exitCode()).as(r.describe()).isEqualTo(60);
        assertThat(r.stdout()).as("summary: who failed where\n%s", r.describe())
            .containsPattern("(?m)^ +1  barrier \\(failed\\) .* 60  <- first failure$")
            .containsPattern("(?m)^ +0  [a-z ]+ \\(stopped\\) .* 143$")
            .contains("RESULT smoke ranks=2");
        assertThat(r.stdout()).as("the failure's message is shown with its rank")
            .containsPattern("(?m)^\\[rank 1\\] FAILED +barrier .*scripted failure at barrier");
    }

    @Test
    @Timeout(90)
    void shouldReportARankThatDiesWithoutAStageLine() {
        final ChildJvm.Result r = launcher("die:alloc_windows@0", "--nranks", "2").run(LIMIT);

        assertThat(r.exitCode()).as("the dead rank's own exit code\n%s", r.describe()).isEqualTo(99);
        assertThat(r.stdout()).containsPattern("(?m)^ +0  after init \\(exit 99\\) .* 99  <- first failure$");
    }

    @Test
    @Timeout(90)
    void shouldStopEveryRankAtTheDeadlineAndExitWithTheStageTheyWereIn() {
        // every rank blocks in window base without a deadline of its own (a hung native call): only the
        // launcher's deadline, --timeout plus the grace, ends the run
        final ChildJvm.Result r = launcher("stall:window_base@*", "--nranks", "2", "--timeout", "1s").run(LIMIT);

        assertThat(r.exitCode()).as("the code of the stage the ranks were stuck in\n%s", r.describe()).isEqualTo(40);
        assertThat(r.stdout()).contains("deadline of 6s passed")
            .containsPattern("(?m)^ +0  window base \\(stopped\\) .*  <- first failure$")
            .containsPattern("(?m)^ +1  window base \\(stopped\\) ");
    }

    @Test
    @Timeout(90)
    void shouldNeverStopAHealthyStepThatRunsLongerThanTheTimeoutPlusTheGrace() {
        // each rank computes in its barrier step for 8 s with --timeout 1s: the launcher's old cap was 6 s per run
        final ChildJvm.Result r = launcher("busy:barrier@*", "--nranks", "2", "--timeout", "1s").run(LIMIT);

        assertThat(r.exitCode()).as("a healthy long run passes\n%s", r.describe()).isZero();
        assertThat(r.stdout()).as("no rank was stopped").doesNotContain("(stopped)", "deadline of");
    }

    @Test
    @Timeout(90)
    void shouldPrintInterruptedAndTheSummaryOnSigint() throws Exception {
        final ChildJvm.Running launcher = launcher("stall:init@*", "--nranks", "2", "--timeout", "60s").start();
        // a loaded machine may take seconds to start a JVM: wait until both ranks said they reached init
        Waiter.system("test").await(() -> launcher.stdoutSoFar().contains("[rank 0] ok       load")
                && launcher.stdoutSoFar().contains("[rank 1] ok       load"),
            Duration.ofSeconds(30), Stage.INIT, () -> "both ranks to finish their load step");

        new ProcessBuilder("kill", "-INT", Long.toString(launcher.process().pid())).start().waitFor();
        final ChildJvm.Result r = launcher.await(LIMIT);

        assertThat(r.exitCode()).as("128 + SIGINT\n%s", r.describe()).isEqualTo(130);
        assertThat(r.stdout()).as("Ctrl-C says so and still shows who was where\n%s", r.describe())
            .contains("launcher: interrupted")
            .containsPattern("(?m)^ +0  init \\(stopped\\) ")
            .containsPattern("(?m)^ +1  init \\(stopped\\) ")
            .contains("RESULT smoke ranks=2");
    }

    @Test
    @Timeout(90)
    void shouldTakeItsRanksWithItWhenKilledWithSigkill(@TempDir final Path tmp) {
        // the ranks wait 60 s in init (a peer that never comes): they must not outlive their launcher.
        // Its private directory, which a SIGKILL leaves, goes to a test directory (LauncherLeftoversTest)
        final ChildJvm.Running launcher = launcher("hang:init@*", "--nranks", "2", "--timeout", "60s")
            .env("TMPDIR", tmp.toString()).start();
        final Waiter waiter = Waiter.system("test");
        waiter.await(() -> launcher.process().descendants().filter(ProcessHandle::isAlive).count() >= 2,
            Duration.ofSeconds(30), Stage.INIT, () -> "2 rank processes");
        final List<ProcessHandle> ranks = launcher.process().descendants().filter(ProcessHandle::isAlive).toList();
        try {
            launcher.process().destroyForcibly(); // SIGKILL: no shutdown hook runs in the launcher

            waiter.await(() -> ranks.stream().noneMatch(ProcessHandle::isAlive), Duration.ofSeconds(10),
                Stage.DESTROY, () -> "the ranks of a launcher killed with SIGKILL to exit");
        } finally {
            ranks.forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    @Timeout(90)
    void shouldPrintOneJsonObjectHoldingEveryRank() {
        final ChildJvm.Result r = launcher(null, "--nranks", "2", "--json").run(LIMIT);

        assertThat(r.exitCode()).as(r.describe()).isZero();
        assertThat(JsonOutput.singleObject(r.stdout())).as("stdout is one JSON object\n%s", r.describe()).isPresent();
        assertThat(r.stdout()).contains("\"mode\":\"launcher\"", "\"exitCode\":0", "\"reached\":\"done\"",
            "\"report\":{\"command\":\"smoke\",\"rank\":0", "\"report\":{\"command\":\"smoke\",\"rank\":1");
    }

    @Test
    @Timeout(90)
    void shouldTakeItsRanksWithItWhenStoppedFromOutside() {
        final ChildJvm.Running launcher = launcher("stall:init@*", "--nranks", "2", "--timeout", "60s").start();
        final Waiter waiter = Waiter.system("test");
        final Supplier<List<ProcessHandle>> ranks = () -> launcher.process().descendants()
            .filter(ProcessHandle::isAlive).toList();
        waiter.await(() -> ranks.get().size() >= 2, Duration.ofSeconds(30), Stage.INIT, () -> "2 rank processes");
        final List<ProcessHandle> started = ranks.get();
        final Optional<Path> rendezvousDir = started.getFirst().info().arguments()
            .flatMap(args -> Arrays.stream(args).filter(a -> a.startsWith("--rootinfo=")).findFirst())
            .map(a -> Path.of(a.substring("--rootinfo=".length())).getParent());
        try {
            launcher.process().destroy(); // SIGTERM, as a batch system or a user would

            waiter.await(() -> started.stream().noneMatch(ProcessHandle::isAlive), Duration.ofSeconds(20),
                Stage.DESTROY, () -> "the ranks of a stopped launcher to exit");
            final ChildJvm.Result r = launcher.await(LIMIT);
            assertThat(r.exitCode()).as("the launcher was terminated\n%s", r.describe()).isNotZero();
            assertThat(rendezvousDir).as("a rank's --rootinfo argument").isPresent();
            assertThat(rendezvousDir.get()).as("the launcher's private rendezvous directory after SIGTERM")
                .doesNotExist();
        } finally {
            started.forEach(ProcessHandle::destroyForcibly); // never leave stalled ranks behind
        }
    }
}
