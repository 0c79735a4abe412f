package io.comm4j.sim;

import io.comm4j.CommConfig;
import io.comm4j.CommContext;
import io.comm4j.CommException;
import io.comm4j.CommTimeoutException;
import io.comm4j.Communicator;
import io.comm4j.RendezvousAddress;
import io.comm4j.Stage;
import io.comm4j.internal.Attachments;
import io.comm4j.internal.ContextStruct;
import io.comm4j.internal.NanoClock;
import io.comm4j.internal.Teardown;
import io.comm4j.internal.Waiter;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import static io.comm4j.sim.SegmentDescriptor.DESTROY_MASK_OFFSET;
import static io.comm4j.sim.SegmentDescriptor.MAPPED_MASK_OFFSET;

/**
 * A rank of a sim group: every rank of the group maps one POSIX shared-memory segment
 * ({@link SegmentDescriptor}) that holds a header and one window per rank.
 *
 * <h2>How ranks meet (init)</h2>
 * Ranks may be started with no common parent (two terminals, mpirun, a launcher), so the only
 * thing they share is the rootinfo path. The segment cannot be named from the path alone: a
 * crashed earlier run on the same path would leave a segment of that name behind, and a new run
 * would join it. So rank 0, the creator, draws a fresh random <em>launch token</em>, creates
 * {@code /comm4j-<path hash>-<token>} with {@code O_CREAT|O_EXCL} (0600), publishes its header and
 * then writes the token and name into a rendezvous file at the rootinfo path (0600, temporary file
 * plus atomic rename). Joiners poll that file under the init deadline. (The contract lets whichever
 * rank wins {@code O_CREAT|O_EXCL} create; here the name contains a token only one rank can invent,
 * so the creator is always rank 0, and {@code O_EXCL} only guards against a token collision.)
 *
 * <p>Both the file and the header carry the creator's identity, pid plus process start time, so a
 * file whose creator is dead (a crashed run) is recognised: joiners never join it, and rank 0
 * removes it and its segment before creating its own. A pid reused by another process has a
 * different start time, so it does not make a stale file look alive. The group must agree on
 * nranks: a joiner that disagrees with the header aborts the group, naming both values, and every
 * rank fails at once. Two processes claiming one rank abort it too.
 *
 * <p>When every rank has joined, rank 0 unlinks the segment's name and deletes the rendezvous
 * file. From then on the segment exists only through the ranks' descriptors and mappings, and the
 * kernel frees it when the last of them goes, crash or not: nothing can leak after init. (This is
 * stronger than "the last one out unlinks", which leaks whenever a rank dies before destroy.)
 *
 * <h2>Windows (alloc)</h2>
 * Each rank publishes its size hint; all must be equal (a disagreement aborts the group, naming
 * both values). Rank 0 then reserves {@code 4096 + nranks * winSize} bytes with
 * {@code posix_fallocate}, so a size /dev/shm cannot hold fails here with ENOSPC instead of a
 * SIGBUS later, and publishes the size. Every rank maps the whole segment with pages pre-faulted
 * (MAP_POPULATE), fills its {@link CommContext} (native memory owned by this communicator) with its
 * own addresses of every window, and waits until every rank has mapped.
 *
 * <h2>Barrier and destroy</h2>
 * {@link SimBarrier}. {@link #close()} sets this rank's leave bit and waits, bounded by the timeout,
 * for every rank's; a missing rank is logged and reported as a {@link CommException} at
 * {@link Stage#DESTROY} naming it, after local teardown (arena closed, so every view of the
 * windows throws instead of touching unmapped memory; munmap; close) has run.
 *
 * <p>Calls are made from one thread at a time. A failed collective (a timeout, an abort) leaves the
 * group out of step, so afterwards only {@link #close()} is accepted.
 */
public final class SimCommunicator implements Communicator {
    private static final Logger LOG = LogManager.getLogger(SimCommunicator.class);

    private enum State { JOINED, ALLOCATED, BROKEN, CLOSED }

    private final int rank;
    private final int nranks;
    private final RendezvousAddress rootInfoPath;
    private final Duration timeout;
    private final Waiter waiter;
    private final Join.Attached segment;
    private final Arena arena = Arena.ofShared();
    private final SharedHeader header;
    private final GroupView group;
    private final SimBarrier barrier;
    private volatile State state = State.JOINED;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final Attachments attachments = new Attachments();
    private String brokenBy;

    private long mappedAddress;
    private long mappedBytes;
    private long winSize;
    private CommContext context;
    private MemorySegment[] windows;
    private HostWindows hostWindows;

