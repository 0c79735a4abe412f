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
 * struct Mc2CommConfigV2 {
 *     Mc2InitTilingInner init;
 *     Mc2cCTilingInner inner;
 * }
 * }
 */
public class Mc2CommConfigV2 {

    Mc2CommConfigV2() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        Mc2InitTilingInner.layout().withName("init"),
        Mc2cCTilingInner.layout().withName("inner")
    ).withName("Mc2CommConfigV2");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final GroupLayout init$LAYOUT = (GroupLayout)$LAYOUT.select(groupElement("init"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * Mc2InitTilingInner init
     * }
     */
    public static final GroupLayout init$layout() {
        return init$LAYOUT;
    }

    private static final long init$OFFSET = 0;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * Mc2InitTilingInner init
     * }
     */
    public static final long init$offset() {
        return init$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * Mc2InitTilingInner init
     * }
     */
    public static MemorySegment init(MemorySegment struct) {
        return struct.asSlice(init$OFFSET, init$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * Mc2InitTilingInner init
     * }
     */
    public static void init(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, init$OFFSET, init$LAYOUT.byteSize());
    }

    private static final GroupLayout inner$LAYOUT = (GroupLayout)$LAYOUT.select(groupElement("inner"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * Mc2cCTilingInner inner
     * }
     */
    public static final GroupLayout inner$layout() {
        return inner$LAYOUT;
    }

    private static final long inner$OFFSET = 64;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * Mc2cCTilingInner inner
     * }
     */
    public static final long inner$offset() {
        return inner$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * Mc2cCTilingInner inner
     * }
     */
    public static MemorySegment inner(MemorySegment struct) {
        return struct.asSlice(inner$OFFSET, inner$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * Mc2cCTilingInner inner
     * }
     */
    public static void inner(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, inner$OFFSET, inner$LAYOUT.byteSize());
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
