// Written by hand in the layout jextract 25 emits for headers/comm_context.h;
// scripts/jextract.sh regenerates it where jextract is installed.

package io.comm4j.bindings.comm;

import java.lang.invoke.*;
import java.lang.foreign.*;
import java.nio.ByteOrder;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

import static java.lang.foreign.ValueLayout.*;
import static java.lang.foreign.MemoryLayout.PathElement.*;

/**
 * {@snippet lang=c :
 * struct CommContext {
 *     uint64_t workSpace;
 *     uint64_t workSpaceSize;
 *     uint32_t rankId;
 *     uint32_t rankNum;
 *     uint64_t winSize;
 *     uint64_t windowsIn[64];
 *     uint64_t windowsOut[64];
 * }
 * }
 */
public class CommContext {

    CommContext() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        comm_context_h.C_LONG.withName("workSpace"),
        comm_context_h.C_LONG.withName("workSpaceSize"),
        comm_context_h.C_INT.withName("rankId"),
        comm_context_h.C_INT.withName("rankNum"),
        comm_context_h.C_LONG.withName("winSize"),
        MemoryLayout.sequenceLayout(64, comm_context_h.C_LONG).withName("windowsIn"),
        MemoryLayout.sequenceLayout(64, comm_context_h.C_LONG).withName("windowsOut")
    ).withName("CommContext");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfLong workSpace$LAYOUT = (OfLong)$LAYOUT.select(groupElement("workSpace"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t workSpace
     * }
     */
    public static final OfLong workSpace$layout() {
        return workSpace$LAYOUT;
    }

    private static final long workSpace$OFFSET = 0;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t workSpace
     * }
     */
    public static final long workSpace$offset() {
        return workSpace$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t workSpace
     * }
     */
    public static long workSpace(MemorySegment struct) {
        return struct.get(workSpace$LAYOUT, workSpace$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t workSpace
     * }
     */
    public static void workSpace(MemorySegment struct, long fieldValue) {
        struct.set(workSpace$LAYOUT, workSpace$OFFSET, fieldValue);
    }

    private static final OfLong workSpaceSize$LAYOUT = (OfLong)$LAYOUT.select(groupElement("workSpaceSize"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t workSpaceSize
     * }
     */
    public static final OfLong workSpaceSize$layout() {
        return workSpaceSize$LAYOUT;
    }

    private static final long workSpaceSize$OFFSET = 8;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t workSpaceSize
     * }
     */
    public static final long workSpaceSize$offset() {
        return workSpaceSize$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t workSpaceSize
     * }
     */
    public static long workSpaceSize(MemorySegment struct) {
        return struct.get(workSpaceSize$LAYOUT, workSpaceSize$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t workSpaceSize
     * }
     */
    public static void workSpaceSize(MemorySegment struct, long fieldValue) {
        struct.set(workSpaceSize$LAYOUT, workSpaceSize$OFFSET, fieldValue);
    }

    private static final OfInt rankId$LAYOUT = (OfInt)$LAYOUT.select(groupElement("rankId"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t rankId
     * }
     */
    public static final OfInt rankId$layout() {
        return rankId$LAYOUT;
    }

    private static final long rankId$OFFSET = 16;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t rankId
     * }
     */
    public static final long rankId$offset() {
        return rankId$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t rankId
     * }
     */
    public static int rankId(MemorySegment struct) {
        return struct.get(rankId$LAYOUT, rankId$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t rankId
     * }
     */
    public static void rankId(MemorySegment struct, int fieldValue) {
        struct.set(rankId$LAYOUT, rankId$OFFSET, fieldValue);
    }

    private static final OfInt rankNum$LAYOUT = (OfInt)$LAYOUT.select(groupElement("rankNum"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t rankNum
     * }
     */
    public static final OfInt rankNum$layout() {
        return rankNum$LAYOUT;
    }

    private static final long rankNum$OFFSET = 20;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t rankNum
     * }
     */
    public static final long rankNum$offset() {
        return rankNum$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t rankNum
     * }
     */
    public static int rankNum(MemorySegment struct) {
        return struct.get(rankNum$LAYOUT, rankNum$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t rankNum
     * }
     */
    public static void rankNum(MemorySegment struct, int fieldValue) {
        struct.set(rankNum$LAYOUT, rankNum$OFFSET, fieldValue);
    }

    private static final OfLong winSize$LAYOUT = (OfLong)$LAYOUT.select(groupElement("winSize"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t winSize
     * }
     */
    public static final OfLong winSize$layout() {
        return winSize$LAYOUT;
    }

    private static final long winSize$OFFSET = 24;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t winSize
     * }
     */
    public static final long winSize$offset() {
        return winSize$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t winSize
     * }
     */
    public static long winSize(MemorySegment struct) {
        return struct.get(winSize$LAYOUT, winSize$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t winSize
     * }
     */
    public static void winSize(MemorySegment struct, long fieldValue) {
        struct.set(winSize$LAYOUT, winSize$OFFSET, fieldValue);
    }

    private static final SequenceLayout windowsIn$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("windowsIn"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t windowsIn[64]
     * }
     */
    public static final SequenceLayout windowsIn$layout() {
        return windowsIn$LAYOUT;
    }

    private static final long windowsIn$OFFSET = 32;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t windowsIn[64]
     * }
     */
    public static final long windowsIn$offset() {
        return windowsIn$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t windowsIn[64]
     * }
     */
    public static MemorySegment windowsIn(MemorySegment struct) {
        return struct.asSlice(windowsIn$OFFSET, windowsIn$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t windowsIn[64]
     * }
     */
    public static void windowsIn(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, windowsIn$OFFSET, windowsIn$LAYOUT.byteSize());
    }

    private static long[] windowsIn$DIMS = { 64 };

    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * uint64_t windowsIn[64]
     * }
     */
    public static long[] windowsIn$dimensions() {
        return windowsIn$DIMS;
    }
    private static final VarHandle windowsIn$ELEM_HANDLE = windowsIn$LAYOUT.varHandle(sequenceElement());

    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * uint64_t windowsIn[64]
     * }
     */
    public static long windowsIn(MemorySegment struct, long index0) {
        return (long)windowsIn$ELEM_HANDLE.get(struct, windowsIn$OFFSET, index0);
    }

    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * uint64_t windowsIn[64]
     * }
     */
    public static void windowsIn(MemorySegment struct, long index0, long fieldValue) {
        windowsIn$ELEM_HANDLE.set(struct, windowsIn$OFFSET, index0, fieldValue);
    }

    private static final SequenceLayout windowsOut$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("windowsOut"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t windowsOut[64]
     * }
     */
    public static final SequenceLayout windowsOut$layout() {
        return windowsOut$LAYOUT;
    }

    private static final long windowsOut$OFFSET = 544;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t windowsOut[64]
     * }
     */
    public static final long windowsOut$offset() {
        return windowsOut$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t windowsOut[64]
     * }
     */
    public static MemorySegment windowsOut(MemorySegment struct) {
        return struct.asSlice(windowsOut$OFFSET, windowsOut$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t windowsOut[64]
     * }
     */
    public static void windowsOut(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, windowsOut$OFFSET, windowsOut$LAYOUT.byteSize());
    }

    private static long[] windowsOut$DIMS = { 64 };

    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * uint64_t windowsOut[64]
     * }
     */
    public static long[] windowsOut$dimensions() {
        return windowsOut$DIMS;
    }
    private static final VarHandle windowsOut$ELEM_HANDLE = windowsOut$LAYOUT.varHandle(sequenceElement());

    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * uint64_t windowsOut[64]
     * }
     */
    public static long windowsOut(MemorySegment struct, long index0) {
        return (long)windowsOut$ELEM_HANDLE.get(struct, windowsOut$OFFSET, index0);
    }

    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * uint64_t windowsOut[64]
     * }
     */
    public static void windowsOut(MemorySegment struct, long index0, long fieldValue) {
        windowsOut$ELEM_HANDLE.set(struct, windowsOut$OFFSET, index0, fieldValue);
    }

    /**
     * Obtains a slice of {@code arrayParam} which selects the array element at {@code index}.
     * The returned segment has address {@code arrayParam.address() + index * layout().byteSize()}
     */
    public static MemorySegment asSlice(MemorySegment array, long index) {
        return array.asSlice(layout().byteSize() * index);
    }

    /**
     * The size (in bytes) of this struct
     */
    public static long sizeof() { return layout().byteSize(); }

    /**
     * Allocate a segment of size {@code layout().byteSize()} using {@code allocator}
     */
    public static MemorySegment allocate(SegmentAllocator allocator) {
        return allocator.allocate(layout());
    }

    /**
     * Allocate an array of size {@code elementCount} using {@code allocator}.
     * The returned segment has size {@code elementCount * layout().byteSize()}.
     */
    public static MemorySegment allocateArray(long elementCount, SegmentAllocator allocator) {
        return allocator.allocate(MemoryLayout.sequenceLayout(elementCount, layout()));
    }

    /**
     * Reinterprets {@code addr} using target {@code arena} and {@code cleanupAction} (if any).
     * The returned segment has size {@code layout().byteSize()}
     */
    public static MemorySegment reinterpret(MemorySegment addr, Arena arena, Consumer<MemorySegment> cleanup) {
        return reinterpret(addr, 1, arena, cleanup);
    }

    /**
     * Reinterprets {@code addr} using target {@code arena} and {@code cleanupAction} (if any).
     * The returned segment has size {@code elementCount * layout().byteSize()}
     */
    public static MemorySegment reinterpret(MemorySegment addr, long elementCount, Arena arena, Consumer<MemorySegment> cleanup) {
        return addr.reinterpret(layout().byteSize() * elementCount, arena, cleanup);
    }
}
