// Not jextract output: written in the layout jextract 25 emits for headers/acl.h;
// scripts/jextract.sh regenerates it where jextract is installed.

package io.comm4j.bindings.acl;

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
 * struct aclCANNPackageVersion {
 *     char version[128];
 *     char majorVersion[64];
 *     char minorVersion[64];
 *     char releaseVersion[64];
 *     char patchVersion[64];
 *     char reserved[128];
 * }
 * }
 */
public class aclCANNPackageVersion {

    aclCANNPackageVersion() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        MemoryLayout.sequenceLayout(128, acl_h.C_CHAR).withName("version"),
        MemoryLayout.sequenceLayout(64, acl_h.C_CHAR).withName("majorVersion"),
        MemoryLayout.sequenceLayout(64, acl_h.C_CHAR).withName("minorVersion"),
        MemoryLayout.sequenceLayout(64, acl_h.C_CHAR).withName("releaseVersion"),
        MemoryLayout.sequenceLayout(64, acl_h.C_CHAR).withName("patchVersion"),
        MemoryLayout.sequenceLayout(128, acl_h.C_CHAR).withName("reserved")
    ).withName("aclCANNPackageVersion");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final SequenceLayout version$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("version"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * char version[128]
     * }
     */
    public static final SequenceLayout version$layout() {
        return version$LAYOUT;
    }

    private static final long version$OFFSET = 0;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * char version[128]
     * }
     */
    public static final long version$offset() {
        return version$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * char version[128]
     * }
     */
    public static MemorySegment version(MemorySegment struct) {
        return struct.asSlice(version$OFFSET, version$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * char version[128]
     * }
     */
    public static void version(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, version$OFFSET, version$LAYOUT.byteSize());
    }

    private static long[] version$DIMS = { 128 };

    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * char version[128]
     * }
     */
    public static long[] version$dimensions() {
        return version$DIMS;
    }
    private static final VarHandle version$ELEM_HANDLE = version$LAYOUT.varHandle(sequenceElement());

    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * char version[128]
     * }
     */
    public static byte version(MemorySegment struct, long index0) {
        return (byte)version$ELEM_HANDLE.get(struct, version$OFFSET, index0);
    }

    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * char version[128]
     * }
     */
    public static void version(MemorySegment struct, long index0, byte fieldValue) {
        version$ELEM_HANDLE.set(struct, version$OFFSET, index0, fieldValue);
    }

    private static final SequenceLayout majorVersion$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("majorVersion"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * char majorVersion[64]
     * }
     */
    public static final SequenceLayout majorVersion$layout() {
        return majorVersion$LAYOUT;
    }

    private static final long majorVersion$OFFSET = 128;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * char majorVersion[64]
     * }
     */
    public static final long majorVersion$offset() {
        return majorVersion$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * char majorVersion[64]
     * }
     */
    public static MemorySegment majorVersion(MemorySegment struct) {
        return struct.asSlice(majorVersion$OFFSET, majorVersion$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * char majorVersion[64]
     * }
     */
    public static void majorVersion(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, majorVersion$OFFSET, majorVersion$LAYOUT.byteSize());
    }

    private static long[] majorVersion$DIMS = { 64 };

    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * char majorVersion[64]
     * }
     */
    public static long[] majorVersion$dimensions() {
        return majorVersion$DIMS;
    }
    private static final VarHandle majorVersion$ELEM_HANDLE = majorVersion$LAYOUT.varHandle(sequenceElement());

    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * char majorVersion[64]
     * }
     */
    public static byte majorVersion(MemorySegment struct, long index0) {
        return (byte)majorVersion$ELEM_HANDLE.get(struct, majorVersion$OFFSET, index0);
    }

    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * char majorVersion[64]
     * }
     */
    public static void majorVersion(MemorySegment struct, long index0, byte fieldValue) {
        majorVersion$ELEM_HANDLE.set(struct, majorVersion$OFFSET, index0, fieldValue);
    }

    private static final SequenceLayout minorVersion$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("minorVersion"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * char minorVersion[64]
     * }
     */
    public static final SequenceLayout minorVersion$layout() {
        return minorVersion$LAYOUT;
    }

    private static final long minorVersion$OFFSET = 192;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * char minorVersion[64]
     * }
     */
    public static final long minorVersion$offset() {
        return minorVersion$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * char minorVersion[64]
     * }
     */
    public static MemorySegment minorVersion(MemorySegment struct) {
        return struct.asSlice(minorVersion$OFFSET, minorVersion$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * char minorVersion[64]
     * }
     */
    public static void minorVersion(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, minorVersion$OFFSET, minorVersion$LAYOUT.byteSize());
    }

    private static long[] minorVersion$DIMS = { 64 };

    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * char minorVersion[64]
     * }
     */
    public static long[] minorVersion$dimensions() {
        return minorVersion$DIMS;
    }
    private static final VarHandle minorVersion$ELEM_HANDLE = minorVersion$LAYOUT.varHandle(sequenceElement());

    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * char minorVersion[64]
     * }
     */
    public static byte minorVersion(MemorySegment struct, long index0) {
        return (byte)minorVersion$ELEM_HANDLE.get(struct, minorVersion$OFFSET, index0);
    }

    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * char minorVersion[64]
     * }
     */
    public static void minorVersion(MemorySegment struct, long index0, byte fieldValue) {
        minorVersion$ELEM_HANDLE.set(struct, minorVersion$OFFSET, index0, fieldValue);
    }

    private static final SequenceLayout releaseVersion$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("releaseVersion"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * char releaseVersion[64]
     * }
     */
    public static final SequenceLayout releaseVersion$layout() {
        return releaseVersion$LAYOUT;
    }

    private static final long releaseVersion$OFFSET = 256;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * char releaseVersion[64]
     * }
     */
    public static final long releaseVersion$offset() {
        return releaseVersion$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * char releaseVersion[64]
     * }
     */
    public static MemorySegment releaseVersion(MemorySegment struct) {
        return struct.asSlice(releaseVersion$OFFSET, releaseVersion$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * char releaseVersion[64]
     * }
     */
    public static void releaseVersion(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, releaseVersion$OFFSET, releaseVersion$LAYOUT.byteSize());
    }

    private static long[] releaseVersion$DIMS = { 64 };

    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * char releaseVersion[64]
     * }
     */
    public static long[] releaseVersion$dimensions() {
        return releaseVersion$DIMS;
    }
    private static final VarHandle releaseVersion$ELEM_HANDLE = releaseVersion$LAYOUT.varHandle(sequenceElement());

    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * char releaseVersion[64]
     * }
     */
    public static byte releaseVersion(MemorySegment struct, long index0) {
        return (byte)releaseVersion$ELEM_HANDLE.get(struct, releaseVersion$OFFSET, index0);
    }

    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * char releaseVersion[64]
     * }
     */
    public static void releaseVersion(MemorySegment struct, long index0, byte fieldValue) {
        releaseVersion$ELEM_HANDLE.set(struct, releaseVersion$OFFSET, index0, fieldValue);
    }

    private static final SequenceLayout patchVersion$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("patchVersion"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * char patchVersion[64]
     * }
     */
    public static final SequenceLayout patchVersion$layout() {
        return patchVersion$LAYOUT;
    }

    private static final long patchVersion$OFFSET = 320;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * char patchVersion[64]
     * }
     */
    public static final long patchVersion$offset() {
        return patchVersion$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * char patchVersion[64]
     * }
     */
    public static MemorySegment patchVersion(MemorySegment struct) {
        return struct.asSlice(patchVersion$OFFSET, patchVersion$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * char patchVersion[64]
     * }
     */
    public static void patchVersion(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, patchVersion$OFFSET, patchVersion$LAYOUT.byteSize());
    }

    private static long[] patchVersion$DIMS = { 64 };

    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * char patchVersion[64]
     * }
     */
    public static long[] patchVersion$dimensions() {
        return patchVersion$DIMS;
    }
    private static final VarHandle patchVersion$ELEM_HANDLE = patchVersion$LAYOUT.varHandle(sequenceElement());

    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * char patchVersion[64]
     * }
     */
    public static byte patchVersion(MemorySegment struct, long index0) {
        return (byte)patchVersion$ELEM_HANDLE.get(struct, patchVersion$OFFSET, index0);
    }

    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * char patchVersion[64]
     * }
     */
    public static void patchVersion(MemorySegment struct, long index0, byte fieldValue) {
        patchVersion$ELEM_HANDLE.set(struct, patchVersion$OFFSET, index0, fieldValue);
    }

    private static final SequenceLayout reserved$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("reserved"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * char reserved[128]
     * }
     */
    public static final SequenceLayout reserved$layout() {
        return reserved$LAYOUT;
    }

    private static final long reserved$OFFSET = 384;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * char reserved[128]
     * }
     */
    public static final long reserved$offset() {
        return reserved$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * char reserved[128]
     * }
     */
    public static MemorySegment reserved(MemorySegment struct) {
        return struct.asSlice(reserved$OFFSET, reserved$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * char reserved[128]
     * }
     */
    public static void reserved(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, reserved$OFFSET, reserved$LAYOUT.byteSize());
    }

    private static long[] reserved$DIMS = { 128 };

    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * char reserved[128]
     * }
     */
    public static long[] reserved$dimensions() {
        return reserved$DIMS;
    }
    private static final VarHandle reserved$ELEM_HANDLE = reserved$LAYOUT.varHandle(sequenceElement());

    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * char reserved[128]
     * }
     */
    public static byte reserved(MemorySegment struct, long index0) {
        return (byte)reserved$ELEM_HANDLE.get(struct, reserved$OFFSET, index0);
    }

    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * char reserved[128]
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
