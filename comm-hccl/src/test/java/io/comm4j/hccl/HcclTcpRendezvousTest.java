package io.comm4j.hccl;

import io.comm4j.Stage;
import io.comm4j.testing.FreePorts;
import io.comm4j.testing.TwoHostNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * HCCL over {@code tcp://127.0.0.1:PORT} on the fake CANN, real rank processes: the root info,
 * barriers and all-gathers go through rank 0's server instead of files, and nothing is left
 * listening or on disk afterwards.
 */
class HcclTcpRendezvousTest {
    /** Generous: up to 8 rank JVMs start on a small shared machine. */
    @RegisterExtension
    final FakeCannGroups fakeCann = new FakeCannGroups(Duration.ofSeconds(60));

    @ParameterizedTest(name = "{0} ranks")
    @ValueSource(ints = {2, 4, 8})
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void shouldRunTheLifecycleOverLoopbackAndLeaveNothingListening(final int nranks) {
        final int port = FreePorts.pick();
        final FakeCannGroup group = fakeCann.group().nranks(nranks)
            .rendezvous("tcp://127.0.0.1:" + port);
        final List<FakeCannGroup.Rank> ranks = group.run();

        for (final FakeCannGroup.Rank r : ranks) {
            assertThat(r.result().exitCode()).as("rank %d of %d exits 0 over TCP\n%s", r.rank(), nranks, r.describe())
                .isZero();
            assertThat(r.value("ALIAS")).as("rank %d's window holds what its neighbour wrote", r.rank()).isEqualTo("ok");
            assertThat(r.leaked()).as("rank %d leaks nothing in the fake", r.rank()).isEmpty();
        }
        assertThat(FreePorts.listening(port)).as("rank 0's server closed: nothing listens on %d", port).isFalse();
        assertThat(group.leftoverFiles()).as("a TCP rendezvous writes no file in %s", fakeCann.dir()).isEmpty();
        assertThat(group.leftoverSegments()).as("no shared-memory segment is left in /dev/shm").isEmpty();
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void shouldRunTheLifecycleWithRankZeroAndRankOneOnTwoSimulatedHosts() {
        final TwoHostNetwork.Outcome made = TwoHostNetwork.create();
        assumeTrue(made.network() != null, made.whyNot());
        try (TwoHostNetwork net = made.network()) {
            final int port = FreePorts.pick();
            final FakeCannGroup group = fakeCann.group()
                .rendezvous("tcp://" + TwoHostNetwork.HOST_A + ":" + port).wrap(0, net.onA()).wrap(1, net.onB());
            for (final FakeCannGroup.Rank r : group.run()) {
                assertThat(r.result().exitCode()).as("rank %d on host %s exits 0\n%s", r.rank(), r.rank() == 0 ? "A" : "B",
                    r.describe()).isZero();
                assertThat(r.value("ALIAS")).as("rank %d's window holds what its peer wrote", r.rank()).isEqualTo("ok");
                assertThat(r.leaked()).as("rank %d leaks nothing in the fake", r.rank()).isEmpty();
            }
            assertThat(group.leftoverFiles()).as("a TCP rendezvous writes no file in %s", fakeCann.dir()).isEmpty();
            assertThat(group.leftoverSegments()).isEmpty();
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldFailRankOneAtInitNamingRankZeroWhenRankZeroNeverServes() {
        final int port = FreePorts.pick();
        final FakeCannGroup group = fakeCann.group().timeout(Duration.ofSeconds(3)).only(1)
            .rendezvous("tcp://127.0.0.1:" + port);
        final FakeCannGroup.Rank r1 = group.run().getFirst();
        assertThat(r1.failure()).as("rank 1 fails at INIT\n%s", r1.describe()).startsWith(Stage.INIT.name());
        assertThat(r1.value("MESSAGE")).as("names rank 0 and its address")
            .contains("rendezvous server (rank 0) at 127.0.0.1:" + port);
    }
}