    private SimCommunicator(final CommConfig config, final Waiter waiter, final Join.Attached segment) {
        this.rank = config.rank();
        this.nranks = config.nranks();
        this.rootInfoPath = config.rendezvous();
        this.timeout = config.timeout();
        this.waiter = waiter;
        this.segment = segment;
        this.header = segment.header().header(arena);
        this.group = new GroupView(header, nranks, rootInfoPath);
        this.barrier = new SimBarrier(header, group, rank, nranks, waiter, timeout);
    }

    /**
     * Joins the group of {@code config}; see the class description.
     *
     * @throws CommException at {@link Stage#INIT}
     */
    static SimCommunicator join(final CommConfig config) {
        // One waiter for every wait of this rank (calls come from one thread at a time): peers are
        // processes on this host, so every wait, not only the barrier, prefers yielding to parking.
        final Waiter waiter = new Waiter(SimBackend.NAME, NanoClock.SYSTEM,
            SimBarrier.idleStrategy(config.nranks(), SimBarrier.hostCores()));
        return new SimCommunicator(config, waiter, new Join(config, waiter).run());
    }

    @Override
    public int rank() {
        return rank;
    }

    @Override
    public int nranks() {
        return nranks;
    }

    @Override
    public String backendName() {
        return SimBackend.NAME;
    }

    /** The name of this group's segment (already unlinked from /dev/shm once init returned). */
    public String segmentName() {
        return segment.name();
    }

    @Override
    public CommContext allocWindows(final long winSizeHint) {
        switch (state) {
            case CLOSED -> throw closed();
            case ALLOCATED -> throw new IllegalStateException("windows are already allocated (allocWindows is called once)");
            case BROKEN -> throw broken(Stage.ALLOC);
            case JOINED -> { }
        }
        try {
            return allocate(winSizeHint);
        } catch (final CommException e) {
            header.abort(SharedHeader.Abort.rankFailed(rank, Stage.ALLOC));
            breakWith(e);
            throw e;
        }
    }

    /** allocWindows' steps, in order: agree on the size, size the segment, map it, describe it, meet. */
    private CommContext allocate(final long hint) {
        final WindowPlan plan = WindowPlan.of(hint, nranks);
        header.requestWindow(rank, hint);
        waiter.await(() -> everyRankAgreesOn(hint), timeout, Stage.ALLOC,
            () -> missingRequests() + " to call allocWindows");
        sizeSegment(plan);
        final MemorySegment mapped = mapSegment(plan.segmentBytes());
        describeWindows(mapped, plan.windowSize());
        awaitEveryRankMapped();
        state = State.ALLOCATED;
        return context;
    }

    /** The rounded window size and the segment size a hint asks for, checked before anything is shared. */
    private record WindowPlan(long windowSize, long segmentBytes) {
        static WindowPlan of(final long hint, final int nranks) {
            if (hint <= 0) {
                throw new CommException(Stage.ALLOC, SimBackend.NAME, "winSizeHint=" + hint + " must be > 0");
            }
            try {
                final long size = SegmentDescriptor.roundedWindowSize(hint);
                return new WindowPlan(size, SegmentDescriptor.segmentBytes(nranks, size));
            } catch (final ArithmeticException overflow) {
                throw new CommException(Stage.ALLOC, SimBackend.NAME, "winSizeHint=" + hint + " is too large: "
                    + SegmentDescriptor.HEADER_BYTES + " + " + nranks + " windows of it overflow a 64-bit segment size");
            }
        }
    }

    /** Rank 0 reserves the segment and publishes the size; the others wait for it. */
    private void sizeSegment(final WindowPlan plan) {
        final long total = plan.segmentBytes();
        if (rank == 0) {
            try {
                Libc.reserve(Stage.ALLOC, segment.name(), segment.fd(), total);
            } catch (final CommException e) {
                header.abort(SharedHeader.Abort.segmentSizeFailed(e.nativeCode().orElse(0), total));
                throw e;
            }
            header.publishAllocated(plan.windowSize());
        } else {
            waiter.await(() -> {
                group.throwIfAborted(Stage.ALLOC);
                return header.allocatedWindowSize() != 0;
            }, timeout, Stage.ALLOC, () -> group.describeRank(0) + " to size the segment to " + total + " bytes");
        }
    }

    /** Maps the whole sized segment, every page faulted in; the mapping is this communicator's to unmap. */
    private MemorySegment mapSegment(final long total) {
        final Libc.FileStatus st = Libc.fstat(Stage.ALLOC, segment.name(), segment.fd());
        if (st.size() < total) {
            throw new CommException(Stage.ALLOC, SimBackend.NAME, "segment " + segment.name() + " has " + st.size()
                + " bytes after rank 0 sized it, expected " + total);
        }
        final boolean populate = Libc.platform().mapPopulate() != 0;
        final long address = Libc.mmap(Stage.ALLOC, segment.name(), segment.fd(), total, true).address();
        mappedAddress = address;
        mappedBytes = total;
        final MemorySegment mapped = MemorySegment.ofAddress(address).reinterpret(total, arena, null);
        if (!populate) {
            prefault(mapped);
        }
        return mapped;
    }

