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
 * struct ListCommon {
 *     uint64_t nextHost;
 *     uint64_t preHost;
 *     uint64_t nextDevice;
 *     uint64_t preDevice;
 * }
 * }
 */
public class ListCommon {

    ListCommon() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        hcomm_private_h.C_LONG.withName("nextHost"),
        hcomm_private_h.C_LONG.withName("preHost"),
        hcomm_private_h.C_LONG.withName("nextDevice"),
        hcomm_private_h.C_LONG.withName("preDevice")
    ).withName("ListCommon");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfLong nextHost$LAYOUT = (OfLong)$LAYOUT.select(groupElement("nextHost"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t nextHost
     * }
     */
    public static final OfLong nextHost$layout() {
        return nextHost$LAYOUT;
    }

    private static final long nextHost$OFFSET = 0;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t nextHost
     * }
     */
    public static final long nextHost$offset() {
        return nextHost$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t nextHost
     * }
     */
    public static long nextHost(MemorySegment struct) {
        return struct.get(nextHost$LAYOUT, nextHost$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t nextHost
     * }
     */
    public static void nextHost(MemorySegment struct, long fieldValue) {
        struct.set(nextHost$LAYOUT, nextHost$OFFSET, fieldValue);
    }

    private static final OfLong preHost$LAYOUT = (OfLong)$LAYOUT.select(groupElement("preHost"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t preHost
     * }
     */
    public static final OfLong preHost$layout() {
        return preHost$LAYOUT;
    }

    private static final long preHost$OFFSET = 8;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t preHost
     * }
     */
    public static final long preHost$offset() {
        return preHost$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t preHost
     * }
     */
    public static long preHost(MemorySegment struct) {
        return struct.get(preHost$LAYOUT, preHost$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t preHost
     * }
     */
    public static void preHost(MemorySegment struct, long fieldValue) {
        struct.set(preHost$LAYOUT, preHost$OFFSET, fieldValue);
    }

    private static final OfLong nextDevice$LAYOUT = (OfLong)$LAYOUT.select(groupElement("nextDevice"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t nextDevice
     * }
     */
    public static final OfLong nextDevice$layout() {
        return nextDevice$LAYOUT;
    }

    private static final long nextDevice$OFFSET = 16;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t nextDevice
     * }
     */
    public static final long nextDevice$offset() {
        return nextDevice$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t nextDevice
     * }
     */
    public static long nextDevice(MemorySegment struct) {
        return struct.get(nextDevice$LAYOUT, nextDevice$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t nextDevice
     * }
     */
    public static void nextDevice(MemorySegment struct, long fieldValue) {
        struct.set(nextDevice$LAYOUT, nextDevice$OFFSET, fieldValue);
    }

    private static final OfLong preDevice$LAYOUT = (OfLong)$LAYOUT.select(groupElement("preDevice"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t preDevice
     * }
     */
    public static final OfLong preDevice$layout() {
        return preDevice$LAYOUT;
    }

    private static final long preDevice$OFFSET = 24;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t preDevice
     * }
     */
    public static final long preDevice$offset() {
        return preDevice$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t preDevice
     * }
     */
    public static long preDevice(MemorySegment struct) {
        return struct.get(preDevice$LAYOUT, preDevice$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t preDevice
     * }
     */
    public static void preDevice(MemorySegment struct, long fieldValue) {
        struct.set(preDevice$LAYOUT, preDevice$OFFSET, fieldValue);
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
