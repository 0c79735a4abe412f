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
 * struct HcclOpConfig {
 *     uint8_t deterministic;
 *     uint8_t retryEnable;
 *     uint8_t highPerfEnable;
 *     uint8_t padding[5];
 *     uint8_t linkTimeOut[8];
 *     uint64_t notifyWaitTime;
 *     uint32_t retryHoldTime;
 *     uint32_t retryIntervalTime;
 *     bool interXLinkDisable;
 *     uint32_t floatOverflowMode;
 *     uint32_t multiQpThreshold;
 * }
 * }
 */
public class HcclOpConfig {

    HcclOpConfig() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        hcomm_private_h.C_CHAR.withName("deterministic"),
        hcomm_private_h.C_CHAR.withName("retryEnable"),
        hcomm_private_h.C_CHAR.withName("highPerfEnable"),
        MemoryLayout.sequenceLayout(5, hcomm_private_h.C_CHAR).withName("padding"),
        MemoryLayout.sequenceLayout(8, hcomm_private_h.C_CHAR).withName("linkTimeOut"),
        hcomm_private_h.C_LONG.withName("notifyWaitTime"),
        hcomm_private_h.C_INT.withName("retryHoldTime"),
        hcomm_private_h.C_INT.withName("retryIntervalTime"),
        hcomm_private_h.C_BOOL.withName("interXLinkDisable"),
        MemoryLayout.paddingLayout(3),
        hcomm_private_h.C_INT.withName("floatOverflowMode"),
        hcomm_private_h.C_INT.withName("multiQpThreshold"),
        MemoryLayout.paddingLayout(4)
    ).withName("HcclOpConfig");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfByte deterministic$LAYOUT = (OfByte)$LAYOUT.select(groupElement("deterministic"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t deterministic
     * }
     */
    public static final OfByte deterministic$layout() {
        return deterministic$LAYOUT;
    }

    private static final long deterministic$OFFSET = 0;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t deterministic
     * }
     */
    public static final long deterministic$offset() {
        return deterministic$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t deterministic
     * }
     */
    public static byte deterministic(MemorySegment struct) {
        return struct.get(deterministic$LAYOUT, deterministic$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t deterministic
     * }
     */
    public static void deterministic(MemorySegment struct, byte fieldValue) {
        struct.set(deterministic$LAYOUT, deterministic$OFFSET, fieldValue);
    }

    private static final OfByte retryEnable$LAYOUT = (OfByte)$LAYOUT.select(groupElement("retryEnable"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t retryEnable
     * }
     */
    public static final OfByte retryEnable$layout() {
        return retryEnable$LAYOUT;
    }

    private static final long retryEnable$OFFSET = 1;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t retryEnable
     * }
     */
    public static final long retryEnable$offset() {
        return retryEnable$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t retryEnable
     * }
     */
    public static byte retryEnable(MemorySegment struct) {
        return struct.get(retryEnable$LAYOUT, retryEnable$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t retryEnable
     * }
     */
    public static void retryEnable(MemorySegment struct, byte fieldValue) {
        struct.set(retryEnable$LAYOUT, retryEnable$OFFSET, fieldValue);
    }

    private static final OfByte highPerfEnable$LAYOUT = (OfByte)$LAYOUT.select(groupElement("highPerfEnable"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t highPerfEnable
     * }
     */
    public static final OfByte highPerfEnable$layout() {
        return highPerfEnable$LAYOUT;
    }

    private static final long highPerfEnable$OFFSET = 2;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t highPerfEnable
     * }
     */
    public static final long highPerfEnable$offset() {
        return highPerfEnable$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t highPerfEnable
     * }
     */
    public static byte highPerfEnable(MemorySegment struct) {
        return struct.get(highPerfEnable$LAYOUT, highPerfEnable$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t highPerfEnable
     * }
     */
    public static void highPerfEnable(MemorySegment struct, byte fieldValue) {
        struct.set(highPerfEnable$LAYOUT, highPerfEnable$OFFSET, fieldValue);
    }

    private static final SequenceLayout padding$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("padding"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t padding[5]
     * }
     */
    public static final SequenceLayout padding$layout() {
        return padding$LAYOUT;
    }

    private static final long padding$OFFSET = 3;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t padding[5]
     * }
     */
    public static final long padding$offset() {
        return padding$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t padding[5]
     * }
     */
    public static MemorySegment padding(MemorySegment struct) {
        return struct.asSlice(padding$OFFSET, padding$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t padding[5]
     * }
     */
    public static void padding(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, padding$OFFSET, padding$LAYOUT.byteSize());
    }

    private static long[] padding$DIMS = { 5 };

    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * uint8_t padding[5]
     * }
     */
    public static long[] padding$dimensions() {
        return padding$DIMS;
    }
    private static final VarHandle padding$ELEM_HANDLE = padding$LAYOUT.varHandle(sequenceElement());

    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * uint8_t padding[5]
     * }
     */
    public static byte padding(MemorySegment struct, long index0) {
        return (byte)padding$ELEM_HANDLE.get(struct, padding$OFFSET, index0);
    }

    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * uint8_t padding[5]
     * }
     */
    public static void padding(MemorySegment struct, long index0, byte fieldValue) {
        padding$ELEM_HANDLE.set(struct, padding$OFFSET, index0, fieldValue);
    }

    private static final SequenceLayout linkTimeOut$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("linkTimeOut"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t linkTimeOut[8]
     * }
     */
    public static final SequenceLayout linkTimeOut$layout() {
        return linkTimeOut$LAYOUT;
    }

    private static final long linkTimeOut$OFFSET = 8;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t linkTimeOut[8]
     * }
     */
    public static final long linkTimeOut$offset() {
        return linkTimeOut$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t linkTimeOut[8]
     * }
     */
    public static MemorySegment linkTimeOut(MemorySegment struct) {
        return struct.asSlice(linkTimeOut$OFFSET, linkTimeOut$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t linkTimeOut[8]
     * }
     */
    public static void linkTimeOut(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, linkTimeOut$OFFSET, linkTimeOut$LAYOUT.byteSize());
    }

    private static long[] linkTimeOut$DIMS = { 8 };

    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * uint8_t linkTimeOut[8]
     * }
     */
    public static long[] linkTimeOut$dimensions() {
        return linkTimeOut$DIMS;
    }
    private static final VarHandle linkTimeOut$ELEM_HANDLE = linkTimeOut$LAYOUT.varHandle(sequenceElement());

    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * uint8_t linkTimeOut[8]
     * }
     */
    public static byte linkTimeOut(MemorySegment struct, long index0) {
        return (byte)linkTimeOut$ELEM_HANDLE.get(struct, linkTimeOut$OFFSET, index0);
    }

    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * uint8_t linkTimeOut[8]
     * }
     */
    public static void linkTimeOut(MemorySegment struct, long index0, byte fieldValue) {
        linkTimeOut$ELEM_HANDLE.set(struct, linkTimeOut$OFFSET, index0, fieldValue);
    }

    private static final OfLong notifyWaitTime$LAYOUT = (OfLong)$LAYOUT.select(groupElement("notifyWaitTime"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t notifyWaitTime
     * }
     */
    public static final OfLong notifyWaitTime$layout() {
        return notifyWaitTime$LAYOUT;
    }

    private static final long notifyWaitTime$OFFSET = 16;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t notifyWaitTime
     * }
     */
    public static final long notifyWaitTime$offset() {
        return notifyWaitTime$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t notifyWaitTime
     * }
     */
    public static long notifyWaitTime(MemorySegment struct) {
        return struct.get(notifyWaitTime$LAYOUT, notifyWaitTime$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t notifyWaitTime
     * }
     */
    public static void notifyWaitTime(MemorySegment struct, long fieldValue) {
        struct.set(notifyWaitTime$LAYOUT, notifyWaitTime$OFFSET, fieldValue);
    }

    private static final OfInt retryHoldTime$LAYOUT = (OfInt)$LAYOUT.select(groupElement("retryHoldTime"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t retryHoldTime
     * }
     */
    public static final OfInt retryHoldTime$layout() {
        return retryHoldTime$LAYOUT;
    }

    private static final long retryHoldTime$OFFSET = 24;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t retryHoldTime
     * }
     */
    public static final long retryHoldTime$offset() {
        return retryHoldTime$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t retryHoldTime
     * }
     */
    public static int retryHoldTime(MemorySegment struct) {
        return struct.get(retryHoldTime$LAYOUT, retryHoldTime$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t retryHoldTime
     * }
     */
    public static void retryHoldTime(MemorySegment struct, int fieldValue) {
        struct.set(retryHoldTime$LAYOUT, retryHoldTime$OFFSET, fieldValue);
    }

    private static final OfInt retryIntervalTime$LAYOUT = (OfInt)$LAYOUT.select(groupElement("retryIntervalTime"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t retryIntervalTime
     * }
     */
    public static final OfInt retryIntervalTime$layout() {
        return retryIntervalTime$LAYOUT;
    }

    private static final long retryIntervalTime$OFFSET = 28;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t retryIntervalTime
     * }
     */
    public static final long retryIntervalTime$offset() {
        return retryIntervalTime$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t retryIntervalTime
     * }
     */
    public static int retryIntervalTime(MemorySegment struct) {
        return struct.get(retryIntervalTime$LAYOUT, retryIntervalTime$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t retryIntervalTime
     * }
     */
    public static void retryIntervalTime(MemorySegment struct, int fieldValue) {
        struct.set(retryIntervalTime$LAYOUT, retryIntervalTime$OFFSET, fieldValue);
    }

    private static final OfBoolean interXLinkDisable$LAYOUT = (OfBoolean)$LAYOUT.select(groupElement("interXLinkDisable"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * bool interXLinkDisable
     * }
     */
    public static final OfBoolean interXLinkDisable$layout() {
        return interXLinkDisable$LAYOUT;
    }

    private static final long interXLinkDisable$OFFSET = 32;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * bool interXLinkDisable
     * }
     */
    public static final long interXLinkDisable$offset() {
        return interXLinkDisable$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * bool interXLinkDisable
     * }
     */
    public static boolean interXLinkDisable(MemorySegment struct) {
        return struct.get(interXLinkDisable$LAYOUT, interXLinkDisable$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * bool interXLinkDisable
     * }
     */
    public static void interXLinkDisable(MemorySegment struct, boolean fieldValue) {
        struct.set(interXLinkDisable$LAYOUT, interXLinkDisable$OFFSET, fieldValue);
    }

    private static final OfInt floatOverflowMode$LAYOUT = (OfInt)$LAYOUT.select(groupElement("floatOverflowMode"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t floatOverflowMode
     * }
     */
    public static final OfInt floatOverflowMode$layout() {
        return floatOverflowMode$LAYOUT;
    }

    private static final long floatOverflowMode$OFFSET = 36;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t floatOverflowMode
     * }
     */
    public static final long floatOverflowMode$offset() {
        return floatOverflowMode$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t floatOverflowMode
     * }
     */
    public static int floatOverflowMode(MemorySegment struct) {
        return struct.get(floatOverflowMode$LAYOUT, floatOverflowMode$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t floatOverflowMode
     * }
     */
    public static void floatOverflowMode(MemorySegment struct, int fieldValue) {
        struct.set(floatOverflowMode$LAYOUT, floatOverflowMode$OFFSET, fieldValue);
    }

    private static final OfInt multiQpThreshold$LAYOUT = (OfInt)$LAYOUT.select(groupElement("multiQpThreshold"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t multiQpThreshold
     * }
     */
    public static final OfInt multiQpThreshold$layout() {
        return multiQpThreshold$LAYOUT;
    }

    private static final long multiQpThreshold$OFFSET = 40;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t multiQpThreshold
     * }
     */
    public static final long multiQpThreshold$offset() {
        return multiQpThreshold$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t multiQpThreshold
     * }
     */
    public static int multiQpThreshold(MemorySegment struct) {
        return struct.get(multiQpThreshold$LAYOUT, multiQpThreshold$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t multiQpThreshold
     * }
     */
    public static void multiQpThreshold(MemorySegment struct, int fieldValue) {
        struct.set(multiQpThreshold$LAYOUT, multiQpThreshold$OFFSET, fieldValue);
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
