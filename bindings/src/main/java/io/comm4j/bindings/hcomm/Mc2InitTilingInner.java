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
 * struct Mc2InitTilingInner {
 *     uint32_t version;
 *     uint32_t mc2HcommCnt;
 *     uint32_t offset[8];
 *     uint8_t debugMode;
 *     uint8_t preparePosition;
 *     uint16_t queueNum;
 *     uint16_t commBlockNum;
 *     uint8_t devType;
 *     char reserved[17];
 * }
 * }
 */
public class Mc2InitTilingInner {

    Mc2InitTilingInner() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        hcomm_private_h.C_INT.withName("version"),
        hcomm_private_h.C_INT.withName("mc2HcommCnt"),
        MemoryLayout.sequenceLayout(8, hcomm_private_h.C_INT).withName("offset"),
        hcomm_private_h.C_CHAR.withName("debugMode"),
        hcomm_private_h.C_CHAR.withName("preparePosition"),
        hcomm_private_h.C_SHORT.withName("queueNum"),
        hcomm_private_h.C_SHORT.withName("commBlockNum"),
        hcomm_private_h.C_CHAR.withName("devType"),
        MemoryLayout.sequenceLayout(17, hcomm_private_h.C_CHAR).withName("reserved")
    ).withName("Mc2InitTilingInner");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt version$LAYOUT = (OfInt)$LAYOUT.select(groupElement("version"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t version
     * }
     */
    public static final OfInt version$layout() {
        return version$LAYOUT;
    }

    private static final long version$OFFSET = 0;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t version
     * }
     */
    public static final long version$offset() {
        return version$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t version
     * }
     */
    public static int version(MemorySegment struct) {
        return struct.get(version$LAYOUT, version$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t version
     * }
     */
    public static void version(MemorySegment struct, int fieldValue) {
        struct.set(version$LAYOUT, version$OFFSET, fieldValue);
    }

    private static final OfInt mc2HcommCnt$LAYOUT = (OfInt)$LAYOUT.select(groupElement("mc2HcommCnt"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t mc2HcommCnt
     * }
     */
    public static final OfInt mc2HcommCnt$layout() {
        return mc2HcommCnt$LAYOUT;
    }

    private static final long mc2HcommCnt$OFFSET = 4;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t mc2HcommCnt
     * }
     */
    public static final long mc2HcommCnt$offset() {
        return mc2HcommCnt$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t mc2HcommCnt
     * }
     */
    public static int mc2HcommCnt(MemorySegment struct) {
        return struct.get(mc2HcommCnt$LAYOUT, mc2HcommCnt$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t mc2HcommCnt
     * }
     */
    public static void mc2HcommCnt(MemorySegment struct, int fieldValue) {
        struct.set(mc2HcommCnt$LAYOUT, mc2HcommCnt$OFFSET, fieldValue);
    }

    private static final SequenceLayout offset$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("offset"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t offset[8]
     * }
     */
    public static final SequenceLayout offset$layout() {
        return offset$LAYOUT;
    }

    private static final long offset$OFFSET = 8;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t offset[8]
     * }
     */
    public static final long offset$offset() {
        return offset$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t offset[8]
     * }
     */
    public static MemorySegment offset(MemorySegment struct) {
        return struct.asSlice(offset$OFFSET, offset$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t offset[8]
     * }
     */
    public static void offset(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, offset$OFFSET, offset$LAYOUT.byteSize());
    }

    private static long[] offset$DIMS = { 8 };

    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * uint32_t offset[8]
     * }
     */
    public static long[] offset$dimensions() {
        return offset$DIMS;
    }
    private static final VarHandle offset$ELEM_HANDLE = offset$LAYOUT.varHandle(sequenceElement());

    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * uint32_t offset[8]
     * }
     */
    public static int offset(MemorySegment struct, long index0) {
        return (int)offset$ELEM_HANDLE.get(struct, offset$OFFSET, index0);
    }

    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * uint32_t offset[8]
     * }
     */
    public static void offset(MemorySegment struct, long index0, int fieldValue) {
        offset$ELEM_HANDLE.set(struct, offset$OFFSET, index0, fieldValue);
    }

    private static final OfByte debugMode$LAYOUT = (OfByte)$LAYOUT.select(groupElement("debugMode"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t debugMode
     * }
     */
    public static final OfByte debugMode$layout() {
        return debugMode$LAYOUT;
    }

    private static final long debugMode$OFFSET = 40;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t debugMode
     * }
     */
    public static final long debugMode$offset() {
        return debugMode$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t debugMode
     * }
     */
    public static byte debugMode(MemorySegment struct) {
        return struct.get(debugMode$LAYOUT, debugMode$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t debugMode
     * }
     */
    public static void debugMode(MemorySegment struct, byte fieldValue) {
        struct.set(debugMode$LAYOUT, debugMode$OFFSET, fieldValue);
    }

    private static final OfByte preparePosition$LAYOUT = (OfByte)$LAYOUT.select(groupElement("preparePosition"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t preparePosition
     * }
     */
    public static final OfByte preparePosition$layout() {
        return preparePosition$LAYOUT;
    }

    private static final long preparePosition$OFFSET = 41;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t preparePosition
     * }
     */
    public static final long preparePosition$offset() {
        return preparePosition$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t preparePosition
     * }
     */
    public static byte preparePosition(MemorySegment struct) {
        return struct.get(preparePosition$LAYOUT, preparePosition$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t preparePosition
     * }
     */
    public static void preparePosition(MemorySegment struct, byte fieldValue) {
        struct.set(preparePosition$LAYOUT, preparePosition$OFFSET, fieldValue);
    }

    private static final OfShort queueNum$LAYOUT = (OfShort)$LAYOUT.select(groupElement("queueNum"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint16_t queueNum
     * }
     */
    public static final OfShort queueNum$layout() {
        return queueNum$LAYOUT;
    }

    private static final long queueNum$OFFSET = 42;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint16_t queueNum
     * }
     */
    public static final long queueNum$offset() {
        return queueNum$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint16_t queueNum
     * }
     */
    public static short queueNum(MemorySegment struct) {
        return struct.get(queueNum$LAYOUT, queueNum$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint16_t queueNum
     * }
     */
    public static void queueNum(MemorySegment struct, short fieldValue) {
        struct.set(queueNum$LAYOUT, queueNum$OFFSET, fieldValue);
    }

    private static final OfShort commBlockNum$LAYOUT = (OfShort)$LAYOUT.select(groupElement("commBlockNum"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint16_t commBlockNum
     * }
     */
    public static final OfShort commBlockNum$layout() {
        return commBlockNum$LAYOUT;
    }

    private static final long commBlockNum$OFFSET = 44;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint16_t commBlockNum
     * }
     */
    public static final long commBlockNum$offset() {
        return commBlockNum$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint16_t commBlockNum
     * }
     */
    public static short commBlockNum(MemorySegment struct) {
        return struct.get(commBlockNum$LAYOUT, commBlockNum$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint16_t commBlockNum
     * }
     */
    public static void commBlockNum(MemorySegment struct, short fieldValue) {
        struct.set(commBlockNum$LAYOUT, commBlockNum$OFFSET, fieldValue);
    }

    private static final OfByte devType$LAYOUT = (OfByte)$LAYOUT.select(groupElement("devType"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t devType
     * }
     */
    public static final OfByte devType$layout() {
        return devType$LAYOUT;
    }

    private static final long devType$OFFSET = 46;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t devType
     * }
     */
    public static final long devType$offset() {
        return devType$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t devType
     * }
     */
    public static byte devType(MemorySegment struct) {
        return struct.get(devType$LAYOUT, devType$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t devType
     * }
     */
    public static void devType(MemorySegment struct, byte fieldValue) {
        struct.set(devType$LAYOUT, devType$OFFSET, fieldValue);
    }

    private static final SequenceLayout reserved$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("reserved"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * char reserved[17]
     * }
     */
    public static final SequenceLayout reserved$layout() {
        return reserved$LAYOUT;
    }

    private static final long reserved$OFFSET = 47;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * char reserved[17]
     * }
     */
    public static final long reserved$offset() {
        return reserved$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * char reserved[17]
     * }
     */
    public static MemorySegment reserved(MemorySegment struct) {
        return struct.asSlice(reserved$OFFSET, reserved$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * char reserved[17]
     * }
     */
    public static void reserved(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, reserved$OFFSET, reserved$LAYOUT.byteSize());
    }

    private static long[] reserved$DIMS = { 17 };

    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * char reserved[17]
     * }
     */
    public static long[] reserved$dimensions() {
        return reserved$DIMS;
    }
    private static final VarHandle reserved$ELEM_HANDLE = reserved$LAYOUT.varHandle(sequenceElement());

    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * char reserved[17]
     * }
     */
    public static byte reserved(MemorySegment struct, long index0) {
        return (byte)reserved$ELEM_HANDLE.get(struct, reserved$OFFSET, index0);
    }

    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * char reserved[17]
     * }
     */
    public static void reserved(MemorySegment struct, long index0, byte fieldValue) {
        reserved$ELEM_HANDLE.set(struct, reserved$OFFSET, index0, fieldValue);
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
