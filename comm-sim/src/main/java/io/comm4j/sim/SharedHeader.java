package io.comm4j.sim;

import io.comm4j.Stage;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;

import static io.comm4j.sim.SegmentDescriptor.*;

/**
 * Typed access to a mapped sim header ({@link SegmentDescriptor}). Every method names its memory
 * ordering; counters are only touched through {@link VarHandle} atomics, once-written fields with
 * plain stores that a later release store publishes.
 */
final class SharedHeader {
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();
    private static final VarHandle INT = ValueLayout.JAVA_INT.varHandle();

    /** Why a group was aborted (the abort slot's reason). */
    enum AbortReason {
        /** A rank was started with another group size than the creator's. */
        NRANKS_MISMATCH(1),
        /** Two ranks passed different window sizes to allocWindows. */
        WINDOW_SIZE_MISMATCH(2),
        /** The creator could not size the segment (value = bytes, errno set). */
        SEGMENT_SIZE_FAILED(3),
        /** Two processes claimed the same rank. */
        DUPLICATE_RANK(4),
        /** A rank failed locally during a collective (at the record's stage). */
        RANK_FAILED(5),
        /** A rank's collective timed out waiting for its peers (at the record's stage). */
        RANK_TIMED_OUT(6),
        /** A rank's process died while its peers waited for it (rank = the dead rank, value = its pid). */
        RANK_DIED(7);

        final int code;

        AbortReason(final int code) {
            this.code = code;
        }

        static AbortReason of(final int code) {
            for (final AbortReason r : values()) {
                if (r.code == code) {
                    return r;
                }
            }
            throw new IllegalStateException("unknown abort reason " + code + " in the sim header");
        }
    }

    /**
     * A published abort record; built through the named factories, never from positional numbers.
     * {@code stage} is where the aborting rank was; {@code value}, {@code expected} and
     * {@code otherRank} carry the disagreement of the reasons that have one, else 0.
     */
    record Abort(AbortReason reason, Stage stage, int rank, int errno, long value, long expected, int otherRank) {
        /** {@code rank} was started with {@code nranks}, the group has {@code groupNranks}. */
        static Abort nranksMismatch(final int rank, final int nranks, final int groupNranks) {
            return new Abort(AbortReason.NRANKS_MISMATCH, Stage.INIT, rank, 0, nranks, groupNranks, 0);
        }

        /** {@code rank} asked for {@code hint} bytes, {@code otherRank} for {@code otherHint}. */
        static Abort windowSizeMismatch(final int rank, final long hint, final long otherHint, final int otherRank) {
            return new Abort(AbortReason.WINDOW_SIZE_MISMATCH, Stage.ALLOC, rank, 0, hint, otherHint, otherRank);
        }

        /** Rank 0 could not size the segment to {@code bytes}: {@code errno}. */
        static Abort segmentSizeFailed(final int errno, final long bytes) {
            return new Abort(AbortReason.SEGMENT_SIZE_FAILED, Stage.ALLOC, 0, errno, bytes, 0, 0);
        }

        /** Process {@code pid} claimed {@code rank}, already held by {@code holderPid}. */
        static Abort duplicateRank(final int rank, final long pid, final long holderPid) {
            return new Abort(AbortReason.DUPLICATE_RANK, Stage.INIT, rank, 0, pid, holderPid, 0);
        }

        /** {@code rank} failed at {@code stage}. */
        static Abort rankFailed(final int rank, final Stage stage) {
            return new Abort(AbortReason.RANK_FAILED, stage, rank, 0, 0, 0, 0);
        }

        /** {@code rank} timed out at {@code stage}. */
        static Abort rankTimedOut(final int rank, final Stage stage) {
            return new Abort(AbortReason.RANK_TIMED_OUT, stage, rank, 0, 0, 0, 0);
        }

        /** {@code rank}'s process {@code pid} died while {@code seenBy} waited for it at {@code stage}. */
        static Abort rankDied(final int rank, final long pid, final int seenBy, final Stage stage) {
            return new Abort(AbortReason.RANK_DIED, stage, rank, 0, pid, 0, seenBy);
        }
    }

    /**
     * The abort slot's encoding of a stage: its exit code, the public numbering {@link Stage}
     * promises never to change, so ranks built from the same layout version always agree.
     */
    private static int stageCode(final Stage stage) {
        return stage.exitCode();
    }

    private static Stage stageOf(final int code) {
        try {
            return Stage.fromExitCode(code);
        } catch (final IllegalArgumentException unknown) {
            throw new IllegalStateException("unknown stage code " + code + " in the sim header's abort record", unknown);
        }
    }

    private final MemorySegment segment;

    SharedHeader(final MemorySegment segment) {
        if (segment.byteSize() < HEADER_BYTES) {
            throw new IllegalArgumentException("a sim header needs " + HEADER_BYTES + " bytes, got " + segment.byteSize());
        }
        this.segment = segment;
    }

    MemorySegment segment() {
        return segment;
    }

    // ---- identity (written once by the creator, published by the magic) ----

    /** Writes every identity field, then the magic with a release store: the header is ready. */
    void initialise(final int nranks, final long token, final ProcessIdentity creator) {
        INT.set(segment, (long) VERSION_OFFSET, LAYOUT_VERSION);
        INT.set(segment, (long) NRANKS_OFFSET, nranks);
        LONG.set(segment, (long) LAUNCH_TOKEN_OFFSET, token);
        LONG.set(segment, (long) CREATOR_PID_OFFSET, creator.pid());
        LONG.set(segment, (long) CREATOR_START_OFFSET, creator.startTime());
        LONG.setRelease(segment, (long) MAGIC_OFFSET, MAGIC);
    }

