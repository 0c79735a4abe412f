package io.comm4j.internal;

import io.comm4j.CommException;
import io.comm4j.Stage;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;

/**
 * A {@link RendezvousStore} over TCP in the style of c10d's TCPStore: rank 0 serves the records
 * ({@link TcpStoreServer}) and every rank, rank 0 included, is a client of that server over one
 * connection. Same rules as {@link FileStore}: set publishes when absent or own, compare-and-set on
 * a token, delete only one's own run's record. The server lives only as long as its group, so it
 * never holds a crashed run's records: {@link #deleteIfWriterDead} has nothing to delete.
 *
 * <p>A lost server (rank 0 died) fails the call at its stage, naming rank 0 and its address; every
 * read has a socket timeout, so a host that vanished without a reset cannot hang a rank either.
 */
public final class TcpStore implements RendezvousStore, AutoCloseable {
    private final String host;
    private final int port;
    private final String group;
    private final StoreRecord.Writer writer;
    private final Waiter waiter;
    private final String backend;
    private final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream out;
    private final TcpStoreServer server;

    private TcpStore(final String host, final int port, final String group, final StoreRecord.Writer writer,
                     final Waiter waiter, final String backend, final Socket socket, final TcpStoreServer server)
        throws IOException {
        this.host = host;
        this.port = port;
        this.group = group;
        this.writer = writer;
        this.waiter = waiter;
        this.backend = backend;
        this.socket = socket;
        this.server = server;
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        this.out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
    }

