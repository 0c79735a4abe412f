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
 * struct RemoteResPtr {
 *     uint64_t nextHostPtr;
 *     uint64_t nextDevicePtr;
 * }
 * }
 */
public class RemoteResPtr {

    RemoteResPtr() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        hcomm_private_h.C_LONG.withName("nextHostPtr"),
        hcomm_private_h.C_LONG.withName("nextDevicePtr")
    ).withName("RemoteResPtr");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfLong nextHostPtr$LAYOUT = (OfLong)$LAYOUT.select(groupElement("nextHostPtr"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t nextHostPtr
     * }
     */
    public static final OfLong nextHostPtr$layout() {
        return nextHostPtr$LAYOUT;
    }

    private static final long nextHostPtr$OFFSET = 0;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t nextHostPtr
     * }
     */
    public static final long nextHostPtr$offset() {
        return nextHostPtr$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t nextHostPtr
     * }
     */
    public static long nextHostPtr(MemorySegment struct) {
        return struct.get(nextHostPtr$LAYOUT, nextHostPtr$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t nextHostPtr
     * }
     */
    public static void nextHostPtr(MemorySegment struct, long fieldValue) {
        struct.set(nextHostPtr$LAYOUT, nextHostPtr$OFFSET, fieldValue);
    }

    private static final OfLong nextDevicePtr$LAYOUT = (OfLong)$LAYOUT.select(groupElement("nextDevicePtr"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t nextDevicePtr
     * }
     */
    public static final OfLong nextDevicePtr$layout() {
        return nextDevicePtr$LAYOUT;
    }

    private static final long nextDevicePtr$OFFSET = 8;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t nextDevicePtr
     * }
     */
    public static final long nextDevicePtr$offset() {
        return nextDevicePtr$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t nextDevicePtr
     * }
     */
    public static long nextDevicePtr(MemorySegment struct) {
        return struct.get(nextDevicePtr$LAYOUT, nextDevicePtr$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t nextDevicePtr
     * }
     */
    public static void nextDevicePtr(MemorySegment struct, long fieldValue) {
        struct.set(nextDevicePtr$LAYOUT, nextDevicePtr$OFFSET, fieldValue);
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
