package io.comm4j.hccl;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two-rank lifecycle (init, allocWindows, invariants, barriers, destroy) in real processes
 * against the hardware-faithful fake CANN, through both API levels and both context layouts of the
 * mc2 window provider (the VMM and Fabric providers: {@link HcclWindowProvidersTest}).
 * Peer addresses are per process (hardware-lessons section 1): the cross-rank check is the alias
 * test (a word written through one rank's windowsIn[peer] is read in the peer's own window), never
 * address equality.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HcclLifecycleTest {
    @RegisterExtension
    final FakeCannGroups fakeCann = new FakeCannGroups();

    @ParameterizedTest(name = "{0} level, {1}")
    @CsvSource({"low, mesh, MESH", "low, ring, RING", "high, mesh, MESH", "high, ring, RING"})
    void shouldRunTheTwoRankLifecycleThroughPerProcessPeerViewsAndNoLeaks(final String level, final String topo,
                                                                         final String expectedTopology) {
        final FakeCannGroup group = fakeCann.group().level(level).windows("mc2").env("FAKECANN_TOPO", topo);
        final List<FakeCannGroup.Rank> ranks = group.run();

        for (final FakeCannGroup.Rank r : ranks) {
            assertThat(r.result().exitCode()).as("rank %d exits 0 after the whole sequence\n%s", r.rank(), r.describe())
                .isZero();
            assertThat(r.value("TOPOLOGY")).as("rank %d reads the %s context", r.rank(), topo).isEqualTo(expectedTopology);
            assertThat(r.value("MARKS")).as("rank %d read every window's owner mark through windowsIn", r.rank())
                .isEqualTo("ok");
            assertThat(r.value("ALIAS")).as("rank %d's own window holds what its peer wrote through windowsIn[%d]",
                r.rank(), r.rank()).isEqualTo("ok");
            assertThat(r.leaks()).as("rank %d wrote the fake's leak report at exit", r.rank()).isNotEmpty();
            assertThat(r.leaked()).as("rank %d leaves no device memory, stream, comm, device or ACL behind and "
                + "never calls a poisoned libhccl entry point", r.rank()).isEmpty();
            assertThat(r.leaks().get(FakeCannGroup.REFUSED_STREAMS))
                .as("rank %d's stream, used by HcclBarrier, was destroyed best-effort: the fake refused it (507901) "
                    + "and close still succeeded", r.rank()).isEqualTo(1L);
        }
        // A precondition, not a contract check: the fake really gives each process its own view,
        // so the alias check above is what proves windowsIn[peer] reaches the peer's window.
        assertThat(ranks.get(0).values("WINDOW_IN").get(1)).as("the fake maps rank 1's window at a different "
            + "address in rank 0 than in rank 1").isNotEqualTo("1 " + ranks.get(1).value("LOCAL_BASE"));
        group.assertNothingLeft();
    }
}
