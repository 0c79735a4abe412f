package io.comm4j.hccl;

import io.comm4j.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The VMM and Fabric window providers (hardware-lessons sections 3-5) in real rank processes
 * against the fake CANN, whose VMM memory is shared memory: an import in another process really
 * aliases the exporter's pages. Each owner writes a mark into its own window and every peer reads
 * it through its own {@code windowsIn[owner]}; each rank writes through {@code windowsIn[next]} and
 * finds its previous rank's word in its own window; a word nobody writes is 0 in every window (the
 * fake's fresh memory is 0xa5, so this proves the zeroing before publication). Nothing may leak:
 * the fake's exit report, the rendezvous directory and /dev/shm are checked after every run.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HcclWindowProvidersTest {
    private static final long TWO_MIB = 2L << 20;

    /** Comm4j's waits; generous, as 8 rank JVMs start on a small shared machine. */
    @RegisterExtension
    final FakeCannGroups fakeCann = new FakeCannGroups(Duration.ofSeconds(60));

    private FakeCannGroup group(final int nranks) {
        return fakeCann.group().nranks(nranks);
    }

    private static void expectWindows(final List<FakeCannGroup.Rank> ranks, final String provider, final long size) {
        for (final FakeCannGroup.Rank r : ranks) {
            assertThat(r.result().exitCode()).as("rank %d runs the whole sequence\n%s", r.rank(), r.describe()).isZero();
            assertThat(r.value("PROVIDER")).as("rank %d's windows were built by %s", r.rank(), provider)
                .isEqualTo(provider);
            assertThat(r.value("WIN_SIZE")).as("rank %d's window is the hint rounded up to the 2 MiB granularity",
                r.rank()).isEqualTo(Long.toString(size));
            assertThat(r.value("MARKS")).as("rank %d read every owner's mark through its windowsIn[owner]", r.rank())
                .isEqualTo("ok");
            assertThat(r.value("ALIAS")).as("rank %d's own window holds what its previous rank wrote through its "
                + "windowsIn[%d]", r.rank(), r.rank()).isEqualTo("ok");
            assertThat(r.value("ZEROED")).as("rank %d found every window zeroed where nobody wrote", r.rank())
                .isEqualTo("ok");
            assertThat(r.leaks()).as("rank %d wrote the fake's leak report", r.rank()).isNotEmpty();
            assertThat(r.leaked()).as("rank %d unmapped, released and freed every window and the context\n%s",
                r.rank(), r.describe()).isEmpty();
        }
    }

    // ---- the default: auto = fabric where supported, else vmm ----

    @ParameterizedTest(name = "{0} ranks")
    @CsvSource({"1", "2", "4", "8"})
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void shouldAliasVmmWindowsAcrossRankProcessesByDefaultOnAnA2Part(final int nranks) {
        final FakeCannGroup group = group(nranks);
        expectWindows(group.run(), "vmm", TWO_MIB);
        group.assertNothingLeft();
    }

    @ParameterizedTest(name = "{0} ranks")
    @CsvSource({"1", "2", "4", "8"})
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void shouldAliasFabricWindowsAcrossRankProcessesByDefaultOnAnA3Part(final int nranks) {
        final FakeCannGroup group = group(nranks).env("FAKECANN_FABRIC", "1");
        expectWindows(group.run(), "fabric", TWO_MIB);
        group.assertNothingLeft();
    }

    @Test
    void shouldSayInOneInfoLineThatItFallsBackToVmmWithoutFabric() {
        final List<FakeCannGroup.Rank> ranks = group(2).jvmArg("-Dlog4j2.level=INFO").run();
        expectWindows(ranks, "vmm", TWO_MIB);
        for (final FakeCannGroup.Rank r : ranks) {
            final String out = r.result().stdout() + r.result().stderr();
            assertThat(out.lines().filter(l -> l.contains("using the vmm window provider")).count())
                .as("rank %d says once that it fell back, and why\n%s", r.rank(), out).isEqualTo(1);
            assertThat(out).as("rank %d names the answer it fell back on", r.rank())
                .contains("ACL_ERROR_RT_FEATURE_NOT_SUPPORT(207000)");
        }
    }

    @ParameterizedTest(name = "{0} on fabric={1}")
    @CsvSource({"vmm, 1, vmm", "vmm, 0, vmm", "fabric, 1, fabric", "auto, 0, vmm"})
    void shouldUseTheProviderThePropertyNames(final String choice, final String fabric, final String expected) {
        final FakeCannGroup group = group(2).windows(choice).env("FAKECANN_FABRIC", fabric);
        expectWindows(group.run(), expected, TWO_MIB);
        group.assertNothingLeft();
    }

    @Test
    void shouldFailAtAllocWhenFabricIsChosenOnAPartWithoutIt() {
        final FakeCannGroup group = group(2).windows("fabric").timeout(Duration.ofSeconds(10));
        for (final FakeCannGroup.Rank r : group.run()) {
            HcclFaultInjectionTest.expectOutcome(r, HcclFaultInjectionTest.Outcome.failed(Stage.ALLOC, 207000));
            assertThat(r.value("MESSAGE")).as("rank %d names the V2 export and its answer", r.rank())
                .contains("aclrtMemExportToShareableHandleV2").contains("ACL_ERROR_RT_FEATURE_NOT_SUPPORT(207000)");
        }
        group.assertNothingLeft();
    }

    @Test
    void shouldRefuseAnUnknownProviderAtInitNamingTheValueAndTheChoices() {
        final FakeCannGroup group = group(2).windows("ipc").timeout(Duration.ofSeconds(10));
        for (final FakeCannGroup.Rank r : group.run()) {
            assertThat(r.failure()).as("rank %d fails at INIT\n%s", r.rank(), r.describe()).isEqualTo("INIT -1");
            assertThat(r.value("MESSAGE")).as("rank %d names the value and what is allowed", r.rank())
                .contains("comm4j.hccl.windows='ipc'").contains("auto|fabric|vmm|mc2");
            assertThat(r.leaked()).as("rank %d touched nothing\n%s", r.rank(), r.describe()).isEmpty();
        }
        group.assertNothingLeft();
    }

    // ---- sizes ----

    @Test
    void shouldRoundTheWindowUpToTheGranularity() {
        final FakeCannGroup group = group(2).hint(TWO_MIB + 1);
        expectWindows(group.run(), "vmm", 2 * TWO_MIB);
        group.assertNothingLeft();
    }

    @Test
    void shouldLeakNothingWhenAnAllocationThatFailedBeforeTheExchangeIsRetried() {
        final FakeCannGroup group = group(2).retryAfterFailedAlloc();
        final List<FakeCannGroup.Rank> ranks = group.run();
        expectWindows(ranks, "vmm", TWO_MIB);
        ranks.forEach(r -> assertThat(r.value("RETRY_FIRST")).as("rank %d's 1 TiB ask ran out of device memory",
            r.rank()).isEqualTo("ALLOC 207018"));
        group.assertNothingLeft();
    }

    @Test
    void shouldRefuseDisagreeingWindowSizesNamingBothRanksAndSizes() {
        final FakeCannGroup group = group(2).hint(1, 2 * TWO_MIB).timeout(Duration.ofSeconds(10));
        // a rank that sees the disagreement names the peer first; its peer may fail on that rank's abort
        // record and quote it, so either rank may carry either order: each must name both ranks and sizes
        final String rank1First = "rank 1 mapped " + 2 * TWO_MIB + " bytes, rank 0 " + TWO_MIB + " bytes";
        final String rank0First = "rank 0 mapped " + TWO_MIB + " bytes, rank 1 " + 2 * TWO_MIB + " bytes";
        for (final FakeCannGroup.Rank r : group.run()) {
            HcclFaultInjectionTest.expectOutcome(r, HcclFaultInjectionTest.Outcome.failed(Stage.ALLOC, -1));
            assertThat(r.value("MESSAGE")).as("rank %d names both ranks with their sizes: '%s' or '%s'\n%s", r.rank(),
                rank1First, rank0First, r.describe()).satisfiesAnyOf(
                m -> assertThat(m).contains(rank1First), m -> assertThat(m).contains(rank0First));
        }
        group.assertNothingLeft();
    }

    // ---- lessons section 5 and 3: id spaces and peer access under ASCEND_RT_VISIBLE_DEVICES ----

    @ParameterizedTest(name = "fabric={0}")
    @CsvSource({"0, vmm", "1, fabric"})
    void shouldGrantAccessWithTheDriverVisibleIdUnderVisibleDevices(final String fabric, final String provider) {
        // the fake answers 507899 to a memory-access descriptor carrying the logical id (commit 7fa3f5435:
        // the same for HBM_MEM_HUGE, fabric, and HBM_MEM_NORMAL, vmm)
        final FakeCannGroup group = group(2).env("ASCEND_RT_VISIBLE_DEVICES", "2,3").env("FAKECANN_FABRIC", fabric);
        expectWindows(group.run(), provider, TWO_MIB);
        group.assertNothingLeft();
    }

    @Test
    void shouldGoOnWhenPeerAccessStatusStaysZeroWithOneVisibleCardPerProcess() {
        final FakeCannGroup group = group(2).rankEnv(0, "ASCEND_RT_VISIBLE_DEVICES", "2")
            .rankEnv(1, "ASCEND_RT_VISIBLE_DEVICES", "3").device(r -> "0").jvmArg("-Dlog4j2.level=INFO");
        final List<FakeCannGroup.Rank> ranks = group.run();
        expectWindows(ranks, "vmm", TWO_MIB);
        for (final FakeCannGroup.Rank r : ranks) {
            assertThat(r.result().stdout() + r.result().stderr()).as("rank %d warns that the status stayed 0 and "
                + "goes on", r.rank()).contains("aclrtDevicePeerAccessStatus still reports 0");
        }
        group.assertNothingLeft();
    }

    // ---- a peer dies between its announcement and the imports ----

    @Test
    void shouldFailTheSurvivorsAtAllocNamingAPeerThatDiedAfterItsAnnouncement() {
        final FakeCannGroup group = group(3).rankEnv(1, "FAKECANN_DIE", "aclrtDeviceEnablePeerAccess")
            .timeout(Duration.ofSeconds(20));
        final List<FakeCannGroup.Rank> ranks = group.run();
        HcclFaultInjectionTest.expectOutcome(ranks.get(1), HcclFaultInjectionTest.Outcome.KILLED);
        for (final FakeCannGroup.Rank r : List.of(ranks.get(0), ranks.get(2))) {
            HcclFaultInjectionTest.expectOutcome(r, HcclFaultInjectionTest.Outcome.failed(Stage.ALLOC, -1));
            assertThat(r.value("MESSAGE")).as("rank %d names the dead peer, before its timeout\n%s", r.rank(),
                r.describe()).contains("rank 1 (pid").contains("no longer running").contains("ipc_p2p_ready");
        }
        assertThat(group.leftoverFiles()).as("no rendezvous file is left in %s", fakeCann.dir()).isEmpty();
        // SIGKILL gives the dead rank's fake no exit hook: its own export name may remain (on hardware the
        // driver reclaims a dead process's memory); nothing of the survivors' may
        assertThat(group.leftoverSegments()).as("at most the killed rank's own export is left in /dev/shm")
            .hasSizeLessThanOrEqualTo(1);
    }
}
