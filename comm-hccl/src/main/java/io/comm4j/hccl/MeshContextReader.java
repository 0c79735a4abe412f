package io.comm4j.hccl;

import io.comm4j.CommContext;
import io.comm4j.CommException;
import io.comm4j.Stage;
import io.comm4j.internal.ContextStruct;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

/**
 * MESH topology: {@code HcclAllocComResourceByTiling} returned a device pointer to HCCL's MESH
 * context. hcomm declares it ({@code HcclCombinOpParam}) with {@code RANK_NUM = 32} slots: its
 * windowsOut start at offset 288 and at CommContext's windowsOut offset (544) lies other data;
 * nobody measured which layout CANN returns for tiling version 100 (hardware-lessons sections 2,
 * 10). So this reads only the prefix both layouts share, {@value #KNOWN_PREFIX_BYTES} bytes
 * (workspace pair, rankId, rankNum, winSize, windowsIn[0..31]), into a zeroed 1056-byte
 * CommContext, and rejects a rankNum of 0 or more than {@value #MESH_SLOTS}. windowsOut stays 0:
 * the MESH path does not promise it. The communicator copies this context to device memory it
 * owns; that copy, not HCCL's struct, is what kernels are given.
 */
final class MeshContextReader {
    /** Slots of the MESH context: hcomm's RANK_NUM. */
    static final int MESH_SLOTS = 32;
    /** Bytes of the MESH context whose meaning is known: through windowsIn[MESH_SLOTS - 1]. */
    static final long KNOWN_PREFIX_BYTES = 32 + 8L * MESH_SLOTS;

    private MeshContextReader() {
    }

    /**
     * @param devicePointer what HcclAllocComResourceByTiling returned
     * @return a host CommContext built from the known prefix, allocated from {@code allocator}
     * @throws CommException at {@link Stage#ALLOC}: a failed copy or an impossible rank count
     */
    static MemorySegment read(final long devicePointer, final SegmentAllocator allocator) {
        final MemorySegment host = allocator.allocate(CommContext.LAYOUT).fill((byte) 0);
        DeviceCopy.toHost(host.asSlice(0, KNOWN_PREFIX_BYTES), devicePointer, Stage.ALLOC,
            "the mesh context's first " + KNOWN_PREFIX_BYTES + " bytes");
        final int rankNum = ContextStruct.rankNum(host);
        if (rankNum == 0 || Integer.compareUnsigned(rankNum, MESH_SLOTS) > 0) {
            throw new CommException(Stage.ALLOC, HcclBackend.NAME, "the mesh context at 0x"
                + Long.toHexString(devicePointer) + " has rankNum=" + Integer.toUnsignedString(rankNum)
                + ", expected 1.." + MESH_SLOTS + ": HCCL's MESH context holds " + MESH_SLOTS + " rank slots (hcomm's "
                + "HcclCombinOpParam); for more ranks use the ring topology or the ACL-IPC window provider, and check "
                + "the CANN version");
        }
        return host;
    }
}
