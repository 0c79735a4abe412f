package io.comm4j.sim;

import io.comm4j.CommContext;

/**
 * The layout of a sim group's shared segment: a 4096-byte header, then one window per rank.
 *
 * <pre>
 * segment:
 * +--------------------------------------+ 0
 * | header (4096 bytes, table below)     |
 * +--------------------------------------+ WINDOWS_OFFSET = 4096
 * | window of rank 0     (winSize bytes) |
 * +--------------------------------------+ 4096 + winSize
 * | ...                                  |
 * +--------------------------------------+ 4096 + (nranks - 1) * winSize
 * | window of rank n-1   (winSize bytes) |
 * +--------------------------------------+ 4096 + nranks * winSize
 *
 * header (little-endian, natural alignment; "slot" = its own 128-byte line pair, no other field):
 * offset  size  field              written by / how
 * ------  ----  -----------------  -----------------------------------------------------------------
 *      0     8  magic              creator, release store, LAST: the "header is ready" signal
 *      8     4  version            creator (LAYOUT_VERSION)
 *     12     4  nranks             creator: the group size every joiner must agree with
 *     16     8  launchToken        creator: the token in the segment name and the rendezvous file
 *     24     8  creatorPid         creator
 *     32     8  creatorStartTime   creator: process start time (ProcessIdentity), with the pid
 *                                  its identity
 *     40    88  (reserved, zero)
 *    128   128  readyMask     slot bit r = rank r has joined (getAndAdd of 1 &lt;&lt; r); init waits for all
 *    256   128  allocState    slot u32 state (0 pending, 1 sized) release-stored by rank 0, then
 *    260          (in slot)        u32 pad, u64 winSize at 264 (the rounded per-rank size)
 *    384   128  barrierMask   slot bit r = rank r arrived at the current barrier (getAndAdd)
 *    512   128  barrierPhase  slot u32 generation, advanced (release) by the last arriver
 *    640   128  destroyMask   slot bit r = rank r is leaving (getAndAdd)
 *    768   128  abort         slot the group's first failure, claimed by CAS of claim 0 -&gt; 1:
 *    768     4    claim            u32 0 free, 1 taken (only the claimer writes the rest)
 *    772     4    reason           u32 AbortReason code, release-stored LAST; 0 = no abort
 *    776     4    rank             u32 the rank that aborted
 *    780     4    errno            u32 errno of a native failure, or 0
 *    784     8    value            u64 the aborting rank's value (nranks, window hint, bytes, pid)
 *    792     8    expected         u64 the value the group had (or the holder's pid)
 *    800     4    otherRank        u32 the other rank of a window-size disagreement
 *    804     4    stage            u32 where the aborting rank was: the Stage's exit code
 *    808    88    (reserved, zero)
 *    896   128  mappedMask    slot bit r = rank r has mapped the windows (end of alloc)
 *   1024  1024  ranks[64]          16 bytes per rank r: u64 pid (claimed by CAS 0 -&gt; pid),
 *                                  u64 start time (see ProcessIdentity)
 *   2048   512  winRequest[64]     u64 per rank: the hint rank r passed to allocWindows (0 = not yet)
 *   2560  1536  (reserved, zero)
 *   4096        end of header
 * </pre>
 *
 * <p>The masks are the contract's counters ({@code ready_count}, {@code barrier_count},
 * {@code destroy_count}) kept as one bit per rank: adding {@code 1 << r} once per round is an
 * atomic {@code lock xadd}, exactly as cheap as adding 1, and {@code bitCount} is the count; in
 * exchange a timeout can name exactly the ranks that never arrived. Bit 63 is rank 63, so a full
 * 64-rank mask is {@code -1L}.
 *
 * <p>Every contended word has its own 128-byte slot (two cache lines, so the adjacent-line
 * prefetcher cannot couple them). Counters are only touched through {@code VarHandle} atomics:
 * {@code getAndAdd}, {@code compareAndSet}, {@code getAcquire}/{@code setRelease}; the
 * once-written fields are plain stores published by a later release store.
 */
public final class SegmentDescriptor {
    private SegmentDescriptor() {
    }

    /** "C4JSIM01" as a little-endian long: a header that does not start with it is not ready or not ours. */
    public static final long MAGIC = 0x3130_4D49_534A_3443L;
    /** The header layout version; a joiner refuses a segment with another. */
    public static final int LAYOUT_VERSION = 2;

    /** Size of the header. */
    public static final int HEADER_BYTES = 4096;
    /** Offset of rank 0's window. */
    public static final long WINDOWS_OFFSET = HEADER_BYTES;
    /** Window sizes are rounded up to this (the page size on Linux and x86 macOS): windows start page-aligned. */
    public static final long WINDOW_ALIGNMENT = 4096;
    /** Size of one contended-word slot. */
    public static final int SLOT_BYTES = 128;
    /** The most ranks a segment describes: {@link CommContext#MAX_RANKS}, which the u64 masks must cover. */
    public static final int MAX_RANKS = CommContext.MAX_RANKS;

