package io.comm4j.internal;

import io.comm4j.CommException;
import io.comm4j.CommTimeoutException;
import io.comm4j.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TcpStoreTest {
    private static final String HOST = "127.0.0.1";
    private static final Duration CONNECT = Duration.ofSeconds(5);
    private static final Duration IO = Duration.ofSeconds(5);

    private final int port = TestPorts.free();
    private final List<TcpStore> opened = new ArrayList<>();

    @AfterEach
    void closeAll() {
        opened.forEach(TcpStore::close);
        assertThat(TestPorts.listening(port)).as("nothing listens on port %d after the test", port).isFalse();
    }

    private TcpStore open(final boolean serve, final String group, final long token) {
        final TcpStore s = TcpStore.open(HOST, port, serve, group, new StoreRecord.Writer(token, 100 + token, 7),
            Waiter.system("test"), "test", CONNECT, IO, Stage.INIT);
        opened.add(s);
        return s;
    }

    /** The part of a request after its header, written by a test. */
    @FunctionalInterface
    private interface RequestBody {
        void write(DataOutputStream out) throws IOException;
    }

    /** Sends a request made by hand (the wire header with {@code op}, then {@code body}); returns the reply. */
    private TcpStoreWire.Reply sendByHand(final int op, final RequestBody body) throws IOException {
        try (Socket s = new Socket(HOST, port)) {
            final DataOutputStream out = new DataOutputStream(s.getOutputStream());
            out.writeInt(TcpStoreWire.MAGIC);
            out.writeByte(TcpStoreWire.VERSION);
            out.writeByte(op);
            body.write(out);
            out.flush();
            return TcpStoreWire.readReply(new DataInputStream(s.getInputStream()));
        }
    }

    private static byte[] bytes(final String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldShowOneRanksRecordToAnother() {
        final TcpStore server = open(true, "g", 1);
        final TcpStore client = open(false, "g", 2);
        assertThat(client.get("root")).as("nothing published yet").isInstanceOf(RendezvousStore.Lookup.Absent.class);
        assertThat(server.set("root", bytes("hello"))).as("rank 0 publishes into an empty key").isTrue();
        assertThat(client.get("root")).isInstanceOfSatisfying(RendezvousStore.Lookup.Present.class, p -> {
            assertThat(p.record().payload()).as("payload arrives unchanged").isEqualTo(bytes("hello"));
            assertThat(p.record().writer().token()).as("stamped with rank 0's token").isEqualTo(1);
        });
    }

    @Test
    void shouldNotLetSetReplaceAnotherRunsRecord() {
        final TcpStore server = open(true, "g", 1);
        final TcpStore client = open(false, "g", 2);
        assertThat(server.set("k", bytes("a"))).isTrue();
        assertThat(server.set("k", bytes("b"))).as("own record is replaced").isTrue();
        assertThat(client.set("k", bytes("c"))).as("another run's record is not replaced").isFalse();
        assertThat(((RendezvousStore.Lookup.Present) client.get("k")).record().payload()).isEqualTo(bytes("b"));
    }

    @Test
    void shouldCompareAndSetOnTheExpectedTokenOnly() {
        final TcpStore server = open(true, "g", 1);
        final TcpStore client = open(false, "g", 2);
        assertThat(server.compareAndSet("k", Optional.empty(), bytes("a"))).isTrue();
        assertThat(client.compareAndSet("k", Optional.empty(), bytes("b"))).as("key is not empty").isFalse();
        assertThat(client.compareAndSet("k", Optional.of(99L), bytes("b"))).as("wrong token").isFalse();
        assertThat(client.compareAndSet("k", Optional.of(1L), bytes("b"))).as("right token").isTrue();
        assertThat(((RendezvousStore.Lookup.Present) server.get("k")).record().writer().token()).isEqualTo(2);
    }

    @Test
    void shouldDeleteOnlyItsOwnRunsRecord() {
        final TcpStore server = open(true, "g", 1);
        final TcpStore client = open(false, "g", 2);
        server.set("k", bytes("a"));
        assertThat(client.deleteOwn("k")).as("not the client's record").isFalse();
        assertThat(server.deleteOwn("k")).as("rank 0's own record").isTrue();
        assertThat(client.get("k")).isInstanceOf(RendezvousStore.Lookup.Absent.class);
    }

    @Test
    void shouldWakeAWaiterWhenTheRecordArrives() throws Exception {
        final TcpStore server = open(true, "g", 1);
        final TcpStore client = open(false, "g", 2);
        final CompletableFuture<StoreRecord> waited = CompletableFuture.supplyAsync(
            () -> client.waitFor("late", r -> true, Duration.ofSeconds(10), () -> { }, Stage.BARRIER));
        Thread.sleep(100);
        server.set("late", bytes("here"));
        assertThat(waited.get(10, TimeUnit.SECONDS).payload()).isEqualTo(bytes("here"));
    }

    @Test
    void shouldTimeOutAWaitAtItsStageNamingTheKey() {
        open(true, "g", 1);
        final TcpStore client = open(false, "g", 2);
        assertThatThrownBy(() -> client.waitFor("never", r -> true, Duration.ofMillis(200), () -> { }, Stage.BARRIER))
            .isInstanceOfSatisfying(CommTimeoutException.class, e -> {
                assertThat(e.stage()).isEqualTo(Stage.BARRIER);
                assertThat(e.getMessage()).contains("tcp://" + HOST + ":" + port + "/never");
            });
    }

    @Test
    void shouldRefuseARankOfAnotherGroupNamingBothGroups() {
        open(true, "sim/nranks=2/alpha", 1);
        final TcpStore stranger = open(false, "sim/nranks=2/beta", 2);
        assertThatThrownBy(() -> stranger.get("root"))
            .isInstanceOfSatisfying(CommException.class, e -> assertThat(e.getMessage())
                .as("the refusal names both groups").contains("alpha").contains("beta"));
    }

    @Test
    void shouldAnswerGarbageWithAnErrorAndKeepServing() throws IOException {
        final TcpStore server = open(true, "g", 1);
        try (Socket s = new Socket(HOST, port)) {
            s.getOutputStream().write(bytes("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
            final DataInputStream in = new DataInputStream(s.getInputStream());
            final TcpStoreWire.Reply reply = TcpStoreWire.readReply(in);
            assertThat(reply.status()).as("garbage gets an error reply").isEqualTo(TcpStoreWire.ERROR);
            assertThat(reply.message()).contains("not a comm4j store request");
        }
        assertThat(server.set("k", bytes("still"))).as("the server survives garbage").isTrue();
        assertThat(open(false, "g", 2).get("k")).isInstanceOf(RendezvousStore.Lookup.Present.class);
    }

    @Test
    void shouldRefuseAnOversizeValueWithoutReadingIt() throws IOException {
        final TcpStore server = open(true, "g", 1);
        final TcpStoreWire.Reply reply = sendByHand(TcpStoreWire.OP_CAS, out -> {
            out.writeShort(1);
            out.write('g');
            out.writeShort(1);
            out.write('k');
            out.writeByte(0);
            out.writeLong(0);
            out.writeInt(Integer.MAX_VALUE); // announces 2 GiB, sends nothing
        });
        assertThat(reply.status()).isEqualTo(TcpStoreWire.ERROR);
        assertThat(reply.message()).as("names the bound").contains("value of " + Integer.MAX_VALUE + " bytes");
        assertThat(server.get("k")).as("nothing was stored").isInstanceOf(RendezvousStore.Lookup.Absent.class);
    }

    @Test
    void shouldRefuseConnectionsBeyondTheLimitAndKeepServingTheGroup() throws IOException {
        final TcpStore server = open(true, "g", 1);
        final List<Socket> flood = new ArrayList<>();
        try {
            // the server's own client holds one connection
            for (int i = 1; i < TcpStoreServer.MAX_CONNECTIONS; i++) {
                flood.add(new Socket(HOST, port));
            }
            try (Socket extra = new Socket(HOST, port)) {
                final TcpStoreWire.Reply reply = TcpStoreWire.readReply(new DataInputStream(extra.getInputStream()));
                assertThat(reply.status()).as("one connection too many gets an error").isEqualTo(TcpStoreWire.ERROR);
                assertThat(reply.message()).contains(TcpStoreServer.MAX_CONNECTIONS + " connections");
            }
            assertThat(server.set("k", bytes("v"))).as("the group's own connection still works").isTrue();
        } finally {
            for (final Socket s : flood) {
                s.close();
            }
        }
    }

    @Test
    void shouldRefuseAnOversizeGroupKey() throws IOException {
        open(true, "g", 1);
        final TcpStoreWire.Reply reply = sendByHand(TcpStoreWire.OP_GET, out -> out.writeShort(60_000));
        assertThat(reply.status()).isEqualTo(TcpStoreWire.ERROR);
        assertThat(reply.message()).contains("group key of 60000 bytes");
    }

    @Test
    void shouldFailAtInitWhenThePortIsInUseBySomethingElse() throws IOException {
        try (ServerSocket other = new ServerSocket()) {
            other.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            assertThatThrownBy(() -> open(true, "g", 1))
                .isInstanceOfSatisfying(CommException.class, e -> {
                    assertThat(e.stage()).isEqualTo(Stage.INIT);
                    assertThat(e.getMessage()).contains("rank 0").contains(HOST + ":" + port)
                        .as("says the holder does not speak the store protocol")
                        .contains("not a comm4j rendezvous server");
                });
        }
    }

    @Test
    void shouldNameBothGroupsWhenASecondGroupsRankZeroFindsThePortTaken() {
        open(true, "sim/nranks=2", 1);
        assertThatThrownBy(() -> open(true, "hccl/nranks=4", 5))
            .isInstanceOfSatisfying(CommException.class, e -> assertThat(e.getMessage())
                .as("the second rank 0 learns who holds the port").contains("sim/nranks=2").contains("hccl/nranks=4"));
    }

    @Test
    void shouldSayASecondRankZeroOfTheSameGroupFoundThePortServed() {
        open(true, "sim/nranks=2", 1);
        assertThatThrownBy(() -> open(true, "sim/nranks=2", 5))
            .isInstanceOfSatisfying(CommException.class, e -> assertThat(e.getMessage())
                .contains("another rank 0 of group 'sim/nranks=2' already serves"));
    }

    @Test
    void shouldCountAWriterGoneOnceItsConnectionClosed() throws InterruptedException {
        final TcpStore server = open(true, "g", 1);
        final TcpStore client = open(false, "g", 2);
        assertThat(client.set("k", bytes("v"))).isTrue();
        assertThat(server.writerAlive(client.writer(), Stage.BARRIER)).as("a connected writer is alive").isTrue();
        assertThat(server.writerAlive(new StoreRecord.Writer(9, 999_999, 7), Stage.BARRIER))
            .as("a writer the server never saw is not proven gone").isTrue();
        client.close();
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (server.writerAlive(client.writer(), Stage.BARRIER) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(server.writerAlive(client.writer(), Stage.BARRIER))
            .as("the writer of a closed connection counts as gone").isFalse();
    }

    @Test
    void shouldRefusePortZero() {
        assertThatThrownBy(() -> TcpStore.open(HOST, 0, true, "g", new StoreRecord.Writer(1, 1, 1),
                Waiter.system("test"), "test", CONNECT, IO, Stage.INIT))
            .isInstanceOfSatisfying(CommException.class, e -> assertThat(e.getMessage()).contains("0 is not 'any'"));
    }

    @Test
    void shouldFailAClientAtItsStageNamingRankZeroWhenTheServerDies() {
        final TcpStore server = open(true, "g", 1);
        final TcpStore client = open(false, "g", 2);
        client.get("k");
        server.close();
        final long start = System.nanoTime();
        assertThatThrownBy(() -> client.waitFor("k", r -> true, Duration.ofSeconds(30), () -> { }, Stage.BARRIER))
            .isInstanceOfSatisfying(CommException.class, e -> {
                assertThat(e.stage()).as("fails at the stage it was in").isEqualTo(Stage.BARRIER);
                assertThat(e.getMessage()).contains("rank 0").contains(HOST + ":" + port);
            });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("fails at once, not at the wait's deadline")
            .isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void shouldTimeOutConnectingNamingRankZeroWhenNoServerComes() {
        assertThatThrownBy(() -> TcpStore.open(HOST, port, false, "g", new StoreRecord.Writer(2, 2, 2),
                Waiter.system("test"), "test", Duration.ofMillis(300), IO, Stage.INIT))
            .isInstanceOfSatisfying(CommTimeoutException.class, e -> {
                assertThat(e.stage()).isEqualTo(Stage.INIT);
                assertThat(e.getMessage()).contains("rank 0").contains(HOST + ":" + port);
            });
    }

    @Test
    void shouldConnectToARankZeroThatStartsLater() throws Exception {
        final CompletableFuture<TcpStore> early = CompletableFuture.supplyAsync(() -> open(false, "g", 2));
        Thread.sleep(200);
        final TcpStore server = open(true, "g", 1);
        server.set("k", bytes("v"));
        assertThat(early.get(10, TimeUnit.SECONDS).get("k")).isInstanceOf(RendezvousStore.Lookup.Present.class);
    }

    @Test
    void shouldServeAnIpv6Literal() {
        final TcpStore s;
        try {
            s = TcpStore.open("::1", port, true, "g", new StoreRecord.Writer(1, 1, 1), Waiter.system("test"), "test",
                CONNECT, IO, Stage.INIT);
        } catch (final CommException noIpv6) {
            org.junit.jupiter.api.Assumptions.abort("no IPv6 loopback here: " + noIpv6.getMessage());
            return;
        }
        try {
            assertThat(s.set("k", bytes("v"))).isTrue();
        } finally {
            s.close();
        }
    }

    @Test
    void shouldFreeThePortOnClose() {
        final TcpStore server = open(true, "g", 1);
        assertThat(TestPorts.listening(port)).as("serving").isTrue();
        server.close();
        assertThat(TestPorts.listening(port)).as("port freed on close").isFalse();
        open(true, "g2", 3); // and a next group can bind it at once
    }
}
