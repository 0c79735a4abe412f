package io.comm4j.internal;

import io.comm4j.RendezvousAddress;
import io.comm4j.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RendezvousStoresTest {
    private static final ProcessLiveness ALIVE = (pid, start) -> true;
    private static final byte[] V = "v".getBytes(StandardCharsets.UTF_8);

    private static RendezvousStore open(final RendezvousAddress where, final int rank, final long token) {
        return RendezvousStores.open(where, rank, "g", new StoreRecord.Writer(token, 1, 1), 0, ALIVE,
            Waiter.system("test"), "test", Duration.ofSeconds(5), Duration.ofSeconds(5), Stage.INIT);
    }

    @TempDir
    Path dir;

    @Test
    void shouldOpenAFileStoreForAPath() {
        final Path root = dir.resolve("rootinfo");
        assertThat(open(new RendezvousAddress.File(root), 0, 1)).isInstanceOf(FileStore.class);
    }

    @Test
    void shouldOpenATcpStoreServedByRankZero() {
        final int port = TestPorts.free();
        final RendezvousAddress where = new RendezvousAddress.Tcp("127.0.0.1", port);
        try (TcpStore rank0 = (TcpStore) open(where, 0, 1); TcpStore rank1 = (TcpStore) open(where, 1, 2)) {
            assertThat(rank0.serves()).as("rank 0 serves").isTrue();
            assertThat(rank1.serves()).as("rank 1 only connects").isFalse();
            assertThat(rank0.set("k", V)).isTrue();
            assertThat(rank1.get("k")).isInstanceOf(RendezvousStore.Lookup.Present.class);
        }
        assertThat(TestPorts.listening(port)).as("port freed when rank 0 closes").isFalse();
    }

    @Test
    void shouldWriteForANewTokenOverTheSameConnection() {
        final int port = TestPorts.free();
        try (TcpStore reader = (TcpStore) open(new RendezvousAddress.Tcp("127.0.0.1", port), 0, 0)) {
            final TcpStore writer = reader.withWriter(new StoreRecord.Writer(42, 1, 1));
            assertThat(writer.compareAndSet("k", Optional.empty(), V)).isTrue();
            assertThat(((RendezvousStore.Lookup.Present) reader.get("k")).record().writer().token())
                .as("record stamped with the new token").isEqualTo(42);
            assertThat(reader.deleteOwn("k")).as("the token-0 reader owns nothing").isFalse();
            assertThat(writer.deleteOwn("k")).isTrue();
        }
    }
}
