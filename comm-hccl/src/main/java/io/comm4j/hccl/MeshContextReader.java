package io.comm4j.hccl;

import io.comm4j.CommContext;
import io.comm4j.CommException;
import io.comm4j.Stage;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

/**
 * MESH topology: {@code HcclAllocComResourceByTiling} already returned a device pointer to a
 * {@link CommContext}. This copies its 1056 bytes to host and rejects a {@code rankNum} of 0 or
 * more than 64. The device pointer itself is what kernels are given; comm4j owns nothing here.
 */
final class MeshContextReader {
    private MeshContextReader() {
    }

    /**
     * @param devicePointer what HcclAllocComResourceByTiling returned
     * @return a host copy of the context, allocated from {@code allocator}
     * @throws CommException at {@link Stage#ALLOC}: a failed copy or an impossible rank count
     */
    static MemorySegment read(final long devicePointer, final SegmentAllocator allocator) {
        final MemorySegment host = allocator.allocate(CommContext.LAYOUT);
        DeviceCopy.toHost(host, devicePointer, Stage.ALLOC, "the mesh CommContext");
        final int rankNum = io.comm4j.bindings.comm.CommContext.rankNum(host);
        if (rankNum == 0 || Integer.compareUnsigned(rankNum, CommContext.MAX_RANKS) > 0) {
            throw new CommException(Stage.ALLOC, NativeChecks.BACKEND, "the mesh CommContext at 0x"
                + Long.toHexString(devicePointer) + " has rankNum=" + Integer.toUnsignedString(rankNum)
                + ", expected 1.." + CommContext.MAX_RANKS + ": the context layout of this CANN differs from the one "
                + "comm4j reads (check the CANN version)");
        }
        return host;
    }
}
