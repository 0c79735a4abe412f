package io.comm4j.internal;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server half of the TCP rendezvous store, run by rank 0: an in-memory key/record map for one
 * group, served to clients of that group only. It promises the same rules as {@link FileStore} (a
 * record is replaced only by compare-and-set on its token, deleted only by its own run), answers
 * anything else (another group's key, bytes of another protocol, an oversize frame) with an error
 * reply and a closed connection, and frees its port on {@link #close()}.
 *
 * <p>Liveness without a shared host: a writer (pid and start time) that wrote through a connection
 * counts as gone once that connection has closed, so peers on other hosts learn that a rank died
 * (its process ended, its kernel closed the socket) as soon as rank 0's kernel sees the reset or FIN.
 *
 * <p>One accepting thread, one virtual thread per connection; the map is guarded by its own lock.
 * At most {@value #MAX_CONNECTIONS} connections at once (a group has at most 64 ranks, one
 * connection each): one more is answered with an error naming the limit and closed, so a flood of
 * connections costs bounded memory.
 */
public final class TcpStoreServer implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(TcpStoreServer.class);
    /** Connections served at once; four per rank of the largest group. */
    static final int MAX_CONNECTIONS = 4 * 64;

    private final ServerSocket listener;
    private final String group;
    private final Map<String, StoreRecord> records = new HashMap<>();
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    /** Writers whose connection has closed: (pid, start time). */
    private final Set<List<Long>> gone = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile boolean closed;

    private TcpStoreServer(final ServerSocket listener, final String group) {
        this.listener = listener;
        this.group = group;
        this.acceptor = Thread.ofPlatform().daemon().name("comm4j-store-" + listener.getLocalPort())
            .unstarted(this::acceptLoop);
    }

    /**
     * Binds {@code host:port} and starts serving {@code group}.
     *
     * @throws IOException when the address cannot be bound (the port is in use, the host is not local)
     * @throws IllegalArgumentException for port 0 ("any port" would leave the other ranks guessing)
     */
    public static TcpStoreServer start(final String host, final int port, final String group) throws IOException {
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("rendezvous port must be 1..65535, got " + port);
        }
        final ServerSocket s = new ServerSocket();
        try {
            // Lets a new group bind right after the last one's connections sit in TIME_WAIT; a port
            // that something is listening on still fails the bind on Linux.
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(host, port), 128);
        } catch (final IOException e) {
            s.close();
            throw new IOException("cannot serve the rendezvous store on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        final TcpStoreServer server = new TcpStoreServer(s, group);
        server.acceptor.start();
        return server;
    }

    /** The bound port. */
    public int port() {
        return listener.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            final Socket c;
            try {
                c = listener.accept();
            } catch (final IOException e) {
                if (!closed) {
                    LOG.warn("rendezvous store on port {} stopped accepting: {}", port(), e.toString());
                }
                return;
            }
            if (closed) {
                closeQuietly(c);
                return;
            }
            if (connections.size() >= MAX_CONNECTIONS) {
                Thread.ofVirtual().name("comm4j-store-refuse").start(() -> refuseOverLimit(c));
                continue;
            }
            connections.add(c);
            Thread.ofVirtual().name("comm4j-store-conn").start(() -> serve(c));
        }
    }

    private void serve(final Socket c) {
        final Set<List<Long>> wroteFor = new HashSet<>();
        try (c) {
            c.setTcpNoDelay(true);
            final DataInputStream in = new DataInputStream(new BufferedInputStream(c.getInputStream()));
            final DataOutputStream out = new DataOutputStream(new BufferedOutputStream(c.getOutputStream()));
            while (!closed) {
                final TcpStoreWire.Request r;
                try {
                    r = TcpStoreWire.readRequest(in);
                } catch (final TcpStoreWire.Malformed bad) {
                    reject(out, c, bad.getMessage());
                    return;
                }
                if (!group.equals(r.group())) {
                    reject(out, c, "this rendezvous server (rank 0 of group '" + group + "') refuses a rank of group '"
                        + r.group() + "': two groups share the port");
                    return;
                }
                answer(out, r, wroteFor);
            }
        } catch (final EOFException | SocketException gone) {
            LOG.debug("store connection ended: {}", gone.toString());
        } catch (final IOException e) {
            LOG.debug("store connection failed: {}", e.toString());
        } finally {
            connections.remove(c);
            gone.addAll(wroteFor);
        }
    }

    private void refuseOverLimit(final Socket c) {
        try (c) {
            c.setSoTimeout(1_000);
            reject(new DataOutputStream(new BufferedOutputStream(c.getOutputStream())), c,
                "this rendezvous server already serves " + MAX_CONNECTIONS + " connections (the most it takes)");
        } catch (final IOException e) {
            LOG.debug("refusing connection: {}", e.toString());
        }
    }

    private void reject(final DataOutputStream out, final Socket c, final String why) throws IOException {
        LOG.warn("rendezvous store on port {} refused {}: {}", port(), c.getRemoteSocketAddress(), why);
        TcpStoreWire.writeReply(out, TcpStoreWire.ERROR, why.getBytes(StandardCharsets.UTF_8));
    }

    private void answer(final DataOutputStream out, final TcpStoreWire.Request r, final Set<List<Long>> wroteFor)
        throws IOException {
        switch (r.op()) {
            case TcpStoreWire.OP_GET -> get(out, r);
            case TcpStoreWire.OP_CAS -> compareAndSet(out, r, wroteFor);
            case TcpStoreWire.OP_ALIVE -> alive(out, r);
            default -> delete(out, r);
        }
    }

    /** YES with the record under the key, or NO when there is none. */
    private void get(final DataOutputStream out, final TcpStoreWire.Request r) throws IOException {
        final StoreRecord found;
        synchronized (records) {
            found = records.get(r.key());
        }
        if (found == null) {
            TcpStoreWire.writeReply(out, TcpStoreWire.NO, new byte[0]);
        } else {
            TcpStoreWire.writeReply(out, TcpStoreWire.YES, found.encode());
        }
    }

    /**
     * Puts the record when the key is empty (no token) or holds a record of the request's token: YES
     * when it did. The writer is remembered as one this connection wrote for, so its records' writer
     * reads as gone once the connection ends.
     */
    private void compareAndSet(final DataOutputStream out, final TcpStoreWire.Request r, final Set<List<Long>> wroteFor)
        throws IOException {
        final Optional<StoreRecord> value = StoreRecord.decode(r.value());
        if (value.isEmpty()) {
            TcpStoreWire.writeReply(out, TcpStoreWire.ERROR,
                "compare-and-set value is not a comm4j store record".getBytes(StandardCharsets.UTF_8));
            return;
        }
        wroteFor.add(List.of(value.get().writer().pid(), value.get().writer().startTime()));
        final boolean won;
        synchronized (records) {
            final StoreRecord old = records.get(r.key());
            won = r.hasToken() ? old != null && old.writer().token() == r.token() : old == null;
            if (won) {
                records.put(r.key(), value.get());
            }
        }
        TcpStoreWire.writeReply(out, won ? TcpStoreWire.YES : TcpStoreWire.NO, new byte[0]);
    }

    /** NO when the writer (pid in the token, start time in the value) has lost its connection, else YES. */
    private void alive(final DataOutputStream out, final TcpStoreWire.Request r) throws IOException {
        final long start = r.value().length == Long.BYTES ? ByteBuffer.wrap(r.value()).getLong() : 0;
        TcpStoreWire.writeReply(out, gone.contains(List.of(r.token(), start)) ? TcpStoreWire.NO
            : TcpStoreWire.YES, new byte[0]);
    }

    /** Removes the key's record when it is of the request's (non-zero) token: YES when it did. */
    private void delete(final DataOutputStream out, final TcpStoreWire.Request r) throws IOException {
        final boolean deleted;
        synchronized (records) {
            final StoreRecord old = records.get(r.key());
            deleted = r.hasToken() && r.token() != 0 && old != null && old.writer().token() == r.token();
            if (deleted) {
                records.remove(r.key());
            }
        }
        TcpStoreWire.writeReply(out, deleted ? TcpStoreWire.YES : TcpStoreWire.NO, new byte[0]);
    }

    /** Stops serving: closes the listening socket (the port is free when this returns) and every connection. */
    @Override
    public void close() {
        closed = true;
        closeQuietly(listener);
        for (final Socket c : connections) {
            closeQuietly(c);
        }
        try {
            acceptor.join(2_000);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(final AutoCloseable c) {
        try {
            c.close();
        } catch (final Exception e) {
            LOG.debug("close: {}", e.toString());
        }
    }
}
