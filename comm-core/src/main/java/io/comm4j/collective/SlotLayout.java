package io.comm4j.collective;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * How the collectives ({@link Allreduce}, {@link Broadcast}, {@link Allgather}, {@link ReduceScatter},
 * {@link AllToAll}) divide each rank's window: two equal <em>slots</em> used alternately, each a small
 * header followed by the chunk data.
 *
 * <pre>
 * window of rank r (windowSize bytes)
 * +---------------------------+---------------------------+--------------+
 * | slot 0                    | slot 1                    | unused tail  |
 * | header (64) | data        | header (64) | data        | (&lt; 128 bytes)|
 * +---------------------------+---------------------------+--------------+
 *   slotBytes = floor(windowSize / 2 / 64) * 64,  dataBytes = slotBytes - 64
 *
 * slot header (written by the slot's owner before the barrier that publishes a call's first chunk)
 * offset  size  field      meaning
 * ------  ----  ---------  ---------------------------------------------------------
 *      0     4  op         the collective and element type: one of the OP_ constants
 *      4     4  rank       the owner's rank
 *      8     8  call       the owner's call number over this communicator (1, 2, ...; all collectives)
 *     16     8  count      the call's size: elements for the sums (per rank block for reduce-scatter),
 *                          bytes (per rank block) for the byte-moving collectives
 *     24     4  algorithm  the algorithm the owner resolved for this call (Allreduce.Algorithm
 *                          ordinal; 0 for the single-algorithm collectives)
 *     28     4  root       the call's root rank (broadcast), -1 for collectives without one
 *     32     8  chunk      the owner's chunk size in bytes
 *     40     8  source     single copy: the address, in the owner's process, of its source bytes for
 *                          this call (0 when it has none: a broadcast's non-root, or no offer);
 *                          progress in a streamed call (algorithm 1, no offer there): the bytes the
 *                          owner has produced (the producer) or consumed (the others) so far,
 *                          0 when the header is written, then release-stored, read with acquire
 *     48     8  self       single copy: the address of this slot header in the owner's process (the probe)
 *     56     4  pid        single copy: the owner's process id
 *     60     1  offer      single copy: 1 when the owner offers it for this call (its buffers are
 *                          native, the size pays, it can call process_vm_readv, the group's probe
 *                          has not failed), else 0; the call goes single-copy only if every rank offers
 *     61     1  probe      single copy, first offered call only: 1 = the owner read every peer's header
 *                          through process_vm_readv and it matched, 2 = it did not; written after the
 *                          barrier that publishes the header, read after the next
 *     62     2  (reserved)
 * </pre>
 *
 * <p>The single-copy fields are written by the byte-moving collectives (broadcast, allgather,
 * all-to-all); the others write zeros there. Fields 0-59 never change between the barrier that
 * publishes a header and the call's end, which is what lets the probe compare them; the one
 * exception is a streamed call's progress, and a streamed call never offers a single copy (so is
 * never probed).
 *
 * <p>Every field is something all ranks must agree on for the call to be correct: a rank that used
 * another algorithm or chunk size would pass its barriers at other points of the data.
 *
 * <p>Why two slots: consecutive chunks use alternate slots, so a rank may write chunk {@code k+1}
 * while a slower peer still reads chunk {@code k}; the barrier that publishes chunk {@code k+1}
 * also proves that every rank has finished reading chunk {@code k-1}, whose slot chunk {@code k+2}
 * reuses. That is what removes the second barrier per chunk. Data starts 64 bytes into a slot, so
 * it is cache-line aligned whenever the window is.
 *
 * <p>The header is in native byte order; it never leaves the host.
 */
