package io.comm4j.sim;

import io.comm4j.RendezvousAddress;
import io.comm4j.Stage;
import io.comm4j.testing.ChildJvm;
import io.comm4j.testing.FreePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.comm4j.sim.RankProcesses.awaitAll;
import static io.comm4j.sim.RankProcesses.describe;
import static io.comm4j.sim.RankProcesses.segmentsOf;
import static io.comm4j.sim.RankProcesses.start;
import static io.comm4j.sim.RankProcesses.startGroup;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sim's launch record through rank 0's TCP server instead of a file ({@code tcp://127.0.0.1:PORT}),
 * real rank processes: the ranks still meet in one /dev/shm segment, named after the address.
 */
class SimTcpRendezvousTest {
    private static final Duration LIMIT = Duration.ofSeconds(120);

    @ParameterizedTest(name = "{0} ranks")
    @ValueSource(ints = {2, 4, 8})
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void shouldRunTheLifecycleOverLoopbackAndLeaveNothingListeningOrMapped(final int nranks) throws Exception {
        final int port = FreePorts.pick();
        final RendezvousAddress where = RendezvousAddress.of("tcp://127.0.0.1:" + port);
        final List<ChildJvm.Result> results = awaitAll(startGroup("lifecycle", nranks, where, Duration.ofSeconds(60),
            4096, 0), LIMIT);
        for (int r = 0; r < nranks; r++) {
            assertThat(results.get(r).exitCode()).as("rank %d of %d over TCP%s", r, nranks, describe(results)).isZero();
        }
        assertThat(FreePorts.listening(port)).as("rank 0 closed its server: nothing listens on %d", port).isFalse();
        assertThat(segmentsOf(where)).as("no segment of the TCP group is left in /dev/shm").isEmpty();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldFailRankOneAtBarrierNamingRankZeroWhenRankZeroDiesThere() throws Exception {
        final int port = FreePorts.pick();
        final RendezvousAddress where = RendezvousAddress.of("tcp://127.0.0.1:" + port);
        final Duration timeout = Duration.ofSeconds(20);
        final ChildJvm.Running root = start("die-before-barrier", 0, 2, where, timeout, 4096, 0);
        final ChildJvm.Running peer = start("lifecycle", 1, 2, where, timeout, 4096, 0);
        final ChildJvm.Result dead = root.await(LIMIT);
        final long died = System.nanoTime();
        final ChildJvm.Result result = peer.await(LIMIT);
        final List<ChildJvm.Result> results = List.of(dead, result);
        assertThat(dead.exitCode()).as("rank 0 died on purpose%s", describe(results)).isEqualTo(SimRank.DIED);
        assertThat(result.exitCode()).as("rank 1 fails at BARRIER%s", describe(results))
            .isEqualTo(Stage.BARRIER.exitCode());
        assertThat(result.stderr()).as("names the dead rank 0").contains("rank 0 (pid " + root.process().pid());
        assertThat(Duration.ofNanos(System.nanoTime() - died)).as("well within the timeout").isLessThan(timeout);
        assertThat(segmentsOf(where)).isEmpty();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldFailRankOneAtInitNamingRankZeroWhenNoServerComes() throws Exception {
        final int port = FreePorts.pick();
        final ChildJvm.Result result = start("lifecycle", 1, 2, "tcp://127.0.0.1:" + port, Duration.ofSeconds(2),
            4096, 0).await(LIMIT);
        assertThat(result.exitCode()).as("rank 1 fails at INIT: %s", result.describe()).isEqualTo(Stage.INIT.exitCode());
        assertThat(result.stderr()).contains("rendezvous server (rank 0) at 127.0.0.1:" + port);
    }
}
