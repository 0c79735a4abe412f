package io.comm4j.internal;

import io.comm4j.CommException;
import io.comm4j.RendezvousAddress;
import io.comm4j.Stage;
import io.comm4j.testing.ChildJvm;
import io.comm4j.testing.TwoHostNetwork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static io.comm4j.internal.RendezvousTesting.TAGS;
import static io.comm4j.internal.RendezvousTesting.assertDestroyBarrierFailsEarly;
import static io.comm4j.internal.RendezvousTesting.assertEveryRankMet;
import static io.comm4j.internal.RendezvousTesting.exchange;
import static io.comm4j.internal.RendezvousTesting.exchangeAsync;
import static io.comm4j.internal.RendezvousTesting.leaveAndPrint;
import static io.comm4j.internal.RendezvousTesting.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@link FileRendezvous} over {@code tcp://127.0.0.1:PORT}: the same protocol, rank 0 serving. */
@Timeout(90)
class TcpRendezvousTest {
    private final int port = TestPorts.free();
    private final RendezvousAddress where = new RendezvousAddress.Tcp("127.0.0.1", port);

    @AfterEach
    void nothingListens() {
        assertThat(TestPorts.listening(port)).as("nothing listens on port %d after the test", port).isFalse();
    }

    private FileRendezvous rendezvous(final int rank, final int nranks, final Duration timeout) {
        return new FileRendezvous(where, rank, nranks, timeout, "test", TAGS, List.of());
    }

    /** The rendezvous timeout of a pair with a child: long, so that failing early is seen to be early. */
    private static final Duration PAIR_TIMEOUT = Duration.ofSeconds(30);

    /** This test's rank of a group of two and the process running the other rank. */
    private record PairWithChild(FileRendezvous here, ChildJvm.Running child) {
    }

    /**
     * Rank {@code rank} here and the other rank in a {@link Rank} process that will {@code then}
     * ("halt", "halt-later", "leave"); returns once this rank's exchange is through.
     */
    private PairWithChild meetAChildThat(final int rank, final String then) throws Exception {
        final FileRendezvous here = rendezvous(rank, 2, PAIR_TIMEOUT);
        final CompletableFuture<byte[]> exchanged = exchangeAsync(here, rank == 0 ? "p" : "unused");
        final ChildJvm.Running child = ChildJvm.of(Rank.class).args(where, 1 - rank, 2, then).start();
        exchanged.get(30, TimeUnit.SECONDS);
        return new PairWithChild(here, child);
    }

    @Test
    void shouldGiveEveryRankRankZerosPayloadAndTokenAndFreeThePortAfterLeaving() throws Exception {
        final List<FileRendezvous> ranks = new ArrayList<>();
        final List<CompletableFuture<byte[]>> results = new ArrayList<>();
        // rank 0 last: the others retry connecting until it serves
        for (int r = 3; r >= 0; r--) {
            ranks.addFirst(rendezvous(r, 4, Duration.ofSeconds(20)));
            results.addFirst(exchangeAsync(ranks.getFirst(), "from-root"));
        }
        for (int r = 0; r < 4; r++) {
            assertThat(results.get(r).get(30, TimeUnit.SECONDS)).as("payload seen by rank %d", r)
                .isEqualTo(payload("from-root"));
            assertThat(ranks.get(r).runToken()).as("run token of rank %d", r).isEqualTo(ranks.get(0).runToken());
        }
        final List<CompletableFuture<Void>> left = new ArrayList<>();
        for (final FileRendezvous rv : ranks) {
            left.add(CompletableFuture.runAsync(() -> {
                rv.barrier("destroy", Stage.DESTROY);
                rv.leave();
            }, r -> Thread.ofPlatform().start(r)));
        }
        for (final CompletableFuture<Void> f : left) {
            f.get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void shouldMeetAcrossRealProcesses() {
        final List<ChildJvm.Running> ranks = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            ranks.add(ChildJvm.of(Rank.class).args(where, r, 2, "leave").start());
        }
        assertEveryRankMet(ranks, Duration.ofSeconds(60));
    }

    @Test
    void shouldFailABarrierAtOnceWhenAPeerOnAnotherConnectionDied() throws Exception {
        final PairWithChild pair = meetAChildThat(0, "halt");
        final ChildJvm.Result died = pair.child().await(Duration.ofSeconds(60));
        assertThat(died.exitCode()).as("the peer halts after init: %s", died.describe()).isEqualTo(Rank.HALTED);

        assertDestroyBarrierFailsEarly(pair.here(), PAIR_TIMEOUT,
            "rank 0's server saw the peer's connection close: the barrier fails naming it",
            "rank 1 (pid " + pair.child().process().pid() + ", no longer running)");
        pair.here().removeAll();
    }

    @Test
    void shouldFailAPeerMidBarrierNamingRankZeroWhenTheServerDies() throws Exception {
        // rank 0 halts 3 s after its init, while rank 1 waits in the destroy barrier
        final PairWithChild pair = meetAChildThat(1, "halt-later");
        assertDestroyBarrierFailsEarly(pair.here(), PAIR_TIMEOUT,
            "the server died with rank 0: the peer fails at its stage naming rank 0", "rank 0", "127.0.0.1:" + port);
        pair.here().leave();
        assertThat(pair.child().await(Duration.ofSeconds(30)).exitCode()).isEqualTo(Rank.HALTED);
    }

    @Test
    void shouldFailAPeerMidInitNamingRankZeroWhenTheServerIsKilled() throws Exception {
        final Duration timeout = Duration.ofSeconds(30);
        // a group of 3 whose rank 2 never comes: rank 0 serves and waits in init until it is killed
        final ChildJvm.Running root = ChildJvm.of(Rank.class).args(where, 0, 3, "leave").start();
        final FileRendezvous r1 = rendezvous(1, 3, timeout);
        final CompletableFuture<byte[]> f1 = exchangeAsync(r1, "unused");
        // a fixed sleep raced the child JVM's start on a loaded machine: wait until rank 0 serves, then give
        // rank 1 time to connect, so the kill lands mid-init
        Waiter.system("test").await(() -> TestPorts.listening(port), Duration.ofSeconds(30), Stage.INIT,
            () -> "rank 0's server to listen on port " + port);
        Thread.sleep(1_000);
        final long start = System.nanoTime();
        root.kill();
        assertThatThrownBy(() -> f1.get(30, TimeUnit.SECONDS))
            .hasCauseInstanceOf(CommException.class)
            .satisfies(e -> {
                final CommException c = (CommException) e.getCause();
                assertThat(c.stage()).as("fails at the stage it was in: %s", c.getMessage()).isEqualTo(Stage.INIT);
                assertThat(c.getMessage()).contains("rank 0").contains("127.0.0.1:" + port);
            });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("fails when the server dies, not at the timeout")
            .isLessThan(timeout.dividedBy(3));
        root.await(Duration.ofSeconds(30));
    }

    @Test
    void shouldFailPeersAtInitNamingRankZeroWhenItNeverServes() {
        final FileRendezvous r1 = rendezvous(1, 2, Duration.ofMillis(800));
        assertThatThrownBy(() -> exchange(r1, "x"))
            .isInstanceOfSatisfying(CommException.class, e -> assertThat(e.stage()).isEqualTo(Stage.INIT))
            .hasMessageContaining("rendezvous server (rank 0) at 127.0.0.1:" + port);
    }

    @Test
    void shouldFreeThePortWhenRankZerosInitFails() {
        final FileRendezvous r0 = rendezvous(0, 2, Duration.ofMillis(500));
        assertThatThrownBy(() -> exchange(r0, "x"))
            .as("rank 1 never comes").isInstanceOfSatisfying(CommException.class,
                e -> assertThat(e.stage()).isEqualTo(Stage.INIT))
            .hasMessageContaining("rank 1");
        assertThat(TestPorts.listening(port)).as("rank 0 closed its server on failure").isFalse();
    }

    @Test
    void shouldRefuseARankOfAGroupOfAnotherSizeNamingBoth() throws Exception {
        final FileRendezvous r0 = rendezvous(0, 2, Duration.ofSeconds(3));
        final CompletableFuture<byte[]> f0 = exchangeAsync(r0, "p");
        final FileRendezvous stranger = new FileRendezvous(where, 1, 3, Duration.ofSeconds(3), "test", TAGS, List.of());
        assertThatThrownBy(() -> exchange(stranger, "x"))
            .isInstanceOfSatisfying(CommException.class, e -> assertThat(e.getMessage())
                .as("names both groups").contains("test/nranks=2").contains("test/nranks=3"));
        assertThatThrownBy(() -> f0.get(30, TimeUnit.SECONDS)).as("rank 0 alone times out");
    }

    @Test
    void shouldRefuseASecondGroupOnTheSamePortNamingBothWithRealProcesses() {
        // group 1 (2 ranks): its rank 0 serves and waits for a rank 1 that never comes
        final ChildJvm.Running first = ChildJvm.of(Rank.class).args(where, 0, 2, "leave").start();
        final ChildJvm.Result strangerRank1 = retryUntilServed(() -> ChildJvm.of(Rank.class).args(where, 1, 3, "leave")
            .run(Duration.ofSeconds(60)));
        final ChildJvm.Result strangerRank0 = ChildJvm.of(Rank.class).args(where, 0, 3, "leave").run(Duration.ofSeconds(60));
        first.kill();
        first.await(Duration.ofSeconds(30));
        assertThat(strangerRank1.stderr()).as("a rank of group 2 is refused naming both groups: %s",
            strangerRank1.describe()).contains("test/nranks=2").contains("test/nranks=3");
        assertThat(strangerRank0.stderr()).as("group 2's rank 0 cannot bind and learns who holds the port: %s",
            strangerRank0.describe()).contains("init failed").contains("127.0.0.1:" + port)
            .contains("test/nranks=2").contains("test/nranks=3");
    }

    /** Runs {@code attempt} until its failure is not "connection refused" (the server may not be up yet). */
    private static ChildJvm.Result retryUntilServed(final Supplier<ChildJvm.Result> attempt) {
        ChildJvm.Result r = attempt.get();
        for (int i = 0; i < 5 && r.stderr().contains("to accept"); i++) {
            r = attempt.get();
        }
        return r;
    }

    @Test
    void shouldMeetAcrossTwoHostsSimulatedByNetworkNamespacesAndAVethPair() {
        final TwoHostNetwork.Outcome made = TwoHostNetwork.create();
        assumeTrue(made.network() != null, made.whyNot());
        try (TwoHostNetwork net = made.network()) {
            final String at = "tcp://" + TwoHostNetwork.HOST_A + ":" + port;
            final ChildJvm.Running r0 = ChildJvm.of(Rank.class).wrappedIn(net.onA()).args(at, 0, 2, "leave").start();
            final ChildJvm.Running r1 = ChildJvm.of(Rank.class).wrappedIn(net.onB()).args(at, 1, 2, "leave").start();
            final ChildJvm.Result res1 = r1.await(Duration.ofSeconds(60));
            final ChildJvm.Result res0 = r0.await(Duration.ofSeconds(60));
            assertThat(res0.exitCode()).as("rank 0 on host A: %s", res0.describe()).isZero();
            assertThat(res1.exitCode()).as("rank 1 on host B, reaching A over the veth: %s", res1.describe()).isZero();
            assertThat(res1.stdout()).as("both ranks print the same token and payload").isEqualTo(res0.stdout())
                .contains("payload=from-pid");
        }
    }

    /** One rank in its own JVM: exchange, then either barrier and leave, or halt (a crash). */
    static final class Rank {
        static final int HALTED = 99;

        public static void main(final String[] args) {
            final FileRendezvous rv = new FileRendezvous(RendezvousAddress.of(args[0]), Integer.parseInt(args[1]),
                Integer.parseInt(args[2]), Duration.ofSeconds(30), "test", TAGS, List.of());
            final byte[] got = exchange(rv, "from-pid");
            if (args[3].startsWith("halt")) {
                if (args[3].equals("halt-later")) {
                    try {
                        Thread.sleep(3_000);
                    } catch (final InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                Runtime.getRuntime().halt(HALTED);
            }
            leaveAndPrint(rv, got);
        }
    }
}
