package io.comm4j.hccl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What real hardware taught (../shared/reference/hardware-lessons.md), one behaviour per test, in
 * real rank processes against the fake CANN (on the mc2 window provider; the VMM and Fabric
 * providers' lessons are in {@link HcclWindowProvidersTest}), which behaves that way by default: topology values
 * compared for equality, the measured MC2 version lock, one device per rank, the two device-id
 * spaces of ASCEND_RT_VISIBLE_DEVICES, the device chosen from the launcher's local rank, a short
 * window at stage 50, and a retried allocation that leaks nothing.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HcclHardwareLessonsTest {
    @RegisterExtension
    final FakeCannGroups fakeCann = new FakeCannGroups(Duration.ofSeconds(8));

    private FakeCannGroup group() {
        return fakeCann.group().windows("mc2");
    }

    private static void expectSuccess(final List<FakeCannGroup.Rank> ranks) {
        for (final FakeCannGroup.Rank r : ranks) {
            assertThat(r.result().exitCode()).as("rank %d runs the whole sequence\n%s", r.rank(), r.describe()).isZero();
            assertThat(r.leaked()).as("rank %d leaks nothing\n%s", r.rank(), r.describe()).isEmpty();
        }
    }

    private static void expectFailure(final List<FakeCannGroup.Rank> ranks, final String stageAndCode,
                                      final String... message) {
        for (final FakeCannGroup.Rank r : ranks) {
            assertThat(r.failure()).as("rank %d fails at %s\n%s", r.rank(), stageAndCode, r.describe())
                .isEqualTo(stageAndCode);
            assertThat(r.value("MESSAGE")).as("rank %d's message explains it\n%s", r.rank(), r.describe())
                .contains(message);
            assertThat(r.leaked()).as("rank %d leaks nothing on the way out\n%s", r.rank(), r.describe()).isEmpty();
        }
    }

    // ---- section 2: HcomGetL0TopoTypeEx returns a CommTopo value, compared for equality ----

    @ParameterizedTest(name = "CommTopo {0} -> {1}")
    @CsvSource({"1, MESH", "0, RING"})
    void shouldReadMeshOnlyForCommTopo1DMeshAndRingForClos(final String topo, final String expected) {
        final List<FakeCannGroup.Rank> ranks = group().env("FAKECANN_TOPO", topo).run();
        expectSuccess(ranks);
        ranks.forEach(r -> assertThat(r.value("TOPOLOGY")).as("rank %d read the %s context", r.rank(), expected)
            .isEqualTo(expected));
    }

    @ParameterizedTest(name = "CommTopo {0}")
    @ValueSource(strings = {"-1", "2", "3", "4", "5"})
    void shouldRefuseACommTopoNeitherReaderUnderstandsNamingTheValue(final String topo) {
        final List<FakeCannGroup.Rank> ranks = group().env("FAKECANN_TOPO", topo).run();
        expectFailure(ranks, "ALLOC -1", "HcomGetL0TopoTypeEx", "topology " + topo + " (");
    }

    // ---- section 1: windowsOut is checked only where the provider promises it ----

    @Test
    void shouldAcceptAMeshContextWithoutWindowsOutWhichMeshDoesNotPromise() {
        expectSuccess(group().env("FAKECANN_TOPO", "mesh").env("FAKECANN_CORRUPT", "no_windows_out").run());
    }

    // ---- section 2: the MESH context has 32 slots; read only what it is known to hold ----

    @Test
    void shouldHandKernelsAMeshContextWithoutWhatLiesPastThe32SlotWindowsIn() {
        final List<FakeCannGroup.Rank> ranks = group().env("FAKECANN_TOPO", "mesh").run();
        expectSuccess(ranks);
        ranks.forEach(r -> assertThat(r.value("WINDOWS_OUT_0")).as("rank %d's kernel-visible windowsOut[0] is 0, "
            + "not the bytes at offset 544 of HCCL's 32-slot context (hcomId there)", r.rank()).isEqualTo("0"));
    }

    @Test
    void shouldRefuseMoreThan32RanksOnTheMeshPath() {
        expectFailure(group().env("FAKECANN_TOPO", "mesh").env("FAKECANN_CORRUPT", "ranknum33").run(), "ALLOC -1",
            "rankNum=33", "32");
    }

    // ---- section 2: the MC2 path is known good on CANN 8.5, known bad on 9.0 ----

    @Test
    void shouldRunTheMc2PathOnCann85WhereItWasMeasuredGood() {
        expectSuccess(group().env("FAKECANN_CANN_VERSION", "8.5.0").run());
    }

    @Test
    void shouldRefuseTheMc2PathOnCann90NamingTheMeasurementAndTheOverride() {
        expectFailure(group().env("FAKECANN_CANN_VERSION", "9.0.0").run(), "ALLOC -1", "CANN 9.0.0",
            "known bad", "95f8fb8a2", CannVersion.ALLOW_PROPERTY);
    }

    @ParameterizedTest(name = "CANN {0}")
    @ValueSource(strings = {"8.3.RC1", "9.1.0", "10.0.0"})
    void shouldRefuseTheMc2PathOnAVersionNobodyMeasured(final String version) {
        expectFailure(group().env("FAKECANN_CANN_VERSION", version).run(), "ALLOC -1", "CANN " + version,
            "not measured", "8.5", CannVersion.ALLOW_PROPERTY);
    }

    @Test
    void shouldRunTheMc2PathOnCann90WhenTheUserOverridesTheLock() {
        expectSuccess(group().env("FAKECANN_CANN_VERSION", "9.0.0")
            .jvmArg("-D" + CannVersion.ALLOW_PROPERTY + "=true").run());
    }

    // ---- section 9: one device per rank ----

    @Test
    void shouldRefuseTwoRanksOnOneDeviceAtInitOnEveryRank() {
        expectFailure(group().device(r -> "0").run(), "INIT 1", "HcclCommInitRootInfo", "HCCL_E_PARA");
    }

    // ---- section 5: ASCEND_RT_VISIBLE_DEVICES renumbers the cards ----

    @Test
    void shouldUseLogicalIdsUnderVisibleDevices() {
        expectSuccess(group().env("ASCEND_RT_VISIBLE_DEVICES", "2,3").run());
    }

    @Test
    void shouldReportADriverIdPassedWhereALogicalIdBelongsAtAclReady() {
        final List<FakeCannGroup.Rank> ranks = group().env("ASCEND_RT_VISIBLE_DEVICES", "2,3")
            .device(r -> Integer.toString(r + 2)).run();
        expectFailure(ranks, "ACL_READY 107001", "aclrtSetDevice", "ASCEND_RT_VISIBLE_DEVICES");
    }

    // ---- device choice without an explicit device ----

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"OMPI_COMM_WORLD_LOCAL_RANK", "SLURM_LOCALID", "LOCAL_RANK", "MPI_LOCALRANKID",
        "PMI_LOCAL_RANK"})
    void shouldTakeTheDeviceFromTheLaunchersLocalRank(final String variable) {
        final FakeCannGroup g = group().device(r -> "auto").jvmArg("-Dlog4j2.level=INFO")
            .rankEnv(0, variable, "1").rankEnv(1, variable, "0");
        final List<FakeCannGroup.Rank> ranks = g.run();
        expectSuccess(ranks);
        for (final FakeCannGroup.Rank r : ranks) {
            assertThat(r.result().stdout() + r.result().stderr()).as("rank %d says which device it chose and why",
                r.rank()).contains("device " + (1 - r.rank())).contains(variable + "=" + (1 - r.rank()));
        }
    }

    @Test
    void shouldTakeRankModuloTheVisibleDevicesWithoutALauncher() {
        final List<FakeCannGroup.Rank> ranks = group().device(r -> "auto").jvmArg("-Dlog4j2.level=INFO")
            .env("ASCEND_RT_VISIBLE_DEVICES", "2,3").run();
        expectSuccess(ranks);
        for (final FakeCannGroup.Rank r : ranks) {
            assertThat(r.result().stdout() + r.result().stderr()).as("rank %d logs rank mod visible devices", r.rank())
                .contains("device " + r.rank()).contains("rank " + r.rank() + " mod 2 visible");
        }
    }

    // ---- windows: a short window is stage 50; a failed allocation can be retried ----

    @Test
    void shouldReportAWindowSmallerThanAskedAtWindowSize() {
        expectFailure(group().hint(2L << 20).run(), "WINDOW_SIZE -1", "smaller than", "HCCL_BUFFSIZE");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mesh", "ring"})
    void shouldLeakNothingWhenAllocWindowsIsRetriedAfterAFailure(final String topo) {
        final List<FakeCannGroup.Rank> ranks = group().env("FAKECANN_TOPO", topo).retryAfterFailedAlloc().run();
        expectSuccess(ranks);
        ranks.forEach(r -> assertThat(r.value("RETRY_FIRST")).as("rank %d's first, too large, ask failed", r.rank())
            .isEqualTo("WINDOW_SIZE -1"));
    }
}
