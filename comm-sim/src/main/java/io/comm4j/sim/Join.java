package io.comm4j.sim;

import io.comm4j.CommConfig;
import io.comm4j.CommException;
import io.comm4j.Stage;
import io.comm4j.bindings.posix.posix_shm_h;
import io.comm4j.internal.PrivateFiles;
import io.comm4j.internal.Waiter;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

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
 */
final class Join {
    private static final Logger LOG = LogManager.getLogger(Join.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NAME_ATTEMPTS = 8;

    /** A joined segment: its descriptor, name and header mapping (HEADER_BYTES at {@code headerAddress}). */
    record Attached(int fd, String name, long headerAddress) {
    }

    private final CommConfig config;
    private final Path path;
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
    private RendezvousFile blocking;

    Join(final CommConfig config, final Waiter waiter) {
        this.config = config;
        this.path = config.rootInfoPath();
        this.rank = config.rank();
        this.nranks = config.nranks();
        this.uid = Libc.getuid();
        this.waiter = waiter;
        this.startNanos = waiter.clock().nanoTime();
    }

    /** Runs the protocol for this rank; returns once every rank has joined. */
    Attached run() {
        final Path dir = path.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new CommException(Stage.INIT, SimBackend.NAME, "the directory of rootinfo path " + path
                + " does not exist; create it or pass another path");
        }
        return rank == 0 ? create() : attach();
    }

    // ---------------------------------------------------------------- rank 0

    private Attached create() {
        waiter.awaitWithin(startNanos, config.timeout(), this::pathIsFree, Stage.INIT, () -> "the group already on " + path
            + " (created by " + blocking.creator().describe() + ", nranks=" + blocking.nranks()
            + ") to finish joining; two groups cannot share a rootinfo path at once");

        int fd = -1;
        String name = null;
        long token = 0;
        for (int attempt = 0; attempt < NAME_ATTEMPTS && fd < 0; attempt++) {
            token = (RANDOM.nextLong() & SegmentName.TOKEN_MASK) | 1L;
            name = SegmentName.of(path, token);
            fd = Libc.shmOpen(Stage.INIT, name, true, posix_shm_h.EEXIST());
        }
        if (fd < 0) {
            throw new CommException(Stage.INIT, SimBackend.NAME, "no free segment name for " + path + " after "
                + NAME_ATTEMPTS + " random launch tokens (last " + name + "); is /dev/shm full of comm4j segments?");
        }
        long headerAddress = 0;
        SharedHeader header = null;
        final RendezvousFile file = new RendezvousFile(nranks, token, self, name);
        try {
            // shm_open created it 0600 less the umask; fchmod only when the umask took bits away. The
            // common path so links no fchmod downcall, a few milliseconds of a cold JVM's init, and
            // fstat is linked anyway (every rank checks the segment's size in allocWindows).
            if (Libc.fstat(Stage.INIT, name, fd).permissions() != 0600) {
                Libc.fchmod(Stage.INIT, name, fd, 0600);
            }
            Libc.reserve(Stage.INIT, name, fd, HEADER_BYTES);
            headerAddress = Libc.mmap(Stage.INIT, name, fd, HEADER_BYTES, true).address();
            header = new SharedHeader(MemorySegment.ofAddress(headerAddress).reinterpret(HEADER_BYTES));
            header.claimRank(0, self);
            header.initialise(nranks, token, self);
            header.arrive(READY_MASK_OFFSET, 1L);
            file.publish(path);
            LOG.debug("rank 0 created {} for {} ranks on {}", name, nranks, path);
            awaitEveryRank(header);
            Libc.shmUnlink(Stage.INIT, name);
            // Still ours: a later rank 0 only replaces files whose creator is dead, and we are alive.
            PrivateFiles.deleteQuietly(path);
            return new Attached(fd, name, headerAddress);
        } catch (final RuntimeException e) {
            if (header != null) {
                header.abort(SharedHeader.AbortReason.RANK_FAILED, 0, 0, Stage.INIT.exitCode(), 0, 0);
            }
            quietly(e, () -> file.deleteIfOurs(path, uid));
            quietly(e, () -> Libc.shmUnlink(Stage.INIT, file.segmentName()));
            release(e, fd, file.segmentName(), headerAddress);
            throw e;
        }
    }

