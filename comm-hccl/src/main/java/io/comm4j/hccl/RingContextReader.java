package io.comm4j.hccl;

import io.comm4j.CommContext;
import io.comm4j.CommException;
import io.comm4j.Stage;
import io.comm4j.bindings.hcomm.HcclOpResParam;
import io.comm4j.bindings.hcomm.HcclRankRelationResV2;
import io.comm4j.bindings.hcomm.RemoteResPtr;
import io.comm4j.internal.ContextStruct;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

/**
 * RING topology: {@code HcclAllocComResourceByTiling} returned a device pointer to an
 * {@code HcclOpResParam}; this builds the equivalent {@link CommContext} on the host (contract
 * section 3, step 6):
 * <ol>
 *   <li>the head, {@code localUsrRankId..localWindowsExp} (bytes 16..192); reject a
 *       {@code rankSize} of 0 or more than 64 and a local rank outside it;</li>
 *   <li>{@code remoteRes[0..rankSize)}, 16 bytes each, from offset 2984;</li>
 *   <li>the workspace pair (offset 0);</li>
 *   <li>for each peer i other than this rank, the 64-byte {@code HcclRankRelationResV2} at
 *       {@code remoteRes[i].nextDevicePtr} (a zero pointer is rejected): its windowsIn (offset 8)
 *       and windowsOut (offset 16); this rank's own slots come from the head's
 *       {@code localWindowsIn/Out}.</li>
 * </ol>
 * Every copy is a checked {@code aclrtMemcpy}; nothing is dereferenced on the host.
 */
final class RingContextReader {
    /** Where the head starts: after the workspace pair. */
    static final long HEAD_OFFSET = HcclOpResParam.localUsrRankId$offset();
    /** Where the head ends: after localWindowsExp. */
    static final long HEAD_END = HcclOpResParam.localWindowsExp$offset() + Long.BYTES;

    private RingContextReader() {
    }

    /**
     * @param devicePointer what HcclAllocComResourceByTiling returned
     * @return a host CommContext, allocated from {@code allocator}
     * @throws CommException at {@link Stage#ALLOC}: a failed copy, an impossible rank count, a zero peer pointer
     */
    static MemorySegment read(final long devicePointer, final SegmentAllocator allocator) {
        final MemorySegment param = head(devicePointer, allocator);
        final int rankSize = HcclOpResParam.rankSize(param);
        final MemorySegment remote = allocator.allocate(RemoteResPtr.layout(), rankSize);
        DeviceCopy.toHost(remote, devicePointer + HcclOpResParam.remoteRes$offset(), Stage.ALLOC,
            "remoteRes[0.." + rankSize + ")");
        DeviceCopy.toHost(param.asSlice(0, HEAD_OFFSET), devicePointer, Stage.ALLOC, "the MC2 workspace pair");

        final MemorySegment ctx = allocator.allocate(CommContext.LAYOUT).fill((byte) 0);
        ContextStruct.workSpace(ctx, HcclOpResParam.workspace(param));
        ContextStruct.workSpaceSize(ctx, HcclOpResParam.workspaceSize(param));
        ContextStruct.rankId(ctx, HcclOpResParam.localUsrRankId(param));
        ContextStruct.rankNum(ctx, rankSize);
        ContextStruct.winSize(ctx, HcclOpResParam.winSize(param));
        windows(ctx, param, remote, devicePointer, allocator);
        return ctx;
    }

    /** Step 1: an HcclOpResParam holding only the head, its rank count and local rank checked. */
    private static MemorySegment head(final long devicePointer, final SegmentAllocator allocator) {
        final MemorySegment param = allocator.allocate(HcclOpResParam.layout()).fill((byte) 0);
        DeviceCopy.toHost(param.asSlice(HEAD_OFFSET, HEAD_END - HEAD_OFFSET), devicePointer + HEAD_OFFSET,
            Stage.ALLOC, "the HcclOpResParam head");
        final int rankSize = HcclOpResParam.rankSize(param);
        if (rankSize == 0 || Integer.compareUnsigned(rankSize, CommContext.MAX_RANKS) > 0) {
            throw layout(devicePointer, "rankSize=" + Integer.toUnsignedString(rankSize) + ", expected 1.."
                + CommContext.MAX_RANKS);
        }
        final int localRank = HcclOpResParam.localUsrRankId(param);
        if (Integer.compareUnsigned(localRank, rankSize) >= 0) {
            throw layout(devicePointer, "localUsrRankId=" + Integer.toUnsignedString(localRank)
                + " is not below rankSize=" + rankSize);
        }
        return param;
    }

    /** Step 4: every rank's windowsIn/Out into {@code ctx}, a peer's from its relation record, this rank's from the head. */
    private static void windows(final MemorySegment ctx, final MemorySegment param, final MemorySegment remote,
                                final long devicePointer, final SegmentAllocator allocator) {
        final int localRank = HcclOpResParam.localUsrRankId(param);
        final MemorySegment relation = allocator.allocate(HcclRankRelationResV2.layout());
        for (int i = 0; i < HcclOpResParam.rankSize(param); i++) {
            final long in;
            final long out;
            if (i == localRank) {
                in = HcclOpResParam.localWindowsIn(param);
                out = HcclOpResParam.localWindowsOut(param);
            } else {
                final long peer = RemoteResPtr.nextDevicePtr(RemoteResPtr.asSlice(remote, i));
                if (peer == 0) {
                    throw layout(devicePointer, "remoteRes[" + i + "].nextDevicePtr is 0: HCCL gave no window "
                        + "record for rank " + i);
                }
                DeviceCopy.toHost(relation, peer, Stage.ALLOC, "rank " + i + "'s HcclRankRelationResV2");
                in = HcclRankRelationResV2.windowsIn(relation);
                out = HcclRankRelationResV2.windowsOut(relation);
            }
            ContextStruct.windowIn(ctx, i, in);
            ContextStruct.windowOut(ctx, i, out);
        }
    }

    private static CommException layout(final long devicePointer, final String what) {
        return new CommException(Stage.ALLOC, HcclBackend.NAME, "the ring HcclOpResParam at 0x"
            + Long.toHexString(devicePointer) + " has " + what + ": the private layout of this CANN differs from the "
            + "one comm4j reads (check the CANN version)");
    }
}