    /** The magic, acquire: once it reads {@link SegmentDescriptor#MAGIC} every identity field is visible. */
    long magicAcquire() {
        return (long) LONG.getAcquire(segment, (long) MAGIC_OFFSET);
    }

    int version() {
        return (int) INT.get(segment, (long) VERSION_OFFSET);
    }

    int nranks() {
        return (int) INT.get(segment, (long) NRANKS_OFFSET);
    }

    long launchToken() {
        return (long) LONG.get(segment, (long) LAUNCH_TOKEN_OFFSET);
    }

    ProcessIdentity creator() {
        return new ProcessIdentity((long) LONG.get(segment, (long) CREATOR_PID_OFFSET),
            (long) LONG.get(segment, (long) CREATOR_START_OFFSET));
    }

    // ---- rank table ----

    /**
     * Claims rank {@code rank} for {@code self}: CAS of the pid from 0, then the start time.
     *
     * @return 0 when claimed, else the pid that holds the rank
     */
    long claimRank(final int rank, final ProcessIdentity self) {
        final long offset = rankPidOffset(rank);
        final long witness = (long) LONG.compareAndExchange(segment, offset, 0L, self.pid());
        if (witness != 0L) {
            return witness;
        }
        LONG.setRelease(segment, (long) rankStartOffset(rank), self.startTime());
        return 0L;
    }

    /** Who claimed rank {@code rank}, or empty (pid 0). */
    ProcessIdentity rankOwner(final int rank) {
        return new ProcessIdentity((long) LONG.getAcquire(segment, (long) rankPidOffset(rank)),
            (long) LONG.getAcquire(segment, (long) rankStartOffset(rank)));
    }

    // ---- masks ----

    /** Sets {@code bit} in the mask at {@code offset} (getAndAdd) and returns the mask after. */
    long arrive(final int offset, final long bit) {
        return (long) LONG.getAndAdd(segment, (long) offset, bit) + bit;
    }

    /** The mask at {@code offset}, acquire. */
    long maskAcquire(final int offset) {
        return (long) LONG.getAcquire(segment, (long) offset);
    }

    /** Clears the mask at {@code offset} (plain: published by the phase's release store). */
    void clearMask(final int offset) {
        LONG.set(segment, (long) offset, 0L);
    }

    // ---- barrier phase ----

    int phaseAcquire() {
        return (int) INT.getAcquire(segment, (long) BARRIER_PHASE_OFFSET);
    }

    void phaseRelease(final int phase) {
        INT.setRelease(segment, (long) BARRIER_PHASE_OFFSET, phase);
    }

    // ---- alloc ----

    void requestWindow(final int rank, final long hint) {
        LONG.setRelease(segment, (long) winRequestOffset(rank), hint);
    }

    long windowRequest(final int rank) {
        return (long) LONG.getAcquire(segment, (long) winRequestOffset(rank));
    }

    /** Publishes the rounded window size: size first, then the state with a release store. */
    void publishAllocated(final long winSize) {
        LONG.set(segment, (long) ALLOC_WIN_SIZE_OFFSET, winSize);
        INT.setRelease(segment, (long) ALLOC_STATE_OFFSET, 1);
    }

    /** The published window size, or 0 while rank 0 has not sized the segment. */
    long allocatedWindowSize() {
        if ((int) INT.getAcquire(segment, (long) ALLOC_STATE_OFFSET) != 1) {
            return 0L;
        }
        return (long) LONG.get(segment, (long) ALLOC_WIN_SIZE_OFFSET);
    }

    // ---- abort ----

    /**
     * Records the group's first failure; later ones are dropped (the first cause is what matters).
     *
     * @return whether this call's record is the one published
     */
    boolean abort(final Abort record) {
        if (!INT.compareAndSet(segment, (long) ABORT_CLAIM_OFFSET, 0, 1)) {
            return false;
        }
        INT.set(segment, (long) ABORT_STAGE_OFFSET, stageCode(record.stage()));
        INT.set(segment, (long) ABORT_RANK_OFFSET, record.rank());
        INT.set(segment, (long) ABORT_ERRNO_OFFSET, record.errno());
        LONG.set(segment, (long) ABORT_VALUE_OFFSET, record.value());
        LONG.set(segment, (long) ABORT_EXPECTED_OFFSET, record.expected());
        INT.set(segment, (long) ABORT_OTHER_RANK_OFFSET, record.otherRank());
        INT.setRelease(segment, (long) ABORT_REASON_OFFSET, record.reason().code);
        return true;
    }

    /** The published abort, or {@code null}. */
    Abort abortRecord() {
        final int code = (int) INT.getAcquire(segment, (long) ABORT_REASON_OFFSET);
        if (code == 0) {
            return null;
        }
        return new Abort(AbortReason.of(code), stageOf((int) INT.get(segment, (long) ABORT_STAGE_OFFSET)),
            (int) INT.get(segment, (long) ABORT_RANK_OFFSET), (int) INT.get(segment, (long) ABORT_ERRNO_OFFSET),
            (long) LONG.get(segment, (long) ABORT_VALUE_OFFSET), (long) LONG.get(segment, (long) ABORT_EXPECTED_OFFSET),
            (int) INT.get(segment, (long) ABORT_OTHER_RANK_OFFSET));
    }

    /** Whether an abort has been published (one acquire load). */
    boolean aborted() {
        return (int) INT.getAcquire(segment, (long) ABORT_REASON_OFFSET) != 0;
    }
}
