package io.comm4j.sim;

import io.comm4j.CommConfig;
import io.comm4j.CommException;
import io.comm4j.RendezvousAddress;
import io.comm4j.Stage;
import io.comm4j.bindings.posix.posix_shm_h;
import io.comm4j.internal.FileStore;
import io.comm4j.internal.RendezvousStore;
import io.comm4j.internal.RendezvousStore.Lookup;
import io.comm4j.internal.RendezvousStores;
import io.comm4j.internal.StoreRecord;
import io.comm4j.internal.TcpStore;
import io.comm4j.internal.Waiter;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;

import static io.comm4j.sim.SegmentDescriptor.HEADER_BYTES;
import static io.comm4j.sim.SegmentDescriptor.LAYOUT_VERSION;
import static io.comm4j.sim.SegmentDescriptor.MAGIC;
import static io.comm4j.sim.SegmentDescriptor.READY_MASK_OFFSET;

/**
 * The init protocol: how ranks started independently with the same rootinfo path meet in one
 * segment (see {@link SimCommunicator} for the reasoning, {@code docs/sim.md} for the steps).
 *
 * <p>Rank 0 removes a crashed run's leftovers, creates a fresh segment with a new launch token,
 * publishes the header (magic last) and then the rendezvous file; joiners read the file, skip files
 * of dead creators and launches that are complete, verify owner, mode, magic and token, claim their
 * rank and set their ready bit. When every bit is set, rank 0 unlinks the segment's name and
 * deletes the file: from then on the segment lives exactly as long as some rank maps it, so a crash
 * after init can leave nothing behind. On failure everything this rank created is released and the
 * group is aborted, so the other ranks fail now rather than at their deadline.
 *
 * <p>The rendezvous file is a {@link RendezvousStore} record: at {@code tcp://HOST:PORT} the same
 * record lives in rank 0's {@link TcpStore} server instead (the ranks still share this host's
 * {@code /dev/shm}), which serves only during init: rank 0 closes it, freeing the port, once every
 * rank has joined or the join failed.
 */
final class Join {
    private static final Logger LOG = LogManager.getLogger(Join.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NAME_ATTEMPTS = 8;
    /** The longest one request to rank 0's server may take before it counts as gone. */
    private static final Duration IO_LIMIT = Duration.ofSeconds(10);

    /** A joined segment: its descriptor, name and header mapping, which the holder releases. */
    record Attached(int fd, String name, MappedHeader header) {
    }

    private final CommConfig config;
    /** Where the group meets: a path, or rank 0's TCP server. */
    private final RendezvousAddress path;
    private final int rank;
    private final int nranks;
    private final int uid;
    private final ProcessIdentity self = ProcessIdentity.self();
    private final Waiter waiter;
    private final long startNanos;

    // joiner state across polls of the rendezvous file
    private long rejectedToken = -1;
    private String lastSeen = "no file yet";
    private Attached attached;
    private StoreRecord blocking;
    /**
     * The store as opened ({@link RendezvousStores#open}), reading the launch record as token 0: for a
     * path made here; over TCP this rank's connection (rank 0: and the server), made once {@link #run}
     * connects and closed when init ends.
     */
    private RendezvousStore reader;

    Join(final CommConfig config, final Waiter waiter) {
        this.config = config;
        this.path = config.rendezvous();
        this.rank = config.rank();
        this.nranks = config.nranks();
        this.uid = Libc.getuid();
        this.waiter = waiter;
        this.startNanos = waiter.clock().nanoTime();
        this.reader = path instanceof RendezvousAddress.File ? openStore(config.timeout()) : null;
    }

    /** Opens the group's store at {@code path}; over TCP, connecting within {@code connectTimeout}. */
    private RendezvousStore openStore(final Duration connectTimeout) {
        return RendezvousStores.open(path, rank, SimBackend.NAME, writer(0), uid,
            (pid, start) -> new ProcessIdentity(pid, start).isAlive(), waiter, SimBackend.NAME, connectTimeout,
            connectTimeout.compareTo(IO_LIMIT) < 0 ? connectTimeout : IO_LIMIT, Stage.INIT);
    }

    /** The rendezvous store of this rank's group, writing for launch {@code token}. */
    private RendezvousStore store(final long token) {
        return reader.withWriter(writer(token));
    }

    private StoreRecord.Writer writer(final long token) {
        return new StoreRecord.Writer(token, self.pid(), self.startTime());
    }

    private static ProcessIdentity writerOf(final StoreRecord record) {
        return new ProcessIdentity(record.writer().pid(), record.writer().startTime());
    }

    /** The launch a record describes, when it is a sim launch of exactly this path (name = path hash + token). */
    private Optional<LaunchRecord> launchOf(final StoreRecord record) {
        return LaunchRecord.decode(record.payload())
            .filter(l -> l.segmentName().equals(SegmentName.of(path, record.writer().token())));
    }

    /** Runs the protocol for this rank; returns once every rank has joined. */
    Attached run() {
        if (path instanceof RendezvousAddress.File(Path file)) {
            final Path dir = file.toAbsolutePath().getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw new CommException(Stage.INIT, SimBackend.NAME, "the directory of rootinfo path " + path
                    + " does not exist; create it or pass another path");
            }
            return rank == 0 ? create() : attach();
        }
        connect();
        try {
            return rank == 0 ? create() : attach();
        } finally {
            // Every rank has read what it needs (or init failed): the server's work is done.
            reader.close();
        }
    }

