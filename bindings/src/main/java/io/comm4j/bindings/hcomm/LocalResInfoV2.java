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
 * struct LocalResInfoV2 {
 *     uint32_t streamNum;
 *     uint32_t signalNum;
 *     HcclSignalInfo localSignals[64];
 *     HcclStreamInfo streamInfo[19];
 *     HcclStreamInfo mainStreamInfo;
 *     HcclSignalInfo aicpuOpNotify[2];
 *     ListCommon nextTagRes;
 * }
 * }
 */
public class LocalResInfoV2 {

    LocalResInfoV2() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        hcomm_private_h.C_INT.withName("streamNum"),
        hcomm_private_h.C_INT.withName("signalNum"),
        MemoryLayout.sequenceLayout(64, HcclSignalInfo.layout()).withName("localSignals"),
        MemoryLayout.sequenceLayout(19, HcclStreamInfo.layout()).withName("streamInfo"),
        HcclStreamInfo.layout().withName("mainStreamInfo"),
        MemoryLayout.sequenceLayout(2, HcclSignalInfo.layout()).withName("aicpuOpNotify"),
        ListCommon.layout().withName("nextTagRes")
    ).withName("LocalResInfoV2");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt streamNum$LAYOUT = (OfInt)$LAYOUT.select(groupElement("streamNum"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t streamNum
     * }
     */
    public static final OfInt streamNum$layout() {
        return streamNum$LAYOUT;
    }

    private static final long streamNum$OFFSET = 0;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t streamNum
     * }
     */
    public static final long streamNum$offset() {
        return streamNum$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t streamNum
     * }
     */
    public static int streamNum(MemorySegment struct) {
        return struct.get(streamNum$LAYOUT, streamNum$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t streamNum
     * }
     */
    public static void streamNum(MemorySegment struct, int fieldValue) {
        struct.set(streamNum$LAYOUT, streamNum$OFFSET, fieldValue);
    }

    private static final OfInt signalNum$LAYOUT = (OfInt)$LAYOUT.select(groupElement("signalNum"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t signalNum
     * }
     */
    public static final OfInt signalNum$layout() {
        return signalNum$LAYOUT;
    }

    private static final long signalNum$OFFSET = 4;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t signalNum
     * }
     */
    public static final long signalNum$offset() {
        return signalNum$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t signalNum
     * }
     */
    public static int signalNum(MemorySegment struct) {
        return struct.get(signalNum$LAYOUT, signalNum$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t signalNum
     * }
     */
    public static void signalNum(MemorySegment struct, int fieldValue) {
        struct.set(signalNum$LAYOUT, signalNum$OFFSET, fieldValue);
    }

    private static final SequenceLayout localSignals$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("localSignals"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * HcclSignalInfo localSignals[64]
     * }
     */
    public static final SequenceLayout localSignals$layout() {
        return localSignals$LAYOUT;
    }

    private static final long localSignals$OFFSET = 8;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * HcclSignalInfo localSignals[64]
     * }
     */
    public static final long localSignals$offset() {
        return localSignals$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * HcclSignalInfo localSignals[64]
     * }
     */
    public static MemorySegment localSignals(MemorySegment struct) {
        return struct.asSlice(localSignals$OFFSET, localSignals$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * HcclSignalInfo localSignals[64]
     * }
     */
    public static void localSignals(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, localSignals$OFFSET, localSignals$LAYOUT.byteSize());
    }

    private static long[] localSignals$DIMS = { 64 };

    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * HcclSignalInfo localSignals[64]
     * }
     */
    public static long[] localSignals$dimensions() {
        return localSignals$DIMS;
    }
    private static final MethodHandle localSignals$ELEM_HANDLE = localSignals$LAYOUT.sliceHandle(sequenceElement());

    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * HcclSignalInfo localSignals[64]
     * }
     */
    public static MemorySegment localSignals(MemorySegment struct, long index0) {
        try {
            return (MemorySegment)localSignals$ELEM_HANDLE.invokeExact(struct, localSignals$OFFSET, index0);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * HcclSignalInfo localSignals[64]
     * }
     */
    public static void localSignals(MemorySegment struct, long index0, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, localSignals(struct, index0), 0L, HcclSignalInfo.layout().byteSize());
    }

    private static final SequenceLayout streamInfo$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("streamInfo"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * HcclStreamInfo streamInfo[19]
     * }
     */
    public static final SequenceLayout streamInfo$layout() {
        return streamInfo$LAYOUT;
    }

    private static final long streamInfo$OFFSET = 2056;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * HcclStreamInfo streamInfo[19]
     * }
     */
    public static final long streamInfo$offset() {
        return streamInfo$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * HcclStreamInfo streamInfo[19]
     * }
     */
    public static MemorySegment streamInfo(MemorySegment struct) {
        return struct.asSlice(streamInfo$OFFSET, streamInfo$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * HcclStreamInfo streamInfo[19]
     * }
     */
    public static void streamInfo(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, streamInfo$OFFSET, streamInfo$LAYOUT.byteSize());
    }

    private static long[] streamInfo$DIMS = { 19 };

    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * HcclStreamInfo streamInfo[19]
     * }
     */
    public static long[] streamInfo$dimensions() {
        return streamInfo$DIMS;
    }
    private static final MethodHandle streamInfo$ELEM_HANDLE = streamInfo$LAYOUT.sliceHandle(sequenceElement());

    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * HcclStreamInfo streamInfo[19]
     * }
     */
    public static MemorySegment streamInfo(MemorySegment struct, long index0) {
        try {
            return (MemorySegment)streamInfo$ELEM_HANDLE.invokeExact(struct, streamInfo$OFFSET, index0);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * HcclStreamInfo streamInfo[19]
     * }
     */
    public static void streamInfo(MemorySegment struct, long index0, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, streamInfo(struct, index0), 0L, HcclStreamInfo.layout().byteSize());
    }

    private static final GroupLayout mainStreamInfo$LAYOUT = (GroupLayout)$LAYOUT.select(groupElement("mainStreamInfo"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * HcclStreamInfo mainStreamInfo
     * }
     */
    public static final GroupLayout mainStreamInfo$layout() {
        return mainStreamInfo$LAYOUT;
    }

    private static final long mainStreamInfo$OFFSET = 2360;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * HcclStreamInfo mainStreamInfo
     * }
     */
    public static final long mainStreamInfo$offset() {
        return mainStreamInfo$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * HcclStreamInfo mainStreamInfo
     * }
     */
    public static MemorySegment mainStreamInfo(MemorySegment struct) {
        return struct.asSlice(mainStreamInfo$OFFSET, mainStreamInfo$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * HcclStreamInfo mainStreamInfo
     * }
     */
    public static void mainStreamInfo(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, mainStreamInfo$OFFSET, mainStreamInfo$LAYOUT.byteSize());
    }

    private static final SequenceLayout aicpuOpNotify$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("aicpuOpNotify"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * HcclSignalInfo aicpuOpNotify[2]
     * }
     */
    public static final SequenceLayout aicpuOpNotify$layout() {
        return aicpuOpNotify$LAYOUT;
    }

    private static final long aicpuOpNotify$OFFSET = 2376;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * HcclSignalInfo aicpuOpNotify[2]
     * }
     */
    public static final long aicpuOpNotify$offset() {
        return aicpuOpNotify$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * HcclSignalInfo aicpuOpNotify[2]
     * }
     */
    public static MemorySegment aicpuOpNotify(MemorySegment struct) {
        return struct.asSlice(aicpuOpNotify$OFFSET, aicpuOpNotify$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * HcclSignalInfo aicpuOpNotify[2]
     * }
     */
    public static void aicpuOpNotify(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, aicpuOpNotify$OFFSET, aicpuOpNotify$LAYOUT.byteSize());
    }

    private static long[] aicpuOpNotify$DIMS = { 2 };

    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * HcclSignalInfo aicpuOpNotify[2]
     * }
     */
    public static long[] aicpuOpNotify$dimensions() {
        return aicpuOpNotify$DIMS;
    }
    private static final MethodHandle aicpuOpNotify$ELEM_HANDLE = aicpuOpNotify$LAYOUT.sliceHandle(sequenceElement());

    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * HcclSignalInfo aicpuOpNotify[2]
     * }
     */
    public static MemorySegment aicpuOpNotify(MemorySegment struct, long index0) {
        try {
            return (MemorySegment)aicpuOpNotify$ELEM_HANDLE.invokeExact(struct, aicpuOpNotify$OFFSET, index0);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * HcclSignalInfo aicpuOpNotify[2]
     * }
     */
    public static void aicpuOpNotify(MemorySegment struct, long index0, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, aicpuOpNotify(struct, index0), 0L, HcclSignalInfo.layout().byteSize());
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

    private static final long nextTagRes$OFFSET = 2440;

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
