package io.comm4j.hccl;

import io.comm4j.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.comm4j.hccl.HcclFaultInjectionTest.Outcome.OK;
import static io.comm4j.hccl.HcclFaultInjectionTest.Outcome.failed;
import static io.comm4j.hccl.HcclFaultInjectionTest.expectOutcome;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure injected into every call of the VMM and Fabric window providers, on both ranks of a
 * two-process group against the fake CANN: it surfaces at its stage with its code and names the
 * call, and nothing leaks (the fake's exit report, the rendezvous directory, /dev/shm). A failing
 * release still runs every later step.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HcclVmmFaultInjectionTest {
    @RegisterExtension
    final FakeCannGroups fakeCann = new FakeCannGroups(Duration.ofSeconds(15));

    @ParameterizedTest(name = "{0} on fabric={1}")
    @CsvSource({
        "aclrtMemGetAllocationGranularity:107000, 0, 107000, aclrtMemGetAllocationGranularity",
        "aclrtMallocPhysical:207018, 0, 207018, aclrtMallocPhysical",
        "aclrtReserveMemAddress:207001:1, 0, 207001, own window",
        "aclrtMapMem:107000:1, 0, 107000, aclrtMapMem",
        "aclrtMemSetAccess:507899:1, 0, 507899, driver-visible device",
        "aclrtMemset:107000, 0, 107000, aclrtMemset",
        "aclrtMemExportToShareableHandle:507899, 0, 507899, DISABLE_PID_VALIDATION",
        "aclrtMemImportFromShareableHandle:507899, 0, 507899, aclrtMemImportFromShareableHandle(rank",
        "aclrtMemExportToShareableHandleV2:107000, 1, 107000, aclrtMemExportToShareableHandleV2",
        "aclrtMemImportFromShareableHandleV2:507899, 1, 507899, aclrtMemImportFromShareableHandleV2(rank"})
    void shouldReportTheInjectedFailureAtAllocAndLeakNothing(final String fault, final String fabric, final int code,
                                                            final String named) {
        final FakeCannGroup group = fakeCann.group().env("FAKECANN_FAIL", fault).env("FAKECANN_FABRIC", fabric);
        for (final FakeCannGroup.Rank r : group.run()) {
            expectOutcome(r, failed(Stage.ALLOC, code));
            assertThat(r.value("MESSAGE")).as("rank %d's error names the failing call\n%s", r.rank(), r.describe())
                .contains(named);
        }
        group.assertNothingLeft();
    }

    /**
     * Faults after the imports began: a rank that fails releases its own window at once, so a
     * slower peer may instead fail importing it (507899, naming that window). Either way both
     * fail at ALLOC and nothing leaks.
     */
    @ParameterizedTest(name = "{0} on fabric={1}")
    @CsvSource({
        "aclrtReserveMemAddress:207001:2, 0, 207001, aclrtReserveMemAddress(2097152 bytes) for rank",
        "aclrtMapMem:107000:2, 0, 107000, aclrtMapMem(2097152 bytes) for rank",
        "aclrtMemSetAccess:507899:2, 0, 507899, aclrtMemSetAccess",
        "aclrtMalloc:207001, 0, 207001, bytes for the CommContext",
        "aclrtMemcpy:507018:1, 0, 507018, the vmm CommContext",
        "aclrtMemcpy:507018:1, 1, 507018, the fabric CommContext"})
    void shouldReportAFailureAfterTheImportsBeganAtAllocAndLeakNothing(final String fault, final String fabric,
                                                                      final int code, final String named) {
        final FakeCannGroup group = fakeCann.group().env("FAKECANN_FAIL", fault).env("FAKECANN_FABRIC", fabric);
        for (final FakeCannGroup.Rank r : group.run()) {
            final boolean peerGone = ("ALLOC " + AclError.RT_DRV_INTERNAL_ERROR.code()).equals(r.failure())
                && r.value("MESSAGE").contains("FromShareableHandle");
            if (peerGone) {
                expectOutcome(r, failed(Stage.ALLOC, AclError.RT_DRV_INTERNAL_ERROR.code()));
            } else {
                expectOutcome(r, failed(Stage.ALLOC, code));
                assertThat(r.value("MESSAGE")).as("rank %d's error names the failing call\n%s", r.rank(),
                    r.describe()).contains(named);
            }
        }
        group.assertNothingLeft();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"aclrtDeviceEnablePeerAccess:507899", "aclrtDevicePeerAccessStatus:507899"})
    void shouldOnlyWarnWhenPeerAccessCallsFail(final String fault) {
        final FakeCannGroup group = fakeCann.group().env("FAKECANN_FAIL", fault);
        for (final FakeCannGroup.Rank r : group.run()) {
            expectOutcome(r, OK);
            assertThat(r.value("ALIAS")).as("rank %d's windows still alias", r.rank()).isEqualTo("ok");
        }
    }

    /** The auto fallback must not swallow a failure releasing the Fabric probe's window. */
    @Test
    void shouldReportAFailedReleaseOfTheFabricProbeAtAllocInsteadOfFallingBack() {
        final FakeCannGroup group = fakeCann.group().env("FAKECANN_FAIL", "aclrtUnmapMem:507899:1");
        for (final FakeCannGroup.Rank r : group.run()) {
            assertThat(r.failure()).as("rank %d fails at ALLOC with the unmap's code\n%s", r.rank(), r.describe())
                .isEqualTo("ALLOC 507899");
            assertThat(r.value("MESSAGE")).as("rank %d names the probe window's unmap", r.rank())
                .contains("aclrtUnmapMem(rank " + r.rank() + "'s own window)");
            assertThat(r.values("SUPPRESSED")).as("rank %d says why the probe ended", r.rank())
                .anyMatch(l -> l.contains("ACL_ERROR_RT_FEATURE_NOT_SUPPORT"));
        }
        assertThat(group.leftoverFiles()).as("no rendezvous file is left in %s", fakeCann.dir()).isEmpty();
        group.leftoverSegments(); // the probe exported nothing; removes whatever a failure left
    }

    @Test
    void shouldRunEveryReleaseStepAfterAFailedUnmapAndReportTheFirst() {
        final FakeCannGroup group = fakeCann.group().windows("vmm").env("FAKECANN_FAIL", "aclrtUnmapMem:507899:1");
        final List<FakeCannGroup.Rank> ranks = group.run();
        for (final FakeCannGroup.Rank r : ranks) {
            assertThat(r.failure()).as("rank %d reports the failed unmap at DESTROY\n%s", r.rank(), r.describe())
                .isEqualTo("DESTROY 507899");
            assertThat(r.value("MESSAGE")).as("rank %d names the first failure: the import's unmap", r.rank())
                .contains("aclrtUnmapMem(rank " + (1 - r.rank()) + "'s window");
            assertThat(r.values("SUPPRESSED")).as("rank %d still tried to release and free that window", r.rank())
                .anyMatch(l -> l.contains("aclrtReleaseMemAddress")).anyMatch(l -> l.contains("aclrtFreePhysical"));
            assertThat(r.leaked()).as("rank %d released everything but the one window the fake kept mapped "
                + "(its own window, the context, the communicator, the stream and ACL went)\n%s", r.rank(),
                r.describe()).isEqualTo(Map.of("live_vmm_imports", 1L, "live_reservations", 1L, "live_mappings", 1L));
        }
        group.assertNothingLeft();
    }
}
