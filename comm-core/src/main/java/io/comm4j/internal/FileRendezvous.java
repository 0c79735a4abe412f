package io.comm4j.internal;

import io.comm4j.CommException;
import io.comm4j.RendezvousAddress;
import io.comm4j.Stage;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The rendezvous of contract section 5 for backends whose ranks share nothing but a rendezvous
 * address (HCCL), as a thin user of the one {@link RendezvousStore}: a {@link FileStore} next to a path
 * every rank sees, or a {@link TcpStore} whose server rank 0 runs for exactly as long as the group
 * ({@code tcp://HOST:PORT}, for hosts without a shared filesystem). The same records travel either way.
 * Keys:
 * <pre>
 * key                     written by   payload
 * ----------------------  -----------  -----------------------------------------
 * "" (the path itself)    rank 0       the backend's root info (HCCL: HcclRootInfo)
 * barrier.&lt;tag&gt;.&lt;r&gt;       rank r       empty: rank r reached barrier tag
 * ipc.&lt;phase&gt;.&lt;r&gt;         rank r       rank r's record of an all-gather phase
 * departed.&lt;r&gt;            rank r       empty: rank r left the run
 * abort                   first to fail  "&lt;rank&gt;\n&lt;STAGE&gt;\n&lt;message&gt;" (UTF-8): the group failed
 * </pre>
 * Every record carries the run token (rank 0's, adopted by every rank) and its writer's pid and start
 * time, so a record of another run is never mistaken for this run's, and a crashed run's record is
 * recognised by its dead writer.
 *
 * <p><b>What is touched.</b> Rank 0 first removes, key by key, records whose writer is dead (a crashed
 * run); then it publishes the root info with compare-and-set on an empty key. Anything else at the path
 * (a user's file, a file of another user, a symbolic link, a live run's record) is refused at INIT
 * with a message naming the file and why, and is never replaced or deleted. Only the declared keys are
 * ever looked at: no directory listing, no pattern, so a group whose path merely shares a prefix is
 * never touched.
 *
 * <p><b>Over TCP.</b> Rank 0 binds the server before anything else (a port that is taken fails INIT,
 * naming who holds it); every other rank connects, retrying until the timeout. A rank's liveness is
 * its connection to the server (so peers on other hosts learn of a death), and every message carries
 * the group key {@code <backend>/nranks=<n>}, so a rank of another group is refused naming both.
 * Rank 0 closes the server, freeing the port, when it leaves (after every peer left or died, bounded
 * by the timeout) or when the rendezvous fails; a peer then fails at its stage naming rank 0.
 *
 * <p><b>Leaving.</b> Each rank records {@code departed.<r>}; the last rank to leave (a peer counts as
 * left when it departed or its writer process is dead) removes every record of the run. Rank 0 waits,
 * up to the timeout, until every peer has left or died, so a peer that dies after the destroy barrier
 * does not strand the run's records. Rank 0 removes
 * everything of the run at once when it knows a peer is gone ({@link #removeAll}); a peer leaving a run
 * that is aborted, or already removed, removes its own records and writes no {@code departed}.
 *
 * <p><b>Abort.</b> The first rank to fail writes {@code abort} ({@link #abort}); every wait of the run
 * checks it every 100 ms and fails at its own stage naming that rank ({@link #throwIfAborted}).
 *
 * <p>Not thread-safe: one per communicator.
 */
public final class FileRendezvous {
    private static final Logger LOG = LogManager.getLogger(FileRendezvous.class);
    private static final String DEPARTED = "departed";
    private static final String ABORT = "abort";
    /** The longest abort message kept: the record stays well under the store's payload limit. */
    private static final int MAX_ABORT_MESSAGE = 1024;
    /** How often a waiting non-root rank re-reads the root-info token (it is a file read). */
    private static final long TOKEN_RECHECK_NANOS = 2_000_000;
    private static final ProcessLiveness LIVENESS = ProcessLiveness.thisHost();
    /** The longest one store request may take before rank 0's server counts as gone. */
    private static final Duration MAX_IO_WAIT = Duration.ofSeconds(10);
    /** How often a barrier looks whether a missing rank's process died: a few file reads per rank. */
    private static final long LIVENESS_RECHECK_NANOS = 100_000_000L;

    private final RendezvousAddress where;
    /** The rendezvous file, or null over TCP. */
    private final Path rootInfoPath;
    private final int rank;
    private final int nranks;
    private final Duration timeout;
    private final String backend;
    private final List<String> tags;
    private final List<String> phases;
    private final Waiter waiter;
    private final int uid;
    private final StoreRecord.Writer self;
    /** The store writing for {@link #runToken}; null over TCP until {@link #exchangeRootInfo} connects. */
    private RendezvousStore store;
    /**
     * The store as opened, writing for token 0 ({@link RendezvousStores#open}): for files made at
     * construction; over TCP this rank's connection (and, on rank 0, the server), null until
     * {@link #open} and once released.
     */
    private RendezvousStore opened;
    private long runToken;
    private byte[] payload;

    /**
     * @param tags the barrier tags this protocol uses (letters, digits, '_' and '-'), e.g.
     *             {@code rootinfo_ready, hccl_init, destroy}
     */
    public FileRendezvous(final Path rootInfoPath, final int rank, final int nranks, final Duration timeout,
                          final String backend, final List<String> tags) {
        this(rootInfoPath, rank, nranks, timeout, backend, tags, List.of());
    }

    /**
     * @param tags   the barrier tags this protocol uses (letters, digits, '_' and '-')
     * @param phases the all-gather phases {@link #allGather} may be called with (same alphabet)
     */
    public FileRendezvous(final Path rootInfoPath, final int rank, final int nranks, final Duration timeout,
                          final String backend, final List<String> tags, final List<String> phases) {
        this(new RendezvousAddress.File(rootInfoPath), rank, nranks, timeout, backend, tags, phases);
    }

    /**
     * A rendezvous at {@code where}: a file path, or a TCP server rank 0 runs. Nothing is opened or
     * bound here; {@link #exchangeRootInfo} does that under the timeout.
     *
     * @param tags   the barrier tags this protocol uses (letters, digits, '_' and '-')
     * @param phases the all-gather phases {@link #allGather} may be called with (same alphabet)
     */
    public FileRendezvous(final RendezvousAddress where, final int rank, final int nranks, final Duration timeout,
                          final String backend, final List<String> tags, final List<String> phases) {
        this.rootInfoPath = where instanceof RendezvousAddress.File(Path p) ? p.toAbsolutePath().normalize() : null;
        this.where = rootInfoPath != null ? new RendezvousAddress.File(rootInfoPath) : where;
        this.rank = rank;
        this.nranks = nranks;
        this.timeout = timeout;
        this.backend = backend;
        this.tags = List.copyOf(tags);
        this.phases = List.copyOf(phases);
        for (final String name : concat(this.tags, this.phases)) {
            if (!name.matches("[A-Za-z0-9_-]{1,32}")) {
                throw new IllegalArgumentException("barrier tag or phase '" + name + "' is not allowed");
            }
        }
        this.waiter = Waiter.system(backend);
        this.uid = currentUid();
        final ProcessHandle me = ProcessHandle.current();
        this.self = new StoreRecord.Writer(0, me.pid(), ProcessLiveness.startTime(me));
        this.opened = rootInfoPath != null ? openStore() : null;
        this.store = opened;
    }

    /** The group key every TCP message carries: ranks agree on it without talking first. */
    private String groupKey() {
        return backend + "/nranks=" + nranks;
    }

    /** The run token this rank uses (0 before {@link #exchangeRootInfo}). */
    public long runToken() {
        return runToken;
    }

    /**
     * Rank 0 removes a crashed run's records, makes a run token, asks {@code payloadOnRoot} for the
     * root info and publishes it; every other rank waits for a record of a live rank 0 and takes its
     * token and payload. Then every rank passes barrier {@code readyTag}. Collective; bounded by the timeout.
     *
     * @param payloadOnRoot called on rank 0 only (HCCL: HcclGetRootInfo); must return payloadSize bytes
     * @return the payload every rank now shares
     * @throws CommException at {@link Stage#INIT}: a timeout naming the missing rank, a refused file
     *                       (named, with the reason) or an unwritable one; this rank's records are removed first
     */
    public byte[] exchangeRootInfo(final Supplier<byte[]> payloadOnRoot, final int payloadSize,
                                   final String readyTag) {
        if (payloadSize <= 0 || payloadSize > StoreRecord.MAX_PAYLOAD) {
            throw new IllegalArgumentException("payloadSize=" + payloadSize);
        }
        try {
            open();
            if (rank == 0) {
                publishRootInfo(payloadOnRoot, payloadSize);
            } else {
                adopt(awaitRootInfo(payloadSize));
            }
            barrier(readyTag, Stage.INIT);
            return payload.clone();
        } catch (final RuntimeException e) {
            abandonExchange(e);
            throw e;
        }
    }

    /** On a rank other than 0: rank 0's root-info record, once one of this run is there, under the timeout. */
    private StoreRecord awaitRootInfo(final int payloadSize) {
        final StoreRecord[] root = new StoreRecord[1];
        final String[] seen = {"nothing there yet"};
        waiter.await(() -> {
            switch (store.get(FileStore.ROOT, Stage.INIT)) {
                case RendezvousStore.Lookup.Absent a -> seen[0] = "nothing there yet";
                case RendezvousStore.Lookup.Foreign f -> seen[0] = "found a file comm4j will not use: " + f.why();
                case RendezvousStore.Lookup.Present(StoreRecord r) -> {
                    if (acceptable(r, payloadSize)) {
                        root[0] = r;
                    } else {
                        seen[0] = "found a record of a finished or crashed run (pid " + r.writer().pid() + ")";
                    }
                }
            }
            return root[0] != null;
        }, timeout, Stage.INIT, () -> "rank 0 to publish a valid root-info " + (rootInfoPath != null
            ? "file at " + rootInfoPath : "record at " + where) + " (" + seen[0] + ")");
        return root[0];
    }

    /**
     * After a failed exchange: rank 0 removes every file, others their own records (a failure doing
     * so is added to {@code failure}) and release the rendezvous.
     */
    private void abandonExchange(final RuntimeException failure) {
        if (rank == 0) {
            removeAll();
        } else {
            try {
                removeOwnRecords();
            } catch (final RuntimeException cleanup) {
                failure.addSuppressed(cleanup);
            }
            release();
        }
    }

    /** Files: the directory must exist. TCP: rank 0 binds the server, every rank connects (bounded). */
    private void open() {
        if (rootInfoPath != null) {
            requireDirectory();
            return;
        }
        if (opened == null) {
            opened = openStore();
            store = storeFor(runToken);
        }
    }

    private RendezvousStore openStore() {
        final Duration io = timeout.compareTo(MAX_IO_WAIT) < 0 ? timeout : MAX_IO_WAIT;
        return RendezvousStores.open(where, rank, groupKey(), self, uid, LIVENESS, waiter, backend, timeout, io,
            Stage.INIT);
    }

    /** Closes the TCP connection and, on rank 0, the server (freeing the port). Files: nothing. */
    private void release() {
        if (rootInfoPath == null && opened != null) {
            opened.close();
            opened = null;
        }
    }

    private void publishRootInfo(final Supplier<byte[]> payloadOnRoot, final int payloadSize) {
        for (final String key : allKeys()) {
            store.deleteIfWriterDead(key).ifPresent(r -> LOG.info("rank 0: removed {} left by a crashed run (pid {})",
                store.describe(key), r.writer().pid()));
        }
        refuseIfTaken(FileStore.ROOT);
        runToken = RunToken.next(rank);
        store = storeFor(runToken);
        final byte[] data = payloadOnRoot.get();
        if (data.length != payloadSize) {
            throw new CommException(Stage.INIT, backend, "root info is " + data.length + " bytes, expected " + payloadSize);
        }
        payload = data.clone();
        if (!store.compareAndSet(FileStore.ROOT, Optional.empty(), payload)) {
            refuseIfTaken(FileStore.ROOT);
            throw new CommException(Stage.INIT, backend, "another rank 0 published at " + where + " first");
        }
    }

    /** Throws naming the file when something comm4j may not replace occupies {@code key}. */
    private void refuseIfTaken(final String key) {
        switch (store.get(key)) {
            case RendezvousStore.Lookup.Absent absent -> { }
            case RendezvousStore.Lookup.Foreign(String where, String why, boolean distrusted) ->
                throw new CommException(Stage.INIT, backend, "refusing rendezvous file " + where + ": " + why
                    + "; comm4j never replaces or deletes a file it did not create: choose another path or remove it");
            case RendezvousStore.Lookup.Present(StoreRecord r) -> {
                if (r.writer().token() != runToken || runToken == 0) {
                    throw new CommException(Stage.INIT, backend, "refusing rendezvous file " + store.describe(key)
                        + ": it belongs to a live run (token " + RunToken.hex(r.writer().token()) + ", pid "
                        + r.writer().pid() + "); two groups cannot share one path");
                }
            }
        }
    }

    private boolean acceptable(final StoreRecord r, final int payloadSize) {
        return r.writer().token() != 0 && r.payload().length == payloadSize && store.writerAlive(r.writer(), Stage.INIT);
    }

    private void adopt(final StoreRecord root) {
        runToken = root.writer().token();
        payload = root.payload();
        store = storeFor(runToken);
    }

    /**
     * Records this rank's arrival at {@code tag} and waits until every rank's record of this run is
     * there. Collective.
     *
     * @throws CommException at {@code stage}: a timeout naming the ranks that never came, or a refused record
     */
    public void barrier(final String tag, final Stage stage) {
        if (!tags.contains(tag)) {
            throw new IllegalArgumentException("barrier tag '" + tag + "' was not declared: " + tags);
        }
        requireToken();
        publishOwn(barrierKey(tag, rank), new byte[0], stage);
        final boolean[] arrived = new boolean[nranks];
        arrived[rank] = true;
        final boolean followToken = rank != 0 && tag.equals(tags.getFirst());
        final long[] nextTokenCheck = {System.nanoTime() + TOKEN_RECHECK_NANOS};
        final BooleanSupplier allArrived = () -> {
            if (followToken && System.nanoTime() - nextTokenCheck[0] >= 0) {
                nextTokenCheck[0] = System.nanoTime() + TOKEN_RECHECK_NANOS;
                if (adoptReplacedRootInfo(tag, stage)) {
                    Arrays.fill(arrived, false);
                    arrived[rank] = true;
                }
            }
            boolean all = true;
            for (int r = 0; r < nranks; r++) {
                if (!arrived[r]) {
                    arrived[r] = isThisRun(barrierKey(tag, r), stage);
                    all &= arrived[r];
                }
            }
            return all;
        };
        waiter.await(allArrived, timeout, stage, () -> missing(arrived) + " to write "
            + store.describe(barrierKey(tag, firstMissing(arrived))) + " (barrier '" + tag + "')",
            everyRecheck(() -> {
                if (followToken) {
                    throwIfAborted(stage); // rank 0 may replace a stale root info here: that is adopted, not an end
                } else {
                    throwIfRunEnded(stage);
                }
                throwIfAMissingRankDied(arrived, tag, stage);
            }));
    }

    /**
     * A rank that wrote a record of this run and whose process has since died can never arrive: fail
     * now, naming it, instead of at the deadline. A rank with no record of this run yet is left to the
     * deadline (it may still be starting).
     */
    private void throwIfAMissingRankDied(final boolean[] arrived, final String tag, final Stage stage) {
        for (int r = 0; r < nranks; r++) {
            if (!arrived[r] && r != rank) {
                final StoreRecord.Writer writer = writerInRun(r, stage);
                if (writer != null && !store.writerAlive(writer, stage)) {
                    throw new CommException(stage, backend, "rank " + r + " (pid " + writer.pid()
                        + ", no longer running) died before it reached barrier '" + tag + "' on " + where);
                }
            }
        }
    }

    /**
     * Publishes {@code mine} for {@code phase} and returns every rank's record of this run (index = rank).
     * Collective; bounded by the timeout. The records stay until the run's records are removed on leaving.
     *
     * @throws CommException at {@code stage}: a record cannot be written, or a rank never publishes
     */
    public byte[][] allGather(final String phase, final byte[] mine, final Stage stage) {
        if (!phases.contains(phase)) {
            throw new IllegalArgumentException("phase '" + phase + "' was not declared: " + phases);
        }
        requireToken();
        publishOwn(ipcKey(phase, rank), mine, stage);
        final byte[][] records = new byte[nranks][];
        records[rank] = mine.clone();
        waiter.await(() -> {
            boolean all = true;
            for (int r = 0; r < nranks; r++) {
                if (records[r] == null) {
                    if (store.get(ipcKey(phase, r), stage) instanceof RendezvousStore.Lookup.Present(StoreRecord rec)
                        && rec.writer().token() == runToken) {
                        records[r] = rec.payload();
                    } else {
                        all = false;
                    }
                }
            }
            return all;
        }, timeout, stage, () -> "rank " + firstMissing(records) + " to publish its '" + phase + "' record "
            + store.describe(ipcKey(phase, firstMissing(records))), everyRecheck(() -> throwIfRunEnded(stage)));
        return records;
    }

    /**
     * Records that this rank failed at {@code stage}, so that every other rank's waits of this run fail
     * at once naming it ({@link #throwIfAborted}), and a late rank fails at its next collective. The
     * first failure of the run is kept; a later one changes nothing. Local and never throws (a store that
     * cannot be written leaves the peers to their deadline, logged); nothing happens before the run
     * token exists (until then no peer waits on this run).
     *
     * @param why the failure, as this rank reports it (cut to a bounded length)
     */
    public void abort(final Stage stage, final String why) {
        if (runToken == 0 || store == null) {
            return;
        }
        final String message = why == null ? "" : why.length() > MAX_ABORT_MESSAGE
            ? why.substring(0, MAX_ABORT_MESSAGE) + "..." : why;
        try {
            if (!isThisRun(FileStore.ROOT, stage)) {
                return; // rank 0 already removed the run: nobody waits on it any more
            }
            store.compareAndSet(ABORT, Optional.empty(),
                (rank + "\n" + stage.name() + "\n" + message).getBytes(StandardCharsets.UTF_8));
        } catch (final RuntimeException e) {
            LOG.warn("rank {}: could not record the group's abort at {}: {}", rank, where, e.toString());
        }
    }

    /**
     * Fails at {@code stage} when another rank recorded an abort of this run, naming that rank, the
     * stage it failed at and its message. A rank's own abort does not count: it already knows.
     *
     * @throws CommException at {@code stage} when the group is aborted
     */
    public void throwIfAborted(final Stage stage) {
        if (runToken == 0 || store == null
            || !(store.get(ABORT, stage) instanceof RendezvousStore.Lookup.Present(StoreRecord r))
            || r.writer().token() != runToken) {
            return;
        }
        final String[] parts = new String(r.payload(), StandardCharsets.UTF_8).split("\n", 3);
        if (parts.length == 3 && parts[0].equals(Integer.toString(rank))) {
            return;
        }
        final String who = parts.length == 3 ? "rank " + parts[0] : "a rank";
        final String at = parts.length == 3 ? stageLabel(parts[1]) : "an unknown stage";
        final String message = parts.length == 3 ? parts[2] : new String(r.payload(), StandardCharsets.UTF_8);
        throw new CommException(stage, backend, who + " failed first at " + at + " (the group is aborted): " + message);
    }

    /**
     * {@link #throwIfAborted}, and a failure too when rank 0 has removed the run while this rank waits
     * on it (its root info is gone): rank 0 removes a failed run at once, its abort record with it.
     */
    private void throwIfRunEnded(final Stage stage) {
        throwIfAborted(stage);
        if (rank != 0 && !isThisRun(FileStore.ROOT, stage)) {
            throw new CommException(stage, backend, "rank 0 ended the run while this rank waited on it: "
                + store.describe(FileStore.ROOT) + " no longer holds this run's root info (rank 0 failed or aborted)");
        }
    }

    private static String stageLabel(final String name) {
        try {
            return Stage.valueOf(name).label();
        } catch (final IllegalArgumentException e) {
            return name;
        }
    }

    /** Runs {@code check} at most every {@link #LIVENESS_RECHECK_NANOS}, for a wait's periodic check. */
    private static Runnable everyRecheck(final Runnable check) {
        final long[] next = {System.nanoTime() + LIVENESS_RECHECK_NANOS};
        return () -> {
            if (System.nanoTime() - next[0] >= 0) {
                next[0] = System.nanoTime() + LIVENESS_RECHECK_NANOS;
                check.run();
            }
        };
    }

    /**
     * Ends this rank's part in the run: records that it left, and the last rank to leave (peers that
     * departed or whose process is gone count as left) removes every record of the run. Over TCP the
     * connection is closed after, and rank 0's server with it. Never throws.
     */
    public void leave() {
        try {
            leaveRun();
        } finally {
            release();
        }
    }

    private void leaveRun() {
        if (runToken == 0) {
            return;
        }
        try {
            if (rank != 0 && (!isThisRun(FileStore.ROOT, Stage.DESTROY) || isThisRun(ABORT, Stage.DESTROY))) {
                // rank 0 removes (or removed) a failed run at once, without waiting for departures: a
                // departed record written now could outlive its removal, so this rank removes its own part,
                // and an abort record it may have written just after rank 0 removed the run
                removeOwnRecords();
                if (!isThisRun(FileStore.ROOT, Stage.DESTROY)) {
                    store.deleteOwn(ABORT);
                }
                return;
            }
            publishOwn(DEPARTED + "." + rank, new byte[0], Stage.DESTROY);
            // Rank 0 owns the run's records: it waits (bounded) for its peers to leave or die, so a peer
            // that dies after the destroy barrier cannot strand them; any other rank leaves at once.
            final long deadline = System.nanoTime() + timeout.toNanos();
            while (!everyPeerGone()) {
                if (rank != 0 || System.nanoTime() - deadline >= 0) {
                    return;
                }
                Thread.sleep(1);
            }
            removeRunRecords();
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (final RuntimeException e) {
            LOG.warn("rank {}: could not record leaving rendezvous {}: {}", rank, where, e.toString());
        }
    }

    /**
     * Removes every record of this run (and a crashed run's). For rank 0 when a peer is gone; over TCP
     * it then closes the connection (rank 0: the server, so every peer fails at once). Never throws.
     */
    public void removeAll() {
        try {
            if (store != null) {
                if (rank == 0 && runToken != 0 && isThisRun(ABORT, Stage.DESTROY)) {
                    awaitPeersCleanedUp();
                }
                removeRunRecords();
            }
        } catch (final RuntimeException e) {
            LOG.warn("rank {}: could not remove rendezvous records of {}: {}", rank, where, e.toString());
        } finally {
            release();
        }
    }

    /**
     * Rank 0 of an aborted run keeps the abort record (and the root info) until every peer has removed
     * its own records or is gone, bounded by the timeout, so a peer still waiting reads why the group
     * failed rather than only that rank 0 left. Never throws.
     */
    private void awaitPeersCleanedUp() {
        final long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!everyPeerCleanedUp() && System.nanoTime() - deadline < 0) {
                Thread.sleep(10);
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (final RuntimeException e) {
            LOG.warn("rank 0: waiting for the peers of aborted run {} to leave: {}", where, e.toString());
        }
    }

    private boolean everyPeerCleanedUp() {
        for (int r = 1; r < nranks; r++) {
            for (final String key : keysOf(r)) {
                if (store.get(key, Stage.DESTROY) instanceof RendezvousStore.Lookup.Present(StoreRecord rec)
                    && rec.writer().token() == runToken && store.writerAlive(rec.writer(), Stage.DESTROY)) {
                    return false;
                }
            }
        }
        return true;
    }

    // ---- records ---------------------------------------------------------------------------------

    private void publishOwn(final String key, final byte[] value, final Stage stage) {
        if (!store.set(key, value, stage)) {
            store.deleteIfWriterDead(key);
            if (!store.set(key, value, stage)) {
                final String what = store.get(key, stage) instanceof RendezvousStore.Lookup.Foreign(String w, String why, boolean d)
                    ? why : "a record of another live run";
                throw new CommException(stage, backend, "refusing rendezvous file " + store.describe(key) + ": " + what);
            }
        }
    }

    private boolean everyPeerGone() {
        for (int r = 0; r < nranks; r++) {
            if (r != rank && !isThisRun(DEPARTED + "." + r, Stage.DESTROY) && isAliveInRun(r)) {
                return false;
            }
        }
        return true;
    }

    private boolean isThisRun(final String key, final Stage stage) {
        return store.get(key, stage) instanceof RendezvousStore.Lookup.Present(StoreRecord r) && r.writer().token() == runToken;
    }

    /** Whether rank {@code r} may still come: no record of it in this run, or its writer still runs. */
    private boolean isAliveInRun(final int r) {
        final StoreRecord.Writer writer = writerInRun(r, Stage.DESTROY);
        return writer == null || store.writerAlive(writer, Stage.DESTROY);
    }

    /** The writer of rank {@code r}'s first barrier record of this run, or null when it has none. */
    private StoreRecord.Writer writerInRun(final int r, final Stage stage) {
        for (final String tag : tags) {
            if (store.get(barrierKey(tag, r), stage) instanceof RendezvousStore.Lookup.Present(StoreRecord rec)
                && rec.writer().token() == runToken) {
                return rec.writer();
            }
        }
        return null;
    }

    /** A non-root rank notices that rank 0 replaced a stale record; true when it switched runs. */
    private boolean adoptReplacedRootInfo(final String tag, final Stage stage) {
        if (!(store.get(FileStore.ROOT, stage) instanceof RendezvousStore.Lookup.Present(StoreRecord r))
            || r.writer().token() == runToken || r.payload().length != payload.length
            || !store.writerAlive(r.writer(), stage)) {
            return false;
        }
        LOG.info("rank {}: root info at {} was replaced (token {} -> {}); joining the new run", rank,
            where, RunToken.hex(runToken), RunToken.hex(r.writer().token()));
        store.deleteOwn(barrierKey(tag, rank));
        adopt(r);
        publishOwn(barrierKey(tag, rank), new byte[0], stage);
        return true;
    }

    private void removeOwnRecords() {
        if (runToken == 0) {
            return;
        }
        for (final String key : keysOf(rank)) {
            store.deleteOwn(key);
        }
    }

    private void removeRunRecords() {
        for (final String key : allKeys()) {
            if (runToken == 0 || !store.deleteOwn(key)) {
                store.deleteIfWriterDead(key);
            }
        }
    }

    private List<String> keysOf(final int r) {
        final List<String> keys = new ArrayList<>();
        tags.forEach(t -> keys.add(barrierKey(t, r)));
        phases.forEach(p -> keys.add(ipcKey(p, r)));
        keys.add(DEPARTED + "." + r);
        return keys;
    }

    /**
     * Every key of this protocol; the root info next to last, so it is the last thing a late joiner can
     * see go, and the abort record after it, so a leaving rank that still sees the root info of an
     * aborted run also sees the abort.
     */
    private List<String> allKeys() {
        final List<String> keys = new ArrayList<>();
        for (int r = 0; r < nranks; r++) {
            keys.addAll(keysOf(r));
        }
        keys.add(FileStore.ROOT);
        keys.add(ABORT);
        return keys;
    }

    private static String barrierKey(final String tag, final int r) {
        return "barrier." + tag + "." + r;
    }

    private static String ipcKey(final String phase, final int r) {
        return "ipc." + phase + "." + r;
    }

    private RendezvousStore storeFor(final long token) {
        final StoreRecord.Writer writer = new StoreRecord.Writer(token, self.pid(), self.startTime());
        return opened.withWriter(writer);
    }

    // ---- checks ----------------------------------------------------------------------------------

    private void requireDirectory() {
        if (!Files.isDirectory(rootInfoPath.getParent())) {
            throw new CommException(Stage.INIT, backend, "rendezvous directory " + rootInfoPath.getParent()
                + " does not exist (rootinfo path " + rootInfoPath + ")");
        }
    }

    private void requireToken() {
        if (runToken == 0) {
            throw new IllegalStateException("no run token yet: exchangeRootInfo first");
        }
    }

    private static int currentUid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (final IOException | UnsupportedOperationException e) {
            throw new IllegalStateException("cannot tell this process's uid from /proc/self: " + e, e);
        }
    }

    private static List<String> concat(final List<String> a, final List<String> b) {
        final List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String missing(final boolean[] arrived) {
        final List<Integer> ranks = new ArrayList<>();
        for (int r = 0; r < arrived.length; r++) {
            if (!arrived[r]) {
                ranks.add(r);
            }
        }
        return ranks.size() == 1 ? "rank " + ranks.getFirst() : "ranks " + ranks;
    }

    private static int firstMissing(final boolean[] arrived) {
        for (int r = 0; r < arrived.length; r++) {
            if (!arrived[r]) {
                return r;
            }
        }
        return 0;
    }

    private static int firstMissing(final byte[][] records) {
        for (int r = 0; r < records.length; r++) {
            if (records[r] == null) {
                return r;
            }
        }
        return 0;
    }
}
