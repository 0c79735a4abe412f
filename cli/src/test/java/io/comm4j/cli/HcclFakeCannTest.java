package io.comm4j.cli;

import io.comm4j.Stage;
import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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
        fakeCann = FakeCannLibraries.requireBuilt();
    }

    private ChildJvm launcher() {
        return ChildJvm.of(CommSmoke.class).jvmArg("-Dcomm4j.cann.libdir=" + fakeCann)
            .args("--backend", "hccl", "--nranks", 2, "--timeout", "20s");
    }

    @Test
    @Timeout(90)
    void shouldRunTheSmokeOnHcclAndSkipTheCanaryWithItsReason() {
        final ChildJvm.Result r = Launches.passing(launcher(), LIMIT);

        assertThat(r.stdout()).as("device memory has no host view\n%s", r.describe())
            .containsPattern("(?m)^\\[rank 1\\] skipped +canary .*no host view of the windows")
            .containsPattern("(?m)^\\[rank 0\\] skipped +acl ready .*inside init");
    }

    @Test
    @Timeout(90)
    void shouldSayWhichProviderBuiltTheWindows() {
        final ChildJvm.Result r = Launches.passing(launcher(), LIMIT);

        assertThat(r.stdout()).as("the alloc windows line names the provider (vmm: the fake is an A2 part)\n%s",
            r.describe()).containsPattern("(?m)^\\[rank 0\\] ok +alloc windows .*windows by vmm");
    }

    @Test
    @Timeout(90)
    void shouldSayWhichProviderBuiltTheWindowsInJson() {
        final ChildJvm.Result r = Launches.passing(launcher().env("FAKECANN_FABRIC", "1").args("--json"), LIMIT);

        assertThat(r.stdout()).as("the alloc windows step's detail names the provider (fabric on an A3 part)\n%s",
            r.describe()).containsPattern("\"step\":\"alloc windows\"[^}]*windows by fabric");
    }

    @Test
    @Timeout(90)
    void shouldExitWithTheBackendsOwnStageWhenDeviceBringUpFails() {
        final ChildJvm.Result r = launcher().env("FAKECANN_FAIL", "aclrtSetDevice:107001").run(LIMIT);

        assertThat(r.exitCode()).as("acl ready's code\n%s", r.describe()).isEqualTo(Stage.ACL_READY.exitCode());
        assertThat(r.stdout()).containsPattern("(?m)^\\[rank \\d\\] FAILED +init .*acl ready failed");
    }

    @Test
    @Timeout(90)
    void shouldReadTheContextBackFromDeviceMemoryAtContextCopy() {
        // the default vmm provider: aclrtMemcpy call 1 copies comm4j's CommContext to device memory,
        // call 2 is the smoke's read-back
        final ChildJvm.Result r = launcher().env("FAKECANN_FAIL", "aclrtMemcpy:507018:2").run(LIMIT);

        assertThat(r.exitCode()).as("context copy's code\n%s", r.describe()).isEqualTo(Stage.CTX_COPY.exitCode());
        assertThat(r.stdout()).as("the stage names the device-to-host copy\n%s", r.describe())
            .containsPattern("(?m)^\\[rank \\d\\] FAILED +context copy .*aclrtMemcpy\\(device-to-host");
    }

    @Test
    @Timeout(90)
    void shouldRunUnderVisibleDevicesWithLogicalIds() {
        final ChildJvm.Result r = launcher().env("ASCEND_RT_VISIBLE_DEVICES", "2,3").run(LIMIT);

        assertThat(r.exitCode()).as("both ranks pass on logical devices 0 and 1 of cards 2,3\n%s", r.describe()).isZero();
    }

    @Test
    @Timeout(120)
    void shouldGiveEachMpirunRankItsOwnDeviceWithoutDeviceFlags() throws Exception {
        final Path mpirun = MpirunTest.mpirun();
        assumeTrue(mpirun != null, "mpirun is not installed (scripts/setup installs openmpi-bin)");
        final MpirunTest.Outcome mpi = MpirunTest.runTwoRanks(mpirun, ChildJvm.of(CommSmoke.class)
            .jvmArg("-Dcomm4j.cann.libdir=" + fakeCann).args("--backend", "hccl", "--timeout", "20s").command());
        final String text = mpi.text();
        assertThat(mpi.done()).as("mpirun finished in time\n%s", text).isTrue();
        assertThat(mpi.exitCode()).as("both ranks pass: each took its device from OMPI_COMM_WORLD_LOCAL_RANK, "
            + "not device 0 for both (which HCCL refuses)\n%s", text).isZero();
        assertThat(text).contains("PASS rank 0 ", "PASS rank 1 ");
    }
}
