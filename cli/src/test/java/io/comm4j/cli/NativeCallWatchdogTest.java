package io.comm4j.cli;

import io.comm4j.Stage;
import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A native call that hangs inside CANN is bounded by {@code --timeout} plus the watchdog's grace, in rank
 * mode and in launcher mode, with the fake CANN's hang injection (it blocks for {@code FAKECANN_HANG_SECONDS}).
 */
class NativeCallWatchdogTest {
    private static final Duration LIMIT = Duration.ofSeconds(80);
    /** Far past --timeout plus the grace: a rank that ends before this was ended by the watchdog. */
    private static final String HANG_SECONDS = "45";

    @TempDir
    Path dir;
    private Path fakeCann;

    @BeforeEach
    void findFakeCann() {
        fakeCann = FakeCannLibraries.requireBuilt();
    }

    private ChildJvm hccl(final String hangIn) {
        return ChildJvm.of(CommSmoke.class).jvmArg("-Dcomm4j.cann.libdir=" + fakeCann)
            .env("FAKECANN_HANG", hangIn).env("FAKECANN_HANG_SECONDS", HANG_SECONDS).env("TMPDIR", dir.toString())
            .args("--backend", "hccl", "--timeout", "2s");
    }

    @Test
    @Timeout(120)
    void shouldEndARankStartedByHandWhoseBarrierHangsInsideCannAtTheTimeoutPlusTheGrace() {
        final long t0 = System.nanoTime();
        final ChildJvm.Result r = hccl("HcclBarrier").args("--rank", 0, "--nranks", 1,
            "--rootinfo", dir.resolve("rootinfo")).run(LIMIT);
        final Duration took = Duration.ofNanos(System.nanoTime() - t0);

        assertThat(r.exitCode()).as("the barrier stage's code\n%s", r.describe()).isEqualTo(Stage.BARRIER.exitCode());
        assertThat(took).as("ended by the watchdog (2 s + 2 s), not by the hang's own end (%s s)", HANG_SECONDS)
            .isLessThan(Duration.ofSeconds(30));
        assertThat(r.stdout()).as("the step line names the call that hung\n%s", r.describe())
            .containsPattern("(?m)^FAILED +barrier .*HcclBarrier \\(hccl, thread main\\) has not returned after")
            .containsPattern("(?m)^FAIL rank 0 at barrier \\(exit " + Stage.BARRIER.exitCode() + "\\)");
        assertThat(r.stderr()).as("and so does standard error\n%s", r.describe())
            .contains("comm-smoke: rank 0: HcclBarrier (hccl, thread main) has not returned");
    }

    @Test
    @Timeout(120)
    void shouldEndEveryLaunchedRankHungInInitAtInitWithTheFirstNamingItsCall() {
        final ChildJvm.Result r = hccl("HcclCommInitRootInfo").args("--nranks", 2).run(LIMIT);

        assertThat(r.exitCode()).as("the init stage's code\n%s", r.describe()).isEqualTo(Stage.INIT.exitCode());
        assertThat(r.stdout()).as("the first rank whose watchdog fires names its call, before the launcher's"
                + " deadline\n%s", r.describe())
            .containsPattern("(?m)^\\[rank [01]\\] FAILED +init .*HcclCommInitRootInfo .*has not returned")
            .containsPattern("(?m)^ +\\d  init \\(failed\\) .* " + Stage.INIT.exitCode() + "  <- first failure$")
            .doesNotContain("deadline of");
        for (int rank = 0; rank < 2; rank++) {
            // the peer's watchdog fires milliseconds later; the launcher, told of the first failure, may
            // stop it first: both end the group at init, neither passes
            assertThat(r.stdout()).as("rank %d names its hung call or was stopped at init\n%s", rank, r.describe())
                .containsPattern("(?m)^\\[rank " + rank + "\\] FAILED +init .*HcclCommInitRootInfo .*has not returned"
                    + "|^ +" + rank + "  init \\(stopped\\) .*");
        }
    }
}
