package io.comm4j;

import io.comm4j.bindings.comm.comm_context_h;
import io.comm4j.internal.ContextStruct;
import io.comm4j.internal.LayoutCheck;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.util.Objects;

/**
 * A read-only view of a CommContext: the 1056-byte host/device ABI that device kernels read to find
 * every rank's window.
 *
 * <pre>
 * offset  size  field                    C type
 * ------  ----  -----------------------  ------------------------------
 *      0     8  workSpace                uint64
 *      8     8  workSpaceSize            uint64
 *     16     4  rankId                   uint32
 *     20     4  rankNum                  uint32
 *     24     8  winSize                  uint64
 *     32   512  windowsIn[64]            uint64 x COMM_MAX_RANK_NUM
 *    544   512  windowsOut[64]           uint64 x COMM_MAX_RANK_NUM
 *   1056        (end)                    little-endian, natural alignment
 * </pre>
 *
 * <p>{@link #LAYOUT} is the struct layout of {@code headers/comm_context.h} (the bindings' class,
 * which tests hold to gcc); this class's initialiser checks its size and every offset above and
 * refuses to load when one differs, so an ABI drift can never reach a kernel.
 *
 * <p>{@link #deviceAddress()} is what a kernel is given: on sim the address of the native context
 * itself, on HCCL the device copy. The view reads {@link #segment()}, a host-readable copy or the
 * context itself; it does not copy.
 */
public final class CommContext {

    /**
     * The most ranks a context describes, and so the most a group may have: {@code COMM_MAX_RANK_NUM}
     * of {@code headers/comm_context.h}, the length of the window arrays. comm4j's only definition.
     *
     * <p>A compile-time constant so that code checking a rank count (the CLI's launcher) does not
     * load the native bindings to read it; this class's initialiser refuses to load when it differs
     * from the header's value.
     */
    public static final int MAX_RANKS = 64;

    /** The size of a context in bytes. */
    public static final long BYTES = 1056;

    /** The layout, checked against the table above when this class loads. */
    public static final StructLayout LAYOUT = (StructLayout) lockedLayout(
        ContextStruct.layout());

    static {
        requireRankLimit(comm_context_h.COMM_MAX_RANK_NUM());
    }

    private final MemorySegment segment;
    private final long deviceAddress;

    private CommContext(final MemorySegment segment, final long deviceAddress) {
        this.segment = segment;
        this.deviceAddress = deviceAddress;
    }

    /**
     * Applies the locked numbers of the table above to {@code layout}. {@link #LAYOUT} is built with
     * it; tests pass deliberately wrong layouts to prove it rejects them.
     *
     * @throws IllegalStateException naming every field that differs
     */
    static MemoryLayout lockedLayout(final MemoryLayout layout) {
        return LayoutCheck.of("CommContext", layout, BYTES)
            .field("workSpace", 0)
            .field("workSpaceSize", 8)
            .field("rankId", 16)
            .field("rankNum", 20)
            .field("winSize", 24)
            .field("windowsIn", 32)
            .field("windowsOut", 544)
            .verify();
    }

    /**
     * Checks {@link #MAX_RANKS} against the header's {@code COMM_MAX_RANK_NUM}. The initialiser calls
     * it with the bindings' value; tests pass a wrong one to prove it is refused.
     *
     * @throws IllegalStateException naming both numbers
     */
    static void requireRankLimit(final int headerMaxRanks) {
        if (headerMaxRanks != MAX_RANKS) {
            throw new IllegalStateException("CommContext.MAX_RANKS is " + MAX_RANKS
                + " but headers/comm_context.h has COMM_MAX_RANK_NUM " + headerMaxRanks
                + ": the window arrays would be misread");
        }
    }

    /**
     * A view over {@code segment}, which holds a context (at least {@link #BYTES} bytes).
     *
     * @param deviceAddress the address a kernel uses for this context (may differ from the segment's)
     */
    public static CommContext view(final MemorySegment segment, final long deviceAddress) {
        Objects.requireNonNull(segment, "segment");
        if (segment.byteSize() < BYTES) {
            throw new IllegalArgumentException("a CommContext needs " + BYTES + " bytes, segment has "
                + segment.byteSize());
        }
        return new CommContext(segment, deviceAddress);
    }

    /** The segment this view reads. */
    public MemorySegment segment() {
        return segment;
    }

    /** The address a device kernel is given for this context. */
    public long deviceAddress() {
        return deviceAddress;
    }

    /** The MC2 workspace address (0 on sim). */
    public long workSpace() {
        return ContextStruct.workSpace(segment);
    }

    /** The MC2 workspace size (0 on sim). */
    public long workSpaceSize() {
        return ContextStruct.workSpaceSize(segment);
    }

    /** The rank this context belongs to (unsigned 32-bit read as int). */
    public int rankId() {
        return ContextStruct.rankId(segment);
    }

    /** The group size (unsigned 32-bit read as int). */
    public int rankNum() {
        return ContextStruct.rankNum(segment);
    }

    /** The per-rank window size in bytes. */
    public long winSize() {
        return ContextStruct.winSize(segment);
    }

    /** {@code windowsIn[rank]}: the address through which rank {@code rank}'s window is read. */
    public long windowIn(final int rank) {
        return ContextStruct.windowIn(segment, Objects.checkIndex(rank, MAX_RANKS));
    }

    /** {@code windowsOut[rank]}: the address through which rank {@code rank}'s window is written. */
    public long windowOut(final int rank) {
        return ContextStruct.windowOut(segment, Objects.checkIndex(rank, MAX_RANKS));
    }

    @Override
    public String toString() {
        return "CommContext[rankId=" + Integer.toUnsignedString(rankId()) + ", rankNum="
            + Integer.toUnsignedString(rankNum()) + ", winSize=" + winSize() + ", device=0x"
            + Long.toHexString(deviceAddress) + "]";
    }
}