    /**
     * Opens the store of {@code group} at {@code host:port}: rank 0 binds the server there first,
     * every rank then connects, retrying until {@code connectTimeout} (rank 0 may start last).
     *
     * @param ioTimeout the longest one request may take before the server counts as gone
     * @throws CommException at {@code stage} when the server cannot be bound or reached in time
     */
    public static TcpStore open(final String host, final int port, final boolean serve, final String group,
                                final StoreRecord.Writer writer, final Waiter waiter, final String backend,
                                final Duration connectTimeout, final Duration ioTimeout, final Stage stage) {
        if (port <= 0 || port > 65535) {
            throw new CommException(stage, backend, "rendezvous port must be 1..65535 (0 is not 'any' here), got "
                + port + " in tcp://" + host + ":" + port);
        }
        if (group.isEmpty() || group.length() > TcpStoreWire.MAX_GROUP) {
            throw new IllegalArgumentException("group key must be 1.." + TcpStoreWire.MAX_GROUP + " characters");
        }
        TcpStoreServer server = null;
        if (serve) {
            try {
                server = TcpStoreServer.start(host, port, group);
            } catch (final IOException e) {
                throw new CommException(stage, backend, "rank 0 " + e.getMessage()
                    + (e.getCause() instanceof BindException ? whoHolds(host, port, group) : ""), e);
            }
        }
        try {
            final Socket s = connect(host, port, waiter, backend, connectTimeout, stage);
            s.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, ioTimeout.toMillis())));
            s.setTcpNoDelay(true);
            return new TcpStore(host, port, group, writer, waiter, backend, s, server);
        } catch (final RuntimeException | IOException e) {
            if (server != null) {
                server.close();
            }
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new CommException(stage, backend, "cannot talk to the rendezvous server (rank 0) at "
                + host + ":" + port + ": " + e, e);
        }
    }

    /**
     * Why rank 0 could not bind, as far as asking the port can tell: another comm4j group's server
     * (its refusal names both groups), a server of this very group (a second rank 0), or something
     * that does not speak the store's protocol. One bounded request; never throws.
     */
    private static String whoHolds(final String host, final int port, final String group) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 500);
            s.setSoTimeout(1_000);
            final DataOutputStream o = new DataOutputStream(new BufferedOutputStream(s.getOutputStream()));
            TcpStoreWire.writeRequest(o, new TcpStoreWire.Request(TcpStoreWire.OP_GET, group, "", false, 0, new byte[0]));
            final TcpStoreWire.Reply r = TcpStoreWire.readReply(new DataInputStream(new BufferedInputStream(s.getInputStream())));
            if (r.status() == TcpStoreWire.ERROR) {
                return "; the port is held by another comm4j group: " + r.message();
            }
            return "; another rank 0 of group '" + group + "' already serves this port (two rank 0s, or two groups "
                + "with one backend and size on one port): give each group its own port";
        } catch (final IOException e) {
            return "; the port is in use by something that is not a comm4j rendezvous server (" + e + "): pick "
                + "another port";
        }
    }

    private static Socket connect(final String host, final int port, final Waiter waiter, final String backend,
                                  final Duration timeout, final Stage stage) {
        final Socket[] got = new Socket[1];
        final String[] last = {"no attempt"};
        // Connection refused comes back at once: back off 1, 2, 4 .. 50 ms, so a rank 0 that starts a
        // moment later is reached within about a millisecond and a late one is not hammered.
        final long[] pauseMillis = {1};
        waiter.await(() -> {
                final Socket s = new Socket();
                try {
                    s.connect(new InetSocketAddress(host, port), 1_000);
                    got[0] = s;
                    return true;
                } catch (final IOException e) {
                    last[0] = e.toString();
                    try {
                        s.close();
                    } catch (final IOException ignored) {
                        // nothing was opened
                    }
                    sleepQuietly(pauseMillis[0]);
                    pauseMillis[0] = Math.min(50, pauseMillis[0] * 2);
                    return false;
                }
            }, timeout, stage, () -> "the rendezvous server (rank 0) at " + host + ":" + port
                + " to accept (last attempt: " + last[0] + ")");
        return got[0];
    }

    private static void sleepQuietly(final long millis) {
        try {
            Thread.sleep(millis);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The same connection (and server) writing for {@code other}: backends make one store per run
     * token as the token becomes known, and a TCP group has one server and one connection per rank.
     * Closing either view closes both.
     */
    @Override
    public TcpStore withWriter(final StoreRecord.Writer other) {
        return new TcpStore(this, other);
    }

    private TcpStore(final TcpStore shared, final StoreRecord.Writer writer) {
        this.host = shared.host;
        this.port = shared.port;
        this.group = shared.group;
        this.writer = writer;
        this.waiter = shared.waiter;
        this.backend = shared.backend;
        this.socket = shared.socket;
        this.server = shared.server;
        this.in = shared.in;
        this.out = shared.out;
    }

    /** Whether this store runs the server (rank 0). */
    public boolean serves() {
        return server != null;
    }

    @Override
    public StoreRecord.Writer writer() {
        return writer;
    }

    @Override
    public String describe(final String key) {
        return "tcp://" + host + ":" + port + "/" + key;
    }

    @Override
    public Waiter waiter() {
        return waiter;
    }

    @Override
    public Lookup get(final String key, final Stage stage) {
        final TcpStoreWire.Reply r = call(TcpStoreWire.OP_GET, key, false, 0, new byte[0], stage);
        if (r.status() == TcpStoreWire.NO) {
            return new Lookup.Absent();
        }
        return StoreRecord.decode(r.body()).<Lookup>map(Lookup.Present::new)
            .orElseGet(() -> new Lookup.Foreign(describe(key), "no comm4j store record header", false));
    }

    @Override
    public boolean set(final String key, final byte[] value, final Stage stage) {
        return cas(key, Optional.empty(), value, stage) || cas(key, Optional.of(writer.token()), value, stage);
    }

    @Override
    public boolean compareAndSet(final String key, final Optional<Long> expectedToken, final byte[] value) {
        return cas(key, expectedToken, value, Stage.INIT);
    }

    private boolean cas(final String key, final Optional<Long> expectedToken, final byte[] value, final Stage stage) {
        final byte[] bytes = new StoreRecord(writer, value).encode();
        return call(TcpStoreWire.OP_CAS, key, expectedToken.isPresent(), expectedToken.orElse(0L), bytes, stage)
            .status() == TcpStoreWire.YES;
    }

    @Override
    public boolean deleteOwn(final String key) {
        try {
            return call(TcpStoreWire.OP_DELETE_OWN, key, true, writer.token(), new byte[0], Stage.DESTROY)
                .status() == TcpStoreWire.YES;
        } catch (final CommException gone) {
            // The server went first (rank 0 finished): its records went with it.
            return false;
        }
    }

    @Override
    public boolean writerAlive(final StoreRecord.Writer w, final Stage stage) {
        final byte[] start = ByteBuffer.allocate(Long.BYTES).putLong(w.startTime()).array();
        return call(TcpStoreWire.OP_ALIVE, "", true, w.pid(), start, stage).status() == TcpStoreWire.YES;
    }

    @Override
    public Optional<StoreRecord> deleteIfWriterDead(final String key) {
        return Optional.empty();
    }

    private TcpStoreWire.Reply call(final int op, final String key, final boolean hasToken, final long token,
                                    final byte[] value, final Stage stage) {
        if (key.length() > TcpStoreWire.MAX_KEY) {
            throw new IllegalArgumentException("store key longer than " + TcpStoreWire.MAX_KEY + ": '" + key + "'");
        }
        final TcpStoreWire.Reply reply;
        try {
            TcpStoreWire.writeRequest(out, new TcpStoreWire.Request(op, group, key, hasToken, token, value));
            reply = TcpStoreWire.readReply(in);
        } catch (final IOException e) {
            throw new CommException(stage, backend, "lost the rendezvous server (rank 0) at " + host + ":" + port
                + ": " + e, e);
        }
        if (reply.status() == TcpStoreWire.ERROR) {
            throw new CommException(stage, backend, "the rendezvous server (rank 0) at " + host + ":" + port
                + " answered group '" + group + "': " + reply.message());
        }
        return reply;
    }

    /** Closes the connection and, on rank 0, the server (its port is free when this returns). */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (final IOException ignored) {
            // closing a connection cannot fail in a way that matters here
        }
        if (server != null) {
            server.close();
        }
    }
}