    /** Fills the CommContext with this process's address of every window, and the host views of them. */
    private void describeWindows(final MemorySegment mapped, final long size) {
        winSize = size;
        windows = new MemorySegment[nranks];
        final MemorySegment ctx = arena.allocate(CommContext.LAYOUT.byteSize(), 64);
        ContextStruct.rankId(ctx, rank);
        ContextStruct.rankNum(ctx, nranks);
        ContextStruct.winSize(ctx, size);
        for (int r = 0; r < nranks; r++) {
            final long offset = SegmentDescriptor.windowOffset(r, size);
            windows[r] = mapped.asSlice(offset, size);
            ContextStruct.windowIn(ctx, r, mapped.address() + offset);
            ContextStruct.windowOut(ctx, r, mapped.address() + offset);
        }
        context = CommContext.view(ctx, ctx.address());
        hostWindows = new Windows(windows);
    }

    /**
     * The host views, and the collectives' waits on them: the barrier's waiter, deadline and a
     * {@link PeerWatch} on the awaited peer (another peer that did its part and left does not fail
     * the wait).
     */
    private final class Windows implements HostWindows {
        private final MemorySegment[] views;
        private final PeerWatch peerWatch = new PeerWatch(header, group, rank);
        /** The current wait's peer and message; read by the two suppliers below, built once. */
        private int peer;
        private Supplier<String> awaited;
        /** Every rank but the awaited peer counts as present: only its death fails the wait. */
        private final LongSupplier allButPeer = () -> ~(1L << peer);
        private final Supplier<String> peerPart = () -> "do what rank " + rank + " waited for: " + awaited.get();

        Windows(final MemorySegment[] views) {
            this.views = views;
        }

        @Override
        public MemorySegment window(final int r) {
            return views[Objects.checkIndex(r, nranks)];
        }

        @Override
        public void await(final int peerRank, final BooleanSupplier condition, final Supplier<String> what) {
            if (condition.getAsBoolean()) {
                return;
            }
            this.peer = Objects.checkIndex(peerRank, nranks);
            this.awaited = what;
            try {
                waiter.await(condition, timeout, Stage.BARRIER, what, peerWatch.arm(allButPeer, condition, peerPart));
            } catch (final CommTimeoutException e) {
                header.abort(SharedHeader.Abort.rankTimedOut(rank, Stage.BARRIER));
                breakWith(e);
                throw e;
            } catch (final CommException e) {
                breakWith(e);
                throw e;
            }
        }
    }

    /** Sets this rank's mapped bit and waits for every rank's. */
    private void awaitEveryRankMapped() {
        header.arrive(MAPPED_MASK_OFFSET, 1L << rank);
        final long full = SegmentDescriptor.fullMask(nranks);
        waiter.await(() -> {
            group.throwIfAborted(Stage.ALLOC);
            return header.maskAcquire(MAPPED_MASK_OFFSET) == full;
        }, timeout, Stage.ALLOC, () -> group.missing(MAPPED_MASK_OFFSET) + " to map the windows");
    }

    /** Touches one byte per page so no page faults on a hot path (where mmap cannot pre-fault). */
    private static void prefault(final MemorySegment mapped) {
        for (long offset = 0; offset < mapped.byteSize(); offset += SegmentDescriptor.WINDOW_ALIGNMENT) {
            mapped.set(ValueLayout.JAVA_BYTE, offset, mapped.get(ValueLayout.JAVA_BYTE, offset));
        }
    }

    /** True when every rank has asked for {@code hint}; throws at the first rank that asked for another size. */
    private boolean everyRankAgreesOn(final long hint) {
        group.throwIfAborted(Stage.ALLOC);
        boolean all = true;
        for (int r = 0; r < nranks; r++) {
            final long other = header.windowRequest(r);
            if (other == 0) {
                all = false;
            } else if (other != hint) {
                header.abort(SharedHeader.Abort.windowSizeMismatch(rank, hint, other, r));
                throw group.abortFailure(Stage.ALLOC);
            }
        }
        return all;
    }

    private String missingRequests() {
        final StringBuilder sb = new StringBuilder();
        for (int r = 0; r < nranks; r++) {
            if (header.windowRequest(r) == 0) {
                sb.append(sb.isEmpty() ? "" : ", ").append(group.describeRank(r));
            }
        }
        return sb.isEmpty() ? "no rank (every rank had asked when the deadline passed)" : sb.toString();
    }

