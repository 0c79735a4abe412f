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
 * struct HcclSignalInfo {
 *     uint64_t resId;
 *     uint64_t addr;
 *     uint32_t devId;
 *     uint32_t tsId;
 *     uint32_t rankId;
 *     uint32_t flag;
 * }
 * }
 */
public class HcclSignalInfo {

    HcclSignalInfo() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        hcomm_private_h.C_LONG.withName("resId"),
        hcomm_private_h.C_LONG.withName("addr"),
        hcomm_private_h.C_INT.withName("devId"),
        hcomm_private_h.C_INT.withName("tsId"),
        hcomm_private_h.C_INT.withName("rankId"),
        hcomm_private_h.C_INT.withName("flag")
    ).withName("HcclSignalInfo");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfLong resId$LAYOUT = (OfLong)$LAYOUT.select(groupElement("resId"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t resId
     * }
     */
    public static final OfLong resId$layout() {
        return resId$LAYOUT;
    }

    private static final long resId$OFFSET = 0;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t resId
     * }
     */
    public static final long resId$offset() {
        return resId$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t resId
     * }
     */
    public static long resId(MemorySegment struct) {
        return struct.get(resId$LAYOUT, resId$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t resId
     * }
     */
    public static void resId(MemorySegment struct, long fieldValue) {
        struct.set(resId$LAYOUT, resId$OFFSET, fieldValue);
    }

    private static final OfLong addr$LAYOUT = (OfLong)$LAYOUT.select(groupElement("addr"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t addr
     * }
     */
    public static final OfLong addr$layout() {
        return addr$LAYOUT;
    }

    private static final long addr$OFFSET = 8;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t addr
     * }
     */
    public static final long addr$offset() {
        return addr$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t addr
     * }
     */
    public static long addr(MemorySegment struct) {
        return struct.get(addr$LAYOUT, addr$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t addr
     * }
     */
    public static void addr(MemorySegment struct, long fieldValue) {
        struct.set(addr$LAYOUT, addr$OFFSET, fieldValue);
    }

    private static final OfInt devId$LAYOUT = (OfInt)$LAYOUT.select(groupElement("devId"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t devId
     * }
     */
    public static final OfInt devId$layout() {
        return devId$LAYOUT;
    }

    private static final long devId$OFFSET = 16;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t devId
     * }
     */
    public static final long devId$offset() {
        return devId$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t devId
     * }
     */
    public static int devId(MemorySegment struct) {
        return struct.get(devId$LAYOUT, devId$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t devId
     * }
     */
    public static void devId(MemorySegment struct, int fieldValue) {
        struct.set(devId$LAYOUT, devId$OFFSET, fieldValue);
    }

    private static final OfInt tsId$LAYOUT = (OfInt)$LAYOUT.select(groupElement("tsId"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t tsId
     * }
     */
    public static final OfInt tsId$layout() {
        return tsId$LAYOUT;
    }

    private static final long tsId$OFFSET = 20;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t tsId
     * }
     */
    public static final long tsId$offset() {
        return tsId$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t tsId
     * }
     */
    public static int tsId(MemorySegment struct) {
        return struct.get(tsId$LAYOUT, tsId$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t tsId
     * }
     */
    public static void tsId(MemorySegment struct, int fieldValue) {
        struct.set(tsId$LAYOUT, tsId$OFFSET, fieldValue);
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

    private static final long rankId$OFFSET = 24;

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

    private static final OfInt flag$LAYOUT = (OfInt)$LAYOUT.select(groupElement("flag"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t flag
     * }
     */
    public static final OfInt flag$layout() {
        return flag$LAYOUT;
    }

    private static final long flag$OFFSET = 28;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t flag
     * }
     */
    public static final long flag$offset() {
        return flag$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t flag
     * }
     */
    public static int flag(MemorySegment struct) {
        return struct.get(flag$LAYOUT, flag$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t flag
     * }
     */
    public static void flag(MemorySegment struct, int fieldValue) {
        struct.set(flag$LAYOUT, flag$OFFSET, fieldValue);
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