final class SlotLayout {
    /** Size of a slot header; one cache line, so the data after it stays aligned. */
    static final int HEADER_BYTES = 64;
    /** Offset of the op code (int). */
    static final long OP_OFFSET = 0;
    /** Offset of the owner's rank (int). */
    static final long RANK_OFFSET = 4;
    /** Offset of the owner's call number (long). */
    static final long CALL_OFFSET = 8;
    /** Offset of the owner's element count (long). */
    static final long COUNT_OFFSET = 16;
    /** Offset of the owner's resolved algorithm (int, {@code Allreduce.Algorithm} ordinal). */
    static final long ALGORITHM_OFFSET = 24;
    /** Offset of the call's root rank (int, -1 when the collective has none). */
    static final long ROOT_OFFSET = 28;
    /** Offset of the owner's chunk size in bytes (long). */
    static final long CHUNK_OFFSET = 32;
    /** Offset of the single-copy source address in the owner's process (long). */
    static final long SOURCE_OFFSET = 40;
    /** Offset of a streamed call's progress (long, the same field as {@link #SOURCE_OFFSET}). */
    static final long PROGRESS_OFFSET = SOURCE_OFFSET;
    /** Offset of the address of this header in the owner's process (long). */
    static final long SELF_OFFSET = 48;
    /** Offset of the owner's process id (int). */
    static final long PID_OFFSET = 56;
    /** Offset of the single-copy offer (byte: 1 offered, 0 not). */
    static final long OFFER_OFFSET = 60;
    /** Offset of the single-copy probe result (byte: 0 none, {@link #PROBE_OK}, {@link #PROBE_FAILED}). */
    static final long PROBE_OFFSET = 61;
    /** Bytes of the header a probe compares: everything fixed once the header is published. */
    static final long PROBED_BYTES = OFFER_OFFSET;
    /** Probe result: every peer's header read back equal. */
    static final byte PROBE_OK = 1;
    /** Probe result: a read failed or differed. */
    static final byte PROBE_FAILED = 2;

    /** Op code: float32 sum. */
    static final int OP_FLOAT_SUM = 0x4631_5355; // "US1F" read little-endian: a recognisable pattern
    /** Op code: int64 sum. */
    static final int OP_LONG_SUM = 0x4C31_5355;
    /** Op code: reduce-scatter, float32 sum. */
    static final int OP_REDUCE_SCATTER_FLOAT_SUM = 0x4632_5355;
    /** Op code: reduce-scatter, int64 sum. */
    static final int OP_REDUCE_SCATTER_LONG_SUM = 0x4C32_5355;
    /** Op code: broadcast (bytes). */
    static final int OP_BROADCAST = 0x4243_5354;
    /** Op code: allgather (bytes). */
    static final int OP_ALLGATHER = 0x4147_5448;
    /** Op code: all-to-all (bytes). */
    static final int OP_ALL_TO_ALL = 0x4132_4131;
    /** The root field of a collective without a root. */
    static final int NO_ROOT = -1;

    /** Slot sizes are multiples of this, so both slots' data start cache-line aligned. */
    static final long ALIGN = 64;
    /** The smallest window the layout accepts: two slots of a header and one cache line of data. */
    static final long MIN_WINDOW_BYTES = 2 * (HEADER_BYTES + ALIGN);

    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED;
    /** The progress field, aligned (slots start at multiples of 64 in a page-aligned window). */
    private static final java.lang.invoke.VarHandle PROGRESS = ValueLayout.JAVA_LONG.varHandle();
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED;

    private SlotLayout() {
    }

    /** The size of one slot in a window of {@code windowBytes}. */
    static long slotBytes(final long windowBytes) {
        return (windowBytes / 2) / ALIGN * ALIGN;
    }

    /** Where slot {@code slot} (0 or 1) starts in the window. */
    static long slotOffset(final long windowBytes, final int slot) {
        return slot * slotBytes(windowBytes);
    }

    /** Where slot {@code slot}'s data starts in the window. */
    static long dataOffset(final long windowBytes, final int slot) {
        return slotOffset(windowBytes, slot) + HEADER_BYTES;
    }

    /** The data bytes of one slot. */
    static long dataBytes(final long windowBytes) {
        return slotBytes(windowBytes) - HEADER_BYTES;
    }

