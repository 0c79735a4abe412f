package io.comm4j.hccl;

import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the shared communicator contract ({@link io.comm4j.testing.CommunicatorContractTest})
 * for the HCCL backend: {@link HcclCommunicatorContractTest} run in a JVM of its own whose CANN is
 * the fake, by {@link ContractOnFakeCannMain}; every communicator it opens is released.
 */
class HcclContractOnFakeCannTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void shouldPassTheSharedCommunicatorContractOnTheFakeCann() throws IOException {
        final String shmPrefix = "fakecann_contract_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
        final Path report = dir.resolve("fakecann-report.txt");
        final ChildJvm.Result result = ChildJvm.of(ContractOnFakeCannMain.class)
            .jvmArg("-Dcomm4j.cann.libdir=" + FakeCannGroup.nativeDir().resolve("fake-cann"))
            .jvmArg("-Dcomm4j.test.fakeCann=true")
            .env("FAKECANN_SHM_PREFIX", shmPrefix)
            .env("FAKECANN_TIMEOUT_MS", "3000")
            .env("FAKECANN_REPORT", report.toString())
            .run(Duration.ofSeconds(150));
        final FakeCannGroup.Rank rank = new FakeCannGroup.Rank(0, result, FakeCannGroup.readReport(report));

        assertThat(result.stdout()).as("the contract's tests were found and run\n%s", result.describe())
            .contains("FAILED 0").doesNotContain("FOUND 0");
        assertThat(result.exitCode()).as("every contract test passed on HCCL over the fake CANN\n%s",
            result.describe()).isZero();
        assertThat(rank.leaks()).as("the fake wrote its leak report at exit\n%s", rank.describe()).isNotEmpty();
        assertThat(rank.leaked()).as("the contract's communicators leave nothing of the fake behind").isEmpty();
        try (Stream<Path> shm = Files.list(Path.of("/dev/shm"))) {
            assertThat(shm.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(shmPrefix)))
                .as("no shared-memory segment of the fake is left").isEmpty();
        }
    }
}