    /** True when nothing is at the path, after removing a crashed run's leftovers. */
    private boolean pathIsFree() {
        switch (RendezvousFile.read(path, uid)) {
            case RendezvousFile.Absent absent -> {
                return true;
            }
            case RendezvousFile.Foreign foreign -> throw new CommException(Stage.INIT, SimBackend.NAME,
                "rootinfo path " + path + " holds a file that is not a comm4j sim rendezvous file ("
                    + foreign.why() + "); remove it or pass another path");
            case RendezvousFile.Valid(RendezvousFile stale) when !stale.creator().isAlive() -> {
                final boolean segment = Libc.shmUnlink(Stage.INIT, stale.segmentName());
                PrivateFiles.deleteQuietly(path);
                LOG.info("removed the leftovers of a crashed run on {}: its creator ({}) is gone; {}", path,
                    stale.creator().describe(), segment ? "unlinked segment " + stale.segmentName()
                        : "its segment " + stale.segmentName() + " was already gone");
                return true;
            }
            case RendezvousFile.Valid(RendezvousFile live) -> {
                blocking = live;
                return false;
            }
        }
    }

    // ---------------------------------------------------------------- ranks 1..n-1

    private Attached attach() {
        waiter.awaitWithin(startNanos, config.timeout(), this::tryAttach, Stage.INIT, () -> "rank 0 to publish a launch on " + path
            + " that is still joining (last seen: " + lastSeen + ")");
        final SharedHeader header = new SharedHeader(MemorySegment.ofAddress(attached.headerAddress())
            .reinterpret(HEADER_BYTES));
        try {
            awaitEveryRank(header);
            return attached;
        } catch (final RuntimeException e) {
            header.abort(SharedHeader.AbortReason.RANK_FAILED, rank, 0, Stage.INIT.exitCode(), 0, 0);
            release(e, attached.fd(), attached.name(), attached.headerAddress());
            throw e;
        }
    }

    /** One look at the rendezvous file; true once this rank has joined the launch it describes. */
    private boolean tryAttach() {
        final RendezvousFile file;
        switch (RendezvousFile.read(path, uid)) {
            case RendezvousFile.Absent absent -> {
                lastSeen = "no file yet";
                return false;
            }
            case RendezvousFile.Foreign foreign -> {
                lastSeen = "a file that is not a rendezvous file: " + foreign.why();
                return false;
            }
            case RendezvousFile.Valid(RendezvousFile valid) -> file = valid;
        }
        if (file.token() == rejectedToken) {
            return false;
        }
        if (!file.creator().isAlive()) {
            lastSeen = "the file of a crashed run (creator " + file.creator().describe() + "), which rank 0 removes";
            rejectedToken = file.token();
            return false;
        }
        final String name = file.segmentName();
        final int fd = Libc.shmOpen(Stage.INIT, name, false, posix_shm_h.ENOENT());
        if (fd < 0) {
            lastSeen = "launch " + name + " whose segment is gone (that launch finished joining)";
            rejectedToken = file.token();
            return false;
        }
        long headerAddress = 0;
        try {
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
                lastSeen = "segment " + name + " of " + st.size() + " bytes, smaller than a header";
                rejectedToken = file.token();
                release(null, fd, name, 0);
                return false;
            }
            headerAddress = Libc.mmap(Stage.INIT, name, fd, HEADER_BYTES, true).address();
            final SharedHeader header = new SharedHeader(MemorySegment.ofAddress(headerAddress).reinterpret(HEADER_BYTES));
            if (header.magicAcquire() != MAGIC || header.version() != LAYOUT_VERSION
                || header.launchToken() != file.token()) {
                lastSeen = "segment " + name + " whose header does not match its rendezvous file";
                rejectedToken = file.token();
                release(null, fd, name, headerAddress);
                return false;
            }
            if (header.nranks() != nranks) {
                header.abort(SharedHeader.AbortReason.NRANKS_MISMATCH, rank, 0, nranks, header.nranks(), 0);
                throw new GroupView(header, header.nranks(), path).abortFailure(Stage.INIT);
            }
            final long holder = header.claimRank(rank, self);
            if (holder != 0) {
                if (header.maskAcquire(READY_MASK_OFFSET) == SegmentDescriptor.fullMask(nranks)) {
                    lastSeen = "launch " + name + ", which is complete (a previous run on the same path)";
                    rejectedToken = file.token();
                    release(null, fd, name, headerAddress);
                    return false;
                }
                header.abort(SharedHeader.AbortReason.DUPLICATE_RANK, rank, 0, self.pid(), holder, 0);
                throw new GroupView(header, nranks, path).abortFailure(Stage.INIT);
            }
            header.arrive(READY_MASK_OFFSET, 1L << rank);
            attached = new Attached(fd, name, headerAddress);
            return true;
        } catch (final RuntimeException e) {
            release(e, fd, name, headerAddress);
            throw e;
        }
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
    private static void release(final Throwable primary, final int fd, final String name, final long headerAddress) {
        if (headerAddress != 0) {
            quietly(primary, () -> Libc.munmap(Stage.INIT, name, headerAddress, HEADER_BYTES));
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
