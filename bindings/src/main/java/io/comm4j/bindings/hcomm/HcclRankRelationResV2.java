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
 * struct HcclRankRelationResV2 {
 *     uint32_t remoteUsrRankId;
 *     uint32_t remoteWorldRank;
 *     uint64_t windowsIn;
 *     uint64_t windowsOut;
 *     uint64_t windowsExp;
 *     ListCommon nextTagRes;
 * }
 * }
 */
public class HcclRankRelationResV2 {

    HcclRankRelationResV2() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        hcomm_private_h.C_INT.withName("remoteUsrRankId"),
        hcomm_private_h.C_INT.withName("remoteWorldRank"),
        hcomm_private_h.C_LONG.withName("windowsIn"),
        hcomm_private_h.C_LONG.withName("windowsOut"),
        hcomm_private_h.C_LONG.withName("windowsExp"),
        ListCommon.layout().withName("nextTagRes")
    ).withName("HcclRankRelationResV2");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt remoteUsrRankId$LAYOUT = (OfInt)$LAYOUT.select(groupElement("remoteUsrRankId"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t remoteUsrRankId
     * }
     */
    public static final OfInt remoteUsrRankId$layout() {
        return remoteUsrRankId$LAYOUT;
    }

    private static final long remoteUsrRankId$OFFSET = 0;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t remoteUsrRankId
     * }
     */
    public static final long remoteUsrRankId$offset() {
        return remoteUsrRankId$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t remoteUsrRankId
     * }
     */
    public static int remoteUsrRankId(MemorySegment struct) {
        return struct.get(remoteUsrRankId$LAYOUT, remoteUsrRankId$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t remoteUsrRankId
     * }
     */
    public static void remoteUsrRankId(MemorySegment struct, int fieldValue) {
        struct.set(remoteUsrRankId$LAYOUT, remoteUsrRankId$OFFSET, fieldValue);
    }

    private static final OfInt remoteWorldRank$LAYOUT = (OfInt)$LAYOUT.select(groupElement("remoteWorldRank"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t remoteWorldRank
     * }
     */
    public static final OfInt remoteWorldRank$layout() {
        return remoteWorldRank$LAYOUT;
    }

    private static final long remoteWorldRank$OFFSET = 4;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t remoteWorldRank
     * }
     */
    public static final long remoteWorldRank$offset() {
        return remoteWorldRank$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t remoteWorldRank
     * }
     */
    public static int remoteWorldRank(MemorySegment struct) {
        return struct.get(remoteWorldRank$LAYOUT, remoteWorldRank$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t remoteWorldRank
     * }
     */
    public static void remoteWorldRank(MemorySegment struct, int fieldValue) {
        struct.set(remoteWorldRank$LAYOUT, remoteWorldRank$OFFSET, fieldValue);
    }

    private static final OfLong windowsIn$LAYOUT = (OfLong)$LAYOUT.select(groupElement("windowsIn"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t windowsIn
     * }
     */
    public static final OfLong windowsIn$layout() {
        return windowsIn$LAYOUT;
    }

    private static final long windowsIn$OFFSET = 8;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t windowsIn
     * }
     */
    public static final long windowsIn$offset() {
        return windowsIn$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t windowsIn
     * }
     */
    public static long windowsIn(MemorySegment struct) {
        return struct.get(windowsIn$LAYOUT, windowsIn$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t windowsIn
     * }
     */
    public static void windowsIn(MemorySegment struct, long fieldValue) {
        struct.set(windowsIn$LAYOUT, windowsIn$OFFSET, fieldValue);
    }

    private static final OfLong windowsOut$LAYOUT = (OfLong)$LAYOUT.select(groupElement("windowsOut"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t windowsOut
     * }
     */
    public static final OfLong windowsOut$layout() {
        return windowsOut$LAYOUT;
    }

    private static final long windowsOut$OFFSET = 16;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t windowsOut
     * }
     */
    public static final long windowsOut$offset() {
        return windowsOut$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t windowsOut
     * }
     */
    public static long windowsOut(MemorySegment struct) {
        return struct.get(windowsOut$LAYOUT, windowsOut$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t windowsOut
     * }
     */
    public static void windowsOut(MemorySegment struct, long fieldValue) {
        struct.set(windowsOut$LAYOUT, windowsOut$OFFSET, fieldValue);
    }

    private static final OfLong windowsExp$LAYOUT = (OfLong)$LAYOUT.select(groupElement("windowsExp"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t windowsExp
     * }
     */
    public static final OfLong windowsExp$layout() {
        return windowsExp$LAYOUT;
    }

    private static final long windowsExp$OFFSET = 24;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t windowsExp
     * }
     */
    public static final long windowsExp$offset() {
        return windowsExp$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t windowsExp
     * }
     */
    public static long windowsExp(MemorySegment struct) {
        return struct.get(windowsExp$LAYOUT, windowsExp$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t windowsExp
     * }
     */
    public static void windowsExp(MemorySegment struct, long fieldValue) {
        struct.set(windowsExp$LAYOUT, windowsExp$OFFSET, fieldValue);
    }

    private static final GroupLayout nextTagRes$LAYOUT = (GroupLayout)$LAYOUT.select(groupElement("nextTagRes"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * ListCommon nextTagRes
     * }
     */
    public static final GroupLayout nextTagRes$layout() {
        return nextTagRes$LAYOUT;
    }

    private static final long nextTagRes$OFFSET = 32;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * ListCommon nextTagRes
     * }
     */
    public static final long nextTagRes$offset() {
        return nextTagRes$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * ListCommon nextTagRes
     * }
     */
    public static MemorySegment nextTagRes(MemorySegment struct) {
        return struct.asSlice(nextTagRes$OFFSET, nextTagRes$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * ListCommon nextTagRes
     * }
     */
    public static void nextTagRes(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, nextTagRes$OFFSET, nextTagRes$LAYOUT.byteSize());
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