    @Override
    public long localWindowBase() {
        requireAllocated();
        return context.windowIn(rank);
    }

    @Override
    public long windowSize() {
        requireAllocated();
        return winSize;
    }

    @Override
    public CommContext context() {
        requireAllocated();
        return context;
    }

    @Override
    public Optional<HostWindows> hostWindows() {
        requireAllocated();
        return Optional.of(hostWindows);
    }

    @Override
    public void barrier() {
        final State s = state;
        if (s == State.CLOSED) {
            throw closed();
        }
        if (s == State.BROKEN) {
            throw broken(Stage.BARRIER);
        }
        try {
            barrier.await();
        } catch (final CommException e) {
            breakWith(e);
            throw e;
        }
    }

    /** Publishes {@code rank failed at stage} in the header's abort slot; see {@link Communicator#abort}. */
    @Override
    public void abort(final Stage stage, final Throwable cause) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(cause, "cause");
        if (state == State.CLOSED) {
            return;
        }
        header.abort(SharedHeader.Abort.rankFailed(rank, stage));
        breakWith(cause);
    }

    @Override
    public <T> T attachment(final Class<T> type, final Supplier<? extends T> create) {
        if (state == State.CLOSED) {
            throw closed();
        }
        return attachments.get(type, create);
    }

    /** How many barriers this rank has completed. */
    public long barriersCompleted() {
        return barrier.completed();
    }

    @Override
    public void close() {
        // Exactly once, even if two threads race here: a second munmap could hit memory the
        // process has mapped again since.
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        state = State.CLOSED;
        attachments.clear();
        final Teardown teardown = new Teardown(SimBackend.NAME);
        try {
            header.arrive(DESTROY_MASK_OFFSET, 1L << rank);
            final long full = SegmentDescriptor.fullMask(nranks);
            // A peer that died or aborted the group will never arrive: leave as soon as that is known,
            // so a dead peer does not hold teardown to the whole timeout.
            waiter.await(() -> header.maskAcquire(DESTROY_MASK_OFFSET) == full, timeout, Stage.DESTROY,
                () -> group.missing(DESTROY_MASK_OFFSET) + " to leave the group on " + rootInfoPath,
                () -> {
                    group.throwIfAborted(Stage.DESTROY);
                    group.throwIfMissingRankDied(DESTROY_MASK_OFFSET, Stage.DESTROY, "leave the group");
                });
        } catch (final CommException e) {
            header.abort(e instanceof CommTimeoutException ? SharedHeader.Abort.rankTimedOut(rank, Stage.DESTROY)
                : SharedHeader.Abort.rankFailed(rank, Stage.DESTROY));
            LOG.error("rank {}: {} (tearing down locally anyway)", rank, e.getMessage());
            teardown.record("leaving the group", e);
        } catch (final RuntimeException e) {
            teardown.record("leaving the group", e);
        }
        // Local teardown always runs. The arena first: once it is closed every view of the header and
        // windows throws IllegalStateException, so nothing can touch the memory munmap removes next.
        teardown.run("closing the arena", arena::close);
        if (mappedAddress != 0) {
            teardown.run("munmap of the windows",
                () -> Libc.munmap(Stage.DESTROY, segment.name(), mappedAddress, mappedBytes));
        }
        teardown.run("munmap of the header", () -> segment.header().unmap(Stage.DESTROY));
        teardown.run("close of the segment", () -> Libc.close(Stage.DESTROY, segment.name(), segment.fd()));
        teardown.throwIfFailed();
    }

    private void breakWith(final Throwable e) {
        if (state != State.CLOSED) {
            state = State.BROKEN;
            brokenBy = e.getMessage() != null ? e.getMessage() : e.toString();
        }
    }

    private void requireAllocated() {
        switch (state) {
            case CLOSED -> throw closed();
            case JOINED -> throw new IllegalStateException("windows are not allocated yet: call allocWindows first");
            case BROKEN -> {
                if (context == null) {
                    throw new IllegalStateException("windows were never allocated: " + brokenBy);
                }
            }
            case ALLOCATED -> { }
        }
    }

    private CommException broken(final Stage stage) {
        return new CommException(stage, SimBackend.NAME, "the group is out of step after an earlier failure ("
            + brokenBy + "); only close() is possible now");
    }

    private IllegalStateException closed() {
        return new IllegalStateException("rank " + rank + "'s communicator on " + rootInfoPath + " is closed");
    }

    @Override
    public String toString() {
        return "SimCommunicator[rank=" + rank + "/" + nranks + ", segment=" + segment.name() + ", " + state + "]";
    }
}
