package io.comm4j.cli;

import io.comm4j.Stage;
import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code --backend hccl} through the backend-neutral path, against the fake CANN the build compiles
 * (docs/hccl.md): the CLI names no HCCL type, so these prove it picks the backend up generically,
 * including the stage codes of the backend's own device bring-up.
 */
class HcclFakeCannTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private Path fakeCann;

    @BeforeEach
    void findFakeCann() {
        fakeCann = Path.of(System.getProperty("comm4j.native.dir", "target/native"), "fake-cann");
        assumeTrue(Files.isRegularFile(fakeCann.resolve("libhccl.so")),
            "the fake CANN was not built at " + fakeCann + " (scripts/build-fake-cann, needs gcc)");
    }

    private ChildJvm launcher() {
        return ChildJvm.of(CommSmoke.class).jvmArg("-Dcomm4j.cann.libdir=" + fakeCann)
            .args("--backend", "hccl", "--nranks", 2, "--timeout", "20s");
    }

    @Test
    @Timeout(90)
    void shouldRunTheSmokeOnHcclAndSkipTheCanaryWithItsReason() {
        final ChildJvm.Result r = launcher().run(LIMIT);

        assertThat(r.exitCode()).as(r.describe()).isZero();
        assertThat(r.stdout()).as("device memory has no host view\n%s", r.describe())
            .containsPattern("(?m)^\\[rank 1\\] skipped +canary .*no host view of the windows")
            .containsPattern("(?m)^\\[rank 0\\] skipped +acl ready .*inside init");
    }

    @Test
    @Timeout(90)
    void shouldExitWithTheBackendsOwnStageWhenDeviceBringUpFails() {
        final ChildJvm.Result r = launcher().env("FAKECANN_FAIL", "aclrtSetDevice:107001").run(LIMIT);

        assertThat(r.exitCode()).as("acl ready's code\n%s", r.describe()).isEqualTo(Stage.ACL_READY.exitCode());
        assertThat(r.stdout()).containsPattern("(?m)^\\[rank \\d\\] FAILED +init .*acl ready failed");
    }
}
