// Not jextract output: written in the layout jextract 25 emits for headers/hcomm_private.h;
// scripts/jextract.sh regenerates it where jextract is installed.

package io.comm4j.bindings.hcomm;

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
 * struct HcclStreamInfo {
 *     int32_t streamIds;
 *     uint32_t sqIds;
 *     uint32_t cqIds;
 *     uint32_t logicCqids;
 * }
 * }
 */
public class HcclStreamInfo {

    HcclStreamInfo() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        hcomm_private_h.C_INT.withName("streamIds"),
        hcomm_private_h.C_INT.withName("sqIds"),
        hcomm_private_h.C_INT.withName("cqIds"),
        hcomm_private_h.C_INT.withName("logicCqids")
    ).withName("HcclStreamInfo");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt streamIds$LAYOUT = (OfInt)$LAYOUT.select(groupElement("streamIds"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * int32_t streamIds
     * }
     */
    public static final OfInt streamIds$layout() {
        return streamIds$LAYOUT;
    }

    private static final long streamIds$OFFSET = 0;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * int32_t streamIds
     * }
     */
    public static final long streamIds$offset() {
        return streamIds$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * int32_t streamIds
     * }
     */
    public static int streamIds(MemorySegment struct) {
        return struct.get(streamIds$LAYOUT, streamIds$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * int32_t streamIds
     * }
     */
    public static void streamIds(MemorySegment struct, int fieldValue) {
        struct.set(streamIds$LAYOUT, streamIds$OFFSET, fieldValue);
    }

    private static final OfInt sqIds$LAYOUT = (OfInt)$LAYOUT.select(groupElement("sqIds"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t sqIds
     * }
     */
    public static final OfInt sqIds$layout() {
        return sqIds$LAYOUT;
    }

    private static final long sqIds$OFFSET = 4;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t sqIds
     * }
     */
    public static final long sqIds$offset() {
        return sqIds$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t sqIds
     * }
     */
    public static int sqIds(MemorySegment struct) {
        return struct.get(sqIds$LAYOUT, sqIds$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t sqIds
     * }
     */
    public static void sqIds(MemorySegment struct, int fieldValue) {
        struct.set(sqIds$LAYOUT, sqIds$OFFSET, fieldValue);
    }

    private static final OfInt cqIds$LAYOUT = (OfInt)$LAYOUT.select(groupElement("cqIds"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t cqIds
     * }
     */
    public static final OfInt cqIds$layout() {
        return cqIds$LAYOUT;
    }

    private static final long cqIds$OFFSET = 8;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t cqIds
     * }
     */
    public static final long cqIds$offset() {
        return cqIds$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t cqIds
     * }
     */
    public static int cqIds(MemorySegment struct) {
        return struct.get(cqIds$LAYOUT, cqIds$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t cqIds
     * }
     */
    public static void cqIds(MemorySegment struct, int fieldValue) {
        struct.set(cqIds$LAYOUT, cqIds$OFFSET, fieldValue);
    }

    private static final OfInt logicCqids$LAYOUT = (OfInt)$LAYOUT.select(groupElement("logicCqids"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t logicCqids
     * }
     */
    public static final OfInt logicCqids$layout() {
        return logicCqids$LAYOUT;
    }

    private static final long logicCqids$OFFSET = 12;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t logicCqids
     * }
     */
    public static final long logicCqids$offset() {
        return logicCqids$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t logicCqids
     * }
     */
    public static int logicCqids(MemorySegment struct) {
        return struct.get(logicCqids$LAYOUT, logicCqids$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t logicCqids
     * }
     */
    public static void logicCqids(MemorySegment struct, int fieldValue) {
        struct.set(logicCqids$LAYOUT, logicCqids$OFFSET, fieldValue);
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
