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
 * struct Mc2cCTilingInner {
 *     uint8_t skipLocalRankCopy;
 *     uint8_t skipBufferWindowCopy;
 *     uint8_t stepSize;
 *     uint8_t version;
 *     char reserved[9];
 *     uint8_t commEngine;
 *     uint8_t srcDataType;
 *     uint8_t dstDataType;
 *     char groupName[128];
 *     char algConfig[128];
 *     uint32_t opType;
 *     uint32_t reduceType;
 * }
 * }
 */
public class Mc2cCTilingInner {

    Mc2cCTilingInner() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        hcomm_private_h.C_CHAR.withName("skipLocalRankCopy"),
        hcomm_private_h.C_CHAR.withName("skipBufferWindowCopy"),
        hcomm_private_h.C_CHAR.withName("stepSize"),
        hcomm_private_h.C_CHAR.withName("version"),
        MemoryLayout.sequenceLayout(9, hcomm_private_h.C_CHAR).withName("reserved"),
        hcomm_private_h.C_CHAR.withName("commEngine"),
        hcomm_private_h.C_CHAR.withName("srcDataType"),
        hcomm_private_h.C_CHAR.withName("dstDataType"),
        MemoryLayout.sequenceLayout(128, hcomm_private_h.C_CHAR).withName("groupName"),
        MemoryLayout.sequenceLayout(128, hcomm_private_h.C_CHAR).withName("algConfig"),
        hcomm_private_h.C_INT.withName("opType"),
        hcomm_private_h.C_INT.withName("reduceType")
    ).withName("Mc2cCTilingInner");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfByte skipLocalRankCopy$LAYOUT = (OfByte)$LAYOUT.select(groupElement("skipLocalRankCopy"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t skipLocalRankCopy
     * }
     */
    public static final OfByte skipLocalRankCopy$layout() {
        return skipLocalRankCopy$LAYOUT;
    }

    private static final long skipLocalRankCopy$OFFSET = 0;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t skipLocalRankCopy
     * }
     */
    public static final long skipLocalRankCopy$offset() {
        return skipLocalRankCopy$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t skipLocalRankCopy
     * }
     */
    public static byte skipLocalRankCopy(MemorySegment struct) {
        return struct.get(skipLocalRankCopy$LAYOUT, skipLocalRankCopy$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t skipLocalRankCopy
     * }
     */
    public static void skipLocalRankCopy(MemorySegment struct, byte fieldValue) {
        struct.set(skipLocalRankCopy$LAYOUT, skipLocalRankCopy$OFFSET, fieldValue);
    }

    private static final OfByte skipBufferWindowCopy$LAYOUT = (OfByte)$LAYOUT.select(groupElement("skipBufferWindowCopy"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t skipBufferWindowCopy
     * }
     */
    public static final OfByte skipBufferWindowCopy$layout() {
        return skipBufferWindowCopy$LAYOUT;
    }

    private static final long skipBufferWindowCopy$OFFSET = 1;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t skipBufferWindowCopy
     * }
     */
    public static final long skipBufferWindowCopy$offset() {
        return skipBufferWindowCopy$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t skipBufferWindowCopy
     * }
     */
    public static byte skipBufferWindowCopy(MemorySegment struct) {
        return struct.get(skipBufferWindowCopy$LAYOUT, skipBufferWindowCopy$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t skipBufferWindowCopy
     * }
     */
    public static void skipBufferWindowCopy(MemorySegment struct, byte fieldValue) {
        struct.set(skipBufferWindowCopy$LAYOUT, skipBufferWindowCopy$OFFSET, fieldValue);
    }

    private static final OfByte stepSize$LAYOUT = (OfByte)$LAYOUT.select(groupElement("stepSize"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t stepSize
     * }
     */
    public static final OfByte stepSize$layout() {
        return stepSize$LAYOUT;
    }

    private static final long stepSize$OFFSET = 2;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t stepSize
     * }
     */
    public static final long stepSize$offset() {
        return stepSize$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t stepSize
     * }
     */
    public static byte stepSize(MemorySegment struct) {
        return struct.get(stepSize$LAYOUT, stepSize$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t stepSize
     * }
     */
    public static void stepSize(MemorySegment struct, byte fieldValue) {
        struct.set(stepSize$LAYOUT, stepSize$OFFSET, fieldValue);
    }

    private static final OfByte version$LAYOUT = (OfByte)$LAYOUT.select(groupElement("version"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t version
     * }
     */
    public static final OfByte version$layout() {
        return version$LAYOUT;
    }

    private static final long version$OFFSET = 3;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t version
     * }
     */
    public static final long version$offset() {
        return version$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t version
     * }
     */
    public static byte version(MemorySegment struct) {
        return struct.get(version$LAYOUT, version$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t version
     * }
     */
    public static void version(MemorySegment struct, byte fieldValue) {
        struct.set(version$LAYOUT, version$OFFSET, fieldValue);
    }

    private static final SequenceLayout reserved$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("reserved"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * char reserved[9]
     * }
     */
    public static final SequenceLayout reserved$layout() {
        return reserved$LAYOUT;
    }

    private static final long reserved$OFFSET = 4;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * char reserved[9]
     * }
     */
    public static final long reserved$offset() {
        return reserved$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * char reserved[9]
     * }
     */
    public static MemorySegment reserved(MemorySegment struct) {
        return struct.asSlice(reserved$OFFSET, reserved$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * char reserved[9]
     * }
     */
    public static void reserved(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, reserved$OFFSET, reserved$LAYOUT.byteSize());
    }

    private static long[] reserved$DIMS = { 9 };

    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * char reserved[9]
     * }
     */
    public static long[] reserved$dimensions() {
        return reserved$DIMS;
    }
    private static final VarHandle reserved$ELEM_HANDLE = reserved$LAYOUT.varHandle(sequenceElement());

    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * char reserved[9]
     * }
     */
    public static byte reserved(MemorySegment struct, long index0) {
        return (byte)reserved$ELEM_HANDLE.get(struct, reserved$OFFSET, index0);
    }

    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * char reserved[9]
     * }
     */
    public static void reserved(MemorySegment struct, long index0, byte fieldValue) {
        reserved$ELEM_HANDLE.set(struct, reserved$OFFSET, index0, fieldValue);
    }

    private static final OfByte commEngine$LAYOUT = (OfByte)$LAYOUT.select(groupElement("commEngine"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t commEngine
     * }
     */
    public static final OfByte commEngine$layout() {
        return commEngine$LAYOUT;
    }

    private static final long commEngine$OFFSET = 13;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t commEngine
     * }
     */
    public static final long commEngine$offset() {
        return commEngine$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t commEngine
     * }
     */
    public static byte commEngine(MemorySegment struct) {
        return struct.get(commEngine$LAYOUT, commEngine$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t commEngine
     * }
     */
    public static void commEngine(MemorySegment struct, byte fieldValue) {
        struct.set(commEngine$LAYOUT, commEngine$OFFSET, fieldValue);
    }

    private static final OfByte srcDataType$LAYOUT = (OfByte)$LAYOUT.select(groupElement("srcDataType"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t srcDataType
     * }
     */
    public static final OfByte srcDataType$layout() {
        return srcDataType$LAYOUT;
    }

    private static final long srcDataType$OFFSET = 14;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t srcDataType
     * }
     */
    public static final long srcDataType$offset() {
        return srcDataType$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t srcDataType
     * }
     */
    public static byte srcDataType(MemorySegment struct) {
        return struct.get(srcDataType$LAYOUT, srcDataType$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t srcDataType
     * }
     */
    public static void srcDataType(MemorySegment struct, byte fieldValue) {
        struct.set(srcDataType$LAYOUT, srcDataType$OFFSET, fieldValue);
    }

    private static final OfByte dstDataType$LAYOUT = (OfByte)$LAYOUT.select(groupElement("dstDataType"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t dstDataType
     * }
     */
    public static final OfByte dstDataType$layout() {
        return dstDataType$LAYOUT;
    }

    private static final long dstDataType$OFFSET = 15;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t dstDataType
     * }
     */
    public static final long dstDataType$offset() {
        return dstDataType$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t dstDataType
     * }
     */
    public static byte dstDataType(MemorySegment struct) {
        return struct.get(dstDataType$LAYOUT, dstDataType$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t dstDataType
     * }
     */
    public static void dstDataType(MemorySegment struct, byte fieldValue) {
        struct.set(dstDataType$LAYOUT, dstDataType$OFFSET, fieldValue);
    }

    private static final SequenceLayout groupName$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("groupName"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * char groupName[128]
     * }
     */
    public static final SequenceLayout groupName$layout() {
        return groupName$LAYOUT;
    }

    private static final long groupName$OFFSET = 16;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * char groupName[128]
     * }
     */
    public static final long groupName$offset() {
        return groupName$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * char groupName[128]
     * }
     */
    public static MemorySegment groupName(MemorySegment struct) {
        return struct.asSlice(groupName$OFFSET, groupName$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * char groupName[128]
     * }
     */
    public static void groupName(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, groupName$OFFSET, groupName$LAYOUT.byteSize());
    }

    private static long[] groupName$DIMS = { 128 };

    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * char groupName[128]
     * }
     */
    public static long[] groupName$dimensions() {
        return groupName$DIMS;
    }
    private static final VarHandle groupName$ELEM_HANDLE = groupName$LAYOUT.varHandle(sequenceElement());

    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * char groupName[128]
     * }
     */
    public static byte groupName(MemorySegment struct, long index0) {
        return (byte)groupName$ELEM_HANDLE.get(struct, groupName$OFFSET, index0);
    }

    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * char groupName[128]
     * }
     */
    public static void groupName(MemorySegment struct, long index0, byte fieldValue) {
        groupName$ELEM_HANDLE.set(struct, groupName$OFFSET, index0, fieldValue);
    }

    private static final SequenceLayout algConfig$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("algConfig"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * char algConfig[128]
     * }
     */
    public static final SequenceLayout algConfig$layout() {
        return algConfig$LAYOUT;
    }

    private static final long algConfig$OFFSET = 144;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * char algConfig[128]
     * }
     */
    public static final long algConfig$offset() {
        return algConfig$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * char algConfig[128]
     * }
     */
    public static MemorySegment algConfig(MemorySegment struct) {
        return struct.asSlice(algConfig$OFFSET, algConfig$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * char algConfig[128]
     * }
     */
    public static void algConfig(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, algConfig$OFFSET, algConfig$LAYOUT.byteSize());
    }

    private static long[] algConfig$DIMS = { 128 };

    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * char algConfig[128]
     * }
     */
    public static long[] algConfig$dimensions() {
        return algConfig$DIMS;
    }
    private static final VarHandle algConfig$ELEM_HANDLE = algConfig$LAYOUT.varHandle(sequenceElement());

    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * char algConfig[128]
     * }
     */
    public static byte algConfig(MemorySegment struct, long index0) {
        return (byte)algConfig$ELEM_HANDLE.get(struct, algConfig$OFFSET, index0);
    }

    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * char algConfig[128]
     * }
     */
    public static void algConfig(MemorySegment struct, long index0, byte fieldValue) {
        algConfig$ELEM_HANDLE.set(struct, algConfig$OFFSET, index0, fieldValue);
    }

    private static final OfInt opType$LAYOUT = (OfInt)$LAYOUT.select(groupElement("opType"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t opType
     * }
     */
    public static final OfInt opType$layout() {
        return opType$LAYOUT;
    }

    private static final long opType$OFFSET = 272;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t opType
     * }
     */
    public static final long opType$offset() {
        return opType$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t opType
     * }
     */
    public static int opType(MemorySegment struct) {
        return struct.get(opType$LAYOUT, opType$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t opType
     * }
     */
    public static void opType(MemorySegment struct, int fieldValue) {
        struct.set(opType$LAYOUT, opType$OFFSET, fieldValue);
    }

    private static final OfInt reduceType$LAYOUT = (OfInt)$LAYOUT.select(groupElement("reduceType"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t reduceType
     * }
     */
    public static final OfInt reduceType$layout() {
        return reduceType$LAYOUT;
    }

    private static final long reduceType$OFFSET = 276;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t reduceType
     * }
     */
    public static final long reduceType$offset() {
        return reduceType$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t reduceType
     * }
     */
    public static int reduceType(MemorySegment struct) {
        return struct.get(reduceType$LAYOUT, reduceType$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t reduceType
     * }
     */
    public static void reduceType(MemorySegment struct, int fieldValue) {
        struct.set(reduceType$LAYOUT, reduceType$OFFSET, fieldValue);
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
