package io.comm4j.internal;

import io.comm4j.RendezvousAddress;
import io.comm4j.Stage;

import java.time.Duration;

/**
 * The one place a backend gets its {@link RendezvousStore} from: a {@link FileStore} for a path, a
 * {@link TcpStore} (rank 0 serving) for {@code tcp://HOST:PORT}, as {@link RendezvousAddress} says.
 */
public final class RendezvousStores {
    private RendezvousStores() {
    }

    /**
     * Opens the store at {@code where} for {@code rank}: for a path, nothing is touched yet; for TCP,
     * rank 0 binds the server and every rank connects ({@link RendezvousStore#close} releases both).
     *
     * @param group          the group key every TCP message carries (ranks of one group must agree on it)
     * @param uid            this process's user (file store: only its files are trusted)
     * @param liveness       decides whether a file record's writer is gone
     * @param connectTimeout how long a TCP client retries reaching rank 0
     * @param ioTimeout      the longest one TCP request may take before rank 0 counts as gone
     * @param stage          the stage a failure to open is reported at
     */
    public static RendezvousStore open(final RendezvousAddress where, final int rank, final String group,
                                       final StoreRecord.Writer writer, final int uid, final ProcessLiveness liveness,
                                       final Waiter waiter, final String backend, final Duration connectTimeout,
                                       final Duration ioTimeout, final Stage stage) {
        return switch (where) {
            case RendezvousAddress.File(var path) -> new FileStore(path, uid, writer, liveness, waiter, backend);
            case RendezvousAddress.Tcp(var host, var port) -> TcpStore.open(host, port, rank == 0, group, writer, waiter,
                backend, connectTimeout, ioTimeout, stage);
        };
    }
}
