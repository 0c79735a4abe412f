package io.comm4j.internal;

import io.comm4j.CommException;
import io.comm4j.RendezvousAddress;
import io.comm4j.Stage;
import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link FileRendezvous} over {@code tcp://127.0.0.1:PORT}: the same protocol, rank 0 serving. */
@Timeout(90)
class TcpRendezvousTest {
    private static final int PAYLOAD = 64;
    private static final List<String> TAGS = List.of("rootinfo_ready", "hccl_init", "destroy");

    private final int port = TestPorts.free();
    private final RendezvousAddress where = new RendezvousAddress.Tcp("127.0.0.1", port);

    @AfterEach
    void nothingListens() {
        assertThat(TestPorts.listening(port)).as("nothing listens on port %d after the test", port).isFalse();
    }

    private FileRendezvous rendezvous(final int rank, final int nranks, final Duration timeout) {
        return new FileRendezvous(where, rank, nranks, timeout, "test", TAGS, List.of());
    }

    private static byte[] payload(final String text) {
        return Arrays.copyOf(text.getBytes(StandardCharsets.UTF_8), PAYLOAD);
    }

    private static CompletableFuture<byte[]> exchangeAsync(final FileRendezvous rv, final String rootPayload) {
        return CompletableFuture.supplyAsync(() -> rv.exchangeRootInfo(() -> payload(rootPayload), PAYLOAD,
            "rootinfo_ready"), r -> Thread.ofPlatform().start(r));
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
        final List<ChildJvm.Result> results = ranks.stream().map(p -> p.await(Duration.ofSeconds(60))).toList();
        for (int r = 0; r < 2; r++) {
            assertThat(results.get(r).exitCode()).as("rank %d: %s", r, results.get(r).describe()).isZero();
        }
        assertThat(results.get(1).stdout()).as("both ranks print the same token and payload")
            .isEqualTo(results.get(0).stdout()).contains("payload=from-pid");
    }

    @Test
    void shouldFailABarrierAtOnceWhenAPeerOnAnotherConnectionDied() throws Exception {
        final Duration timeout = Duration.ofSeconds(30);
        final FileRendezvous r0 = rendezvous(0, 2, timeout);
        final CompletableFuture<byte[]> f0 = exchangeAsync(r0, "p");
        final ChildJvm.Running peer = ChildJvm.of(Rank.class).args(where, 1, 2, "halt").start();
        final ChildJvm.Result died = peer.await(Duration.ofSeconds(60));
        f0.get(30, TimeUnit.SECONDS);
        assertThat(died.exitCode()).as("the peer halts after init: %s", died.describe()).isEqualTo(Rank.HALTED);

        final long start = System.nanoTime();
        assertThatThrownBy(() -> r0.barrier("destroy", Stage.DESTROY))
            .as("rank 0's server saw the peer's connection close: the barrier fails naming it")
            .isInstanceOfSatisfying(CommException.class, e -> assertThat(e.stage()).isEqualTo(Stage.DESTROY))
            .hasMessageContaining("rank 1 (pid " + peer.process().pid() + ", no longer running)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("a dead peer must not hold the barrier to the timeout")
            .isLessThan(timeout.dividedBy(3));
        r0.removeAll();
    }

    @Test
    void shouldFailAPeerMidBarrierNamingRankZeroWhenTheServerDies() throws Exception {
        final Duration timeout = Duration.ofSeconds(30);
        final FileRendezvous r1 = rendezvous(1, 2, timeout);
        final CompletableFuture<byte[]> f1 = exchangeAsync(r1, "unused");
        // rank 0 halts 3 s after its init, while rank 1 waits in the destroy barrier
        final ChildJvm.Running root = ChildJvm.of(Rank.class).args(where, 0, 2, "halt-later").start();
        f1.get(30, TimeUnit.SECONDS);
        final long start = System.nanoTime();
        assertThatThrownBy(() -> r1.barrier("destroy", Stage.DESTROY))
            .as("the server died with rank 0: the peer fails at its stage naming rank 0")
            .isInstanceOfSatisfying(CommException.class, e -> assertThat(e.stage()).isEqualTo(Stage.DESTROY))
            .hasMessageContaining("rank 0").hasMessageContaining("127.0.0.1:" + port);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("fails when the server dies, not at the timeout")
            .isLessThan(timeout.dividedBy(3));
        r1.leave();
        assertThat(root.await(Duration.ofSeconds(30)).exitCode()).isEqualTo(Rank.HALTED);
    }

    @Test
    void shouldFailAPeerMidInitNamingRankZeroWhenTheServerIsKilled() throws Exception {
        final Duration timeout = Duration.ofSeconds(30);
        // a group of 3 whose rank 2 never comes: rank 0 serves and waits in init until it is killed
        final ChildJvm.Running root = ChildJvm.of(Rank.class).args(where, 0, 3, "leave").start();
        final FileRendezvous r1 = rendezvous(1, 3, timeout);
        final CompletableFuture<byte[]> f1 = exchangeAsync(r1, "unused");
        Thread.sleep(3_000);
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
        assertThatThrownBy(() -> r1.exchangeRootInfo(() -> payload("x"), PAYLOAD, "rootinfo_ready"))
            .isInstanceOfSatisfying(CommException.class, e -> assertThat(e.stage()).isEqualTo(Stage.INIT))
            .hasMessageContaining("rendezvous server (rank 0) at 127.0.0.1:" + port);
    }

    @Test
    void shouldFreeThePortWhenRankZerosInitFails() {
        final FileRendezvous r0 = rendezvous(0, 2, Duration.ofMillis(500));
        assertThatThrownBy(() -> r0.exchangeRootInfo(() -> payload("x"), PAYLOAD, "rootinfo_ready"))
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
        assertThatThrownBy(() -> stranger.exchangeRootInfo(() -> payload("x"), PAYLOAD, "rootinfo_ready"))
            .isInstanceOfSatisfying(CommException.class, e -> assertThat(e.getMessage())
                .as("names both groups").contains("test/nranks=2").contains("test/nranks=3"));
        assertThatThrownBy(() -> f0.get(30, TimeUnit.SECONDS)).as("rank 0 alone times out");
    }

    @Test
    void shouldMeetAcrossTwoHostsSimulatedByNetworkNamespacesAndAVethPair() {
        final io.comm4j.testing.TwoHostNetwork.Outcome made = io.comm4j.testing.TwoHostNetwork.create();
        org.junit.jupiter.api.Assumptions.assumeTrue(made.network() != null, made.whyNot());
        try (io.comm4j.testing.TwoHostNetwork net = made.network()) {
            final String at = "tcp://" + io.comm4j.testing.TwoHostNetwork.HOST_A + ":" + port;
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
            final byte[] got = rv.exchangeRootInfo(() -> payload("from-pid"), PAYLOAD, "rootinfo_ready");
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
            rv.barrier("destroy", Stage.DESTROY);
            rv.leave();
            System.out.println("token=" + RunToken.hex(rv.runToken()) + " payload="
                + new String(got, StandardCharsets.UTF_8).trim());
        }
    }
}