    /** Writes the header of the slot at {@code slotOffset} of {@code window}. */
    static void writeHeader(final MemorySegment window, final long slotOffset, final int op, final int rank,
                            final long call, final long count, final int root, final int algorithm,
                            final long chunk) {
        window.set(INT, slotOffset + OP_OFFSET, op);
        window.set(INT, slotOffset + RANK_OFFSET, rank);
        window.set(LONG, slotOffset + CALL_OFFSET, call);
        window.set(LONG, slotOffset + COUNT_OFFSET, count);
        window.set(INT, slotOffset + ALGORITHM_OFFSET, algorithm);
        window.set(INT, slotOffset + ROOT_OFFSET, root);
        window.set(LONG, slotOffset + CHUNK_OFFSET, chunk);
        window.set(LONG, slotOffset + SOURCE_OFFSET, 0L);
        window.set(LONG, slotOffset + SELF_OFFSET, window.address() + slotOffset);
        window.set(INT, slotOffset + PID_OFFSET, 0);
        window.set(ValueLayout.JAVA_BYTE, slotOffset + OFFER_OFFSET, (byte) 0);
        window.set(ValueLayout.JAVA_BYTE, slotOffset + PROBE_OFFSET, (byte) 0);
    }

    /** Writes the single-copy offer of the slot at {@code slotOffset}: source address and pid (after {@link #writeHeader}). */
    static void writeOffer(final MemorySegment window, final long slotOffset, final long source, final int pid) {
        window.set(LONG, slotOffset + SOURCE_OFFSET, source);
        window.set(INT, slotOffset + PID_OFFSET, pid);
        window.set(ValueLayout.JAVA_BYTE, slotOffset + OFFER_OFFSET, (byte) 1);
    }

    static void writeProbe(final MemorySegment window, final long slotOffset, final byte result) {
        window.set(ValueLayout.JAVA_BYTE, slotOffset + PROBE_OFFSET, result);
    }

    /** Publishes a streamed call's progress: every store to the window before it is visible with it. */
    static void publishProgress(final MemorySegment window, final long slotOffset, final long bytes) {
        PROGRESS.setRelease(window, slotOffset + PROGRESS_OFFSET, bytes);
    }

    /** A streamed call's progress as the slot's owner published it. */
    static long progress(final MemorySegment window, final long slotOffset) {
        return (long) PROGRESS.getAcquire(window, slotOffset + PROGRESS_OFFSET);
    }

    /** The int field at {@code field} (one of the {@code _OFFSET} constants) of the slot header at {@code slotOffset}. */
    static int intField(final MemorySegment window, final long slotOffset, final long field) {
        return window.get(INT, slotOffset + field);
    }

    /** The long field at {@code field} of the slot header at {@code slotOffset}. */
    static long longField(final MemorySegment window, final long slotOffset, final long field) {
        return window.get(LONG, slotOffset + field);
    }

    /** The byte field at {@code field} (offer, probe) of the slot header at {@code slotOffset}. */
    static byte byteField(final MemorySegment window, final long slotOffset, final long field) {
        return window.get(ValueLayout.JAVA_BYTE, slotOffset + field);
    }

    /** A human name of an op code, for mismatch messages. */
    static String opName(final int op) {
        return switch (op) {
            case OP_FLOAT_SUM -> "float32 sum";
            case OP_LONG_SUM -> "int64 sum";
            case OP_REDUCE_SCATTER_FLOAT_SUM -> "float32 reduce-scatter sum";
            case OP_REDUCE_SCATTER_LONG_SUM -> "int64 reduce-scatter sum";
            case OP_BROADCAST -> "broadcast";
            case OP_ALLGATHER -> "allgather";
            case OP_ALL_TO_ALL -> "all-to-all";
            default -> "unknown op 0x" + Integer.toHexString(op);
        };
    }

    /** An op and its header count for mismatch messages, e.g. "float32 sum of 100 elements". */
    static String describe(final int op, final long count) {
        final boolean elements = op == OP_FLOAT_SUM || op == OP_LONG_SUM || op == OP_REDUCE_SCATTER_FLOAT_SUM
            || op == OP_REDUCE_SCATTER_LONG_SUM;
        return opName(op) + " of " + count + (elements ? " elements" : " bytes");
    }
}