    /** Rank 0 binds the server, every rank connects, within what is left of the init deadline. */
    private void connect() {
        final long left = Math.max(1, config.timeout().toNanos() - (waiter.clock().nanoTime() - startNanos));
        reader = openStore(Duration.ofNanos(left));
    }

    // ---------------------------------------------------------------- rank 0

    private Attached create() {
        waiter.awaitWithin(startNanos, config.timeout(), this::pathIsFree, Stage.INIT, () -> "the group already on " + path
            + " (created by " + writerOf(blocking).describe() + ") to finish joining; two groups cannot share a rootinfo path at once");
        final Fresh fresh = freshSegment();
        final int fd = fresh.fd();
        final String name = fresh.name();
        MappedHeader mapped = null;
        final RendezvousStore store = store(fresh.token());
        try {
            // shm_open created it 0600 less the umask; fchmod only when the umask took bits away. The
            // common path so links no fchmod downcall, a few milliseconds of a cold JVM's init, and
            // fstat is linked anyway (every rank checks the segment's size in allocWindows).
            if (Libc.fstat(Stage.INIT, name, fd).permissions() != 0600) {
                Libc.fchmod(Stage.INIT, name, fd, 0600);
            }
            Libc.reserve(Stage.INIT, name, fd, HEADER_BYTES);
            mapped = MappedHeader.map(Stage.INIT, name, fd);
            final SharedHeader header = mapped.header();
            header.claimRank(0, self);
            header.initialise(nranks, fresh.token(), self);
            header.arrive(READY_MASK_OFFSET, 1L);
            publishLaunch(store, name);
            LOG.debug("rank 0 created {} for {} ranks on {}", name, nranks, path);
            awaitEveryRank(header);
            Libc.shmUnlink(Stage.INIT, name);
            store.deleteOwn(FileStore.ROOT);
            return new Attached(fd, name, mapped);
        } catch (final RuntimeException e) {
            undoCreate(e, fresh, store, mapped);
            throw e;
        }
    }

    /** A segment rank 0 created under a name no other launch has: its descriptor, name and launch token. */
    private record Fresh(int fd, String name, long token) {
    }

    /** shm_open(O_EXCL) under a new random launch token until a name is free, at most {@value #NAME_ATTEMPTS} times. */
    private Fresh freshSegment() {
        String name = null;
        for (int attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
            final long token = (RANDOM.nextLong() & SegmentName.TOKEN_MASK) | 1L;
            name = SegmentName.of(path, token);
            final int fd = Libc.shmOpen(Stage.INIT, name, true, posix_shm_h.EEXIST());
            if (fd >= 0) {
                return new Fresh(fd, name, token);
            }
        }
        throw new CommException(Stage.INIT, SimBackend.NAME, "no free segment name for " + path + " after "
            + NAME_ATTEMPTS + " random launch tokens (last " + name + "); is /dev/shm full of comm4j segments?");
    }

    /** Publishes the launch record only if the path is still free: of two rank 0s racing past pathIsFree, exactly one links its record. */
    private void publishLaunch(final RendezvousStore store, final String name) {
        if (!store.compareAndSet(FileStore.ROOT, Optional.empty(), new LaunchRecord(nranks, name).encode())) {
            final String other = reader.get(FileStore.ROOT) instanceof Lookup.Present(StoreRecord r)
                ? writerOf(r).describe() : "another process";
            throw new CommException(Stage.INIT, SimBackend.NAME, "another rank 0 (" + other
                + ") published a launch on " + path + " at the same time; two groups cannot share a rootinfo path");
        }
    }