    /** u64 {@link #MAGIC}. */
    public static final int MAGIC_OFFSET;
    /** u32 {@link #LAYOUT_VERSION}. */
    public static final int VERSION_OFFSET;
    /** u32 group size. */
    public static final int NRANKS_OFFSET;
    /** u64 launch token. */
    public static final int LAUNCH_TOKEN_OFFSET;
    /** u64 creator pid. */
    public static final int CREATOR_PID_OFFSET;
    /** u64 creator start time (opaque, see {@code ProcessIdentity}). */
    public static final int CREATOR_START_OFFSET;
    /** u64 mask of joined ranks. */
    public static final int READY_MASK_OFFSET;
    /** u32 0 pending, 1 sized. */
    public static final int ALLOC_STATE_OFFSET;
    /** u64 rounded window size, valid once the alloc state is 1. */
    public static final int ALLOC_WIN_SIZE_OFFSET;
    /** u64 mask of ranks arrived at the current barrier. */
    public static final int BARRIER_MASK_OFFSET;
    /** u32 barrier generation. */
    public static final int BARRIER_PHASE_OFFSET;
    /** u64 mask of leaving ranks. */
    public static final int DESTROY_MASK_OFFSET;
    /** u32 abort claim. */
    public static final int ABORT_CLAIM_OFFSET;
    /** u32 abort reason, release-stored last; 0 = no abort. */
    public static final int ABORT_REASON_OFFSET;
    /** u32 the rank that aborted. */
    public static final int ABORT_RANK_OFFSET;
    /** u32 errno of a native failure, or 0. */
    public static final int ABORT_ERRNO_OFFSET;
    /** u64 the aborting rank's value (its nranks, its window hint, the bytes it could not allocate, its pid). */
    public static final int ABORT_VALUE_OFFSET;
    /** u64 the value the group had. */
    public static final int ABORT_EXPECTED_OFFSET;
    /** u32 the other rank of a disagreement (whose value is {@code expected}). */
    public static final int ABORT_OTHER_RANK_OFFSET;
    /** u32 the stage the aborting rank was at, as its {@code Stage.exitCode()}. */
    public static final int ABORT_STAGE_OFFSET;
    /** u64 mask of ranks that mapped the windows. */
    public static final int MAPPED_MASK_OFFSET;
    /** Start of the rank table. */
    public static final int RANKS_OFFSET;
    /** Bytes per rank-table row. */
    public static final int RANK_ROW_BYTES = 16;
    /** Start of the window-request table. */
    public static final int WIN_REQUEST_OFFSET;
    /** First unused byte. */
    public static final int END_OF_FIELDS;

    static {
        int offset = 0;
        MAGIC_OFFSET = offset;
        offset += 8;
        VERSION_OFFSET = offset;
        offset += 4;
        NRANKS_OFFSET = offset;
        offset += 4;
        LAUNCH_TOKEN_OFFSET = offset;
        offset += 8;
        CREATOR_PID_OFFSET = offset;
        offset += 8;
        CREATOR_START_OFFSET = offset;
        offset = SLOT_BYTES;
        READY_MASK_OFFSET = offset;
        offset += SLOT_BYTES;
        ALLOC_STATE_OFFSET = offset;
        ALLOC_WIN_SIZE_OFFSET = offset + 8;
        offset += SLOT_BYTES;
        BARRIER_MASK_OFFSET = offset;
        offset += SLOT_BYTES;
        BARRIER_PHASE_OFFSET = offset;
        offset += SLOT_BYTES;
        DESTROY_MASK_OFFSET = offset;
        offset += SLOT_BYTES;
        ABORT_CLAIM_OFFSET = offset;
        ABORT_REASON_OFFSET = offset + 4;
        ABORT_RANK_OFFSET = offset + 8;
        ABORT_ERRNO_OFFSET = offset + 12;
        ABORT_VALUE_OFFSET = offset + 16;
        ABORT_EXPECTED_OFFSET = offset + 24;
        ABORT_OTHER_RANK_OFFSET = offset + 32;
        ABORT_STAGE_OFFSET = offset + 36;
        offset += SLOT_BYTES;
        MAPPED_MASK_OFFSET = offset;
        offset += SLOT_BYTES;
        RANKS_OFFSET = offset;
        offset += MAX_RANKS * RANK_ROW_BYTES;
        WIN_REQUEST_OFFSET = offset;
        offset += MAX_RANKS * 8;
        END_OF_FIELDS = offset;
        if (END_OF_FIELDS > HEADER_BYTES) {
            throw new IllegalStateException("sim header fields end at " + END_OF_FIELDS + " > " + HEADER_BYTES);
        }
    }

    /** Offset of rank {@code rank}'s pid in the rank table. */
    public static int rankPidOffset(final int rank) {
        return RANKS_OFFSET + rank * RANK_ROW_BYTES;
    }

    /** Offset of rank {@code rank}'s start time in the rank table. */
    public static int rankStartOffset(final int rank) {
        return RANKS_OFFSET + rank * RANK_ROW_BYTES + 8;
    }

    /** Offset of rank {@code rank}'s window request. */
    public static int winRequestOffset(final int rank) {
        return WIN_REQUEST_OFFSET + rank * 8;
    }

    /** The mask with one bit for each of {@code nranks} ranks. */
    public static long fullMask(final int nranks) {
        return nranks == MAX_RANKS ? -1L : (1L << nranks) - 1;
    }

    /**
     * {@code winSizeHint} rounded up to {@link #WINDOW_ALIGNMENT}.
     *
     * @throws ArithmeticException when the rounded size overflows a long
     */
    public static long roundedWindowSize(final long winSizeHint) {
        return Math.multiplyExact(Math.ceilDiv(winSizeHint, WINDOW_ALIGNMENT), WINDOW_ALIGNMENT);
    }

    /**
     * The size of a segment holding {@code nranks} windows of {@code winSize} bytes.
     *
     * @throws ArithmeticException when it overflows a long (an off_t)
     */
    public static long segmentBytes(final int nranks, final long winSize) {
        return Math.addExact(WINDOWS_OFFSET, Math.multiplyExact(nranks, winSize));
    }

    /** Offset of rank {@code rank}'s window in the segment. */
    public static long windowOffset(final int rank, final long winSize) {
        return WINDOWS_OFFSET + rank * winSize;
    }
}