    /** A failed create: aborts the group (its joiners fail now), removes this launch's record and segment. */
    private void undoCreate(final RuntimeException e, final Fresh fresh, final RendezvousStore store,
                            final MappedHeader mapped) {
        if (mapped != null) {
            mapped.header().abort(SharedHeader.Abort.rankFailed(0, Stage.INIT));
        }
        // An interrupted wait (a signal in the CLI) keeps the flag set, and file channels refuse to work
        // on an interrupted thread: clear it for the cleanup, then restore it.
        final boolean interrupted = Thread.interrupted();
        // Only this launch's record: deleteOwn leaves anyone else's file where it is.
        quietly(e, () -> store.deleteOwn(FileStore.ROOT));
        quietly(e, () -> Libc.shmUnlink(Stage.INIT, fresh.name()));
        release(e, fresh.fd(), fresh.name(), mapped);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** True when nothing is at the path, after removing a crashed run's leftovers. */
    private boolean pathIsFree() {
        switch (reader.get(FileStore.ROOT)) {
            case Lookup.Absent absent -> {
                return true;
            }
            case Lookup.Foreign(String where, String why, boolean distrusted) -> throw refusal(where, why);
            case Lookup.Present(StoreRecord record) when launchOf(record).isEmpty() -> throw refusal(path.toString(),
                "a comm4j record that is not a sim launch of this path");
            case Lookup.Present(StoreRecord stale) when !writerOf(stale).isAlive() -> {
                final Optional<StoreRecord> removed = reader.deleteIfWriterDead(FileStore.ROOT);
                if (removed.isPresent()) {
                    final String segment = launchOf(removed.get()).orElseThrow().segmentName();
                    final boolean unlinked = unlinkIfOurs(segment);
                    LOG.info("removed the leftovers of a crashed run on {}: its creator ({}) is gone; {}", path,
                        writerOf(stale).describe(), unlinked ? "unlinked segment " + segment
                            : "its segment " + segment + " was already gone");
                }
                return false;
            }
            case Lookup.Present(StoreRecord live) -> {
                blocking = live;
                return false;
            }
        }
    }

    private CommException refusal(final String where, final String why) {
        return new CommException(Stage.INIT, SimBackend.NAME, "refusing rendezvous file " + where + ": " + why
            + "; comm4j never deletes or replaces a file it did not create: remove it or pass another --rootinfo path");
    }

    /** Unlinks a crashed launch's segment when it has comm4j's name and belongs to this user. */
    private boolean unlinkIfOurs(final String name) {
        if (!SegmentName.isComm4j(name)) {
            return false;
        }
        final int fd = Libc.shmOpen(Stage.INIT, name, false, posix_shm_h.ENOENT());
        if (fd < 0) {
            return false;
        }
        try {
            if (Libc.fstat(Stage.INIT, name, fd).uid() != uid) {
                LOG.warn("left segment {} alone: it belongs to another user", name);
                return false;
            }
            return Libc.shmUnlink(Stage.INIT, name);
        } finally {
            Libc.close(Stage.INIT, name, fd);
        }
    }

    // ---------------------------------------------------------------- ranks 1..n-1

    private Attached attach() {
        waiter.awaitWithin(startNanos, config.timeout(), this::tryAttach, Stage.INIT, () -> "rank 0 to publish a launch on " + path
            + " that is still joining (last seen: " + lastSeen + ")");
        final SharedHeader header = attached.header().header();
        try {
            awaitEveryRank(header);
            return attached;
        } catch (final RuntimeException e) {
            header.abort(SharedHeader.Abort.rankFailed(rank, Stage.INIT));
            release(e, attached.fd(), attached.name(), attached.header());
            throw e;
        }
    }

    /** One look at the rendezvous file; true once this rank has joined the launch it describes. */
    private boolean tryAttach() {
        final StoreRecord record;
        switch (reader.get(FileStore.ROOT)) {
            case Lookup.Absent absent -> {
                lastSeen = "no file yet";
                return false;
            }
            case Lookup.Foreign(String where, String why, boolean distrusted) when distrusted -> throw refusal(where, why);
            case Lookup.Foreign(String where, String why, boolean distrusted) -> {
                lastSeen = "a file that is not a rendezvous file: " + why;
                return false;
            }
            case Lookup.Present(StoreRecord present) -> record = present;
        }
        final Optional<LaunchRecord> launch = launchOf(record);
        if (launch.isEmpty()) {
            lastSeen = "a comm4j record that is not a sim launch of this path";
            return false;
        }
        final long token = record.writer().token();
        if (token == rejectedToken) {
            return false;
        }
        if (!writerOf(record).isAlive()) {
            return reject(token, "the file of a crashed run (creator " + writerOf(record).describe()
                + "), which rank 0 removes");
        }
        return joinSegment(launch.get().segmentName(), token);
    }

    /** Remembers why launch {@code token} cannot be joined and never looks at it again; false. */
    private boolean reject(final long token, final String why) {
        lastSeen = why;
        rejectedToken = token;
        return false;
    }

    /**
     * Opens segment {@code name} of launch {@code token} and joins it: true when this rank has
     * claimed its row and set its ready bit, false (launch rejected, everything released) when the
     * segment is not one to join; throws when joining it would be wrong (a foreign segment, a
     * disagreement the group is aborted for).
     */
    private boolean joinSegment(final String name, final long token) {
        final int fd = Libc.shmOpen(Stage.INIT, name, false, posix_shm_h.ENOENT());
        if (fd < 0) {
            return reject(token, "launch " + name + " whose segment is gone (that launch finished joining)");
        }
        MappedHeader mapped = null;
        try {
            Optional<String> rejection = checkSegmentFile(name, fd);
            if (rejection.isEmpty()) {
                mapped = MappedHeader.map(Stage.INIT, name, fd);
                rejection = joinHeader(mapped.header(), name, token);
            }
            if (rejection.isPresent()) {
                release(null, fd, name, mapped);
                return reject(token, rejection.get());
            }
            attached = new Attached(fd, name, mapped);
            return true;
        } catch (final RuntimeException e) {
            release(e, fd, name, mapped);
            throw e;
        }
    }

    /** Refuses a segment of another user or mode; why it is too small to join, or empty when it is fine. */
    private Optional<String> checkSegmentFile(final String name, final int fd) {
        final Libc.FileStatus st = Libc.fstat(Stage.INIT, name, fd);
        if (st.uid() != uid) {
            throw new CommException(Stage.INIT, SimBackend.NAME, "refusing segment " + name + " named by " + path
                + ": owned by uid " + st.uid() + ", this process runs as uid " + uid);
        }
        if (st.permissions() != 0600) {
            throw new CommException(Stage.INIT, SimBackend.NAME, "refusing segment " + name + ": mode 0"
                + Integer.toOctalString(st.permissions()) + ", expected 0600");
        }
        if (st.size() < HEADER_BYTES) {
            return Optional.of("segment " + name + " of " + st.size() + " bytes, smaller than a header");
        }
        return Optional.empty();
    }

    /**
     * Claims this rank's row in the header of launch {@code token} and sets its ready bit; why the
     * launch is not one to join (another header, a complete launch), or empty once joined. A
     * disagreement on nranks or a second claimer of this rank aborts the group and throws.
     */
    private Optional<String> joinHeader(final SharedHeader header, final String name, final long token) {
        if (header.magicAcquire() != MAGIC || header.version() != LAYOUT_VERSION || header.launchToken() != token) {
            return Optional.of("segment " + name + " whose header does not match its rendezvous file");
        }
        if (header.nranks() != nranks) {
            header.abort(SharedHeader.Abort.nranksMismatch(rank, nranks, header.nranks()));
            throw new GroupView(header, header.nranks(), path).abortFailure(Stage.INIT);
        }
        final long holder = header.claimRank(rank, self);
        if (holder != 0) {
            if (header.maskAcquire(READY_MASK_OFFSET) == SegmentDescriptor.fullMask(nranks)) {
                return Optional.of("launch " + name + ", which is complete (a previous run on the same path)");
            }
            header.abort(SharedHeader.Abort.duplicateRank(rank, self.pid(), holder));
            throw new GroupView(header, nranks, path).abortFailure(Stage.INIT);
        }
        header.arrive(READY_MASK_OFFSET, 1L << rank);
        return Optional.empty();
    }

    // ---------------------------------------------------------------- both

    private void awaitEveryRank(final SharedHeader header) {
        final GroupView group = new GroupView(header, nranks, path);
        final long full = SegmentDescriptor.fullMask(nranks);
        waiter.awaitWithin(startNanos, config.timeout(), () -> {
            group.throwIfAborted(Stage.INIT);
            return header.maskAcquire(READY_MASK_OFFSET) == full;
        }, Stage.INIT, () -> group.missing(READY_MASK_OFFSET) + " to join the group on " + path);
    }

    /** Unmaps and closes what this rank holds; failures are attached to {@code primary} (or dropped when null). */
    private static void release(final Throwable primary, final int fd, final String name, final MappedHeader header) {
        if (header != null) {
            quietly(primary, () -> header.unmap(Stage.INIT));
        }
        if (fd >= 0) {
            quietly(primary, () -> Libc.close(Stage.INIT, name, fd));
        }
    }

    private static void quietly(final Throwable primary, final Runnable action) {
        try {
            action.run();
        } catch (final RuntimeException e) {
            if (primary != null && primary != e) {
                primary.addSuppressed(e);
            }
        }
    }
}
