package io.comm4j.bindings;

import io.comm4j.bindings.hccl.hccl_h;
import io.comm4j.bindings.hcomm.hcomm_private_h;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * The HCCL and libhcomm functions the HCCL backend calls, bound in {@link NativeLibraries#BINDING_ORDER}
 * (libhcomm, then libascendcl, then libhccl) instead of through the generated header classes, whose
 * {@link java.lang.foreign.SymbolLookup#loaderLookup()} searches the loaded libraries in an
 * unspecified order. CANN 9 exports {@code HcclBarrier} from both libhcomm and libhccl
 * (hardware-lessons section 7): which one runs must be comm4j's documented choice.
 *
 * <p>Hand-written, and only glue: every handle uses the descriptor jextract generated for the
 * function ({@code hccl_h.f$descriptor()}, {@code hcomm_private_h.f$descriptor()}); the signatures
 * are the generated wrappers' signatures. A function's symbol is resolved on its first call (one
 * holder class per function), so a missing optional function fails only when called, with
 * {@link CannLoadException}.
 */
public final class CommunicatorFunctions {
    private CommunicatorFunctions() {
    }

    private static final class GetRootInfo {
        static final MethodHandle H = NativeLibraries.downcall("HcclGetRootInfo", hccl_h.HcclGetRootInfo$descriptor());
    }

    /** {@code HcclResult HcclGetRootInfo(HcclRootInfo *rootInfo)} */
    public static int HcclGetRootInfo(final MemorySegment rootInfo) {
        try {
            return (int) GetRootInfo.H.invokeExact(rootInfo);
        } catch (final Throwable t) {
            throw Downcalls.rethrow(t);
        }
    }

    private static final class CommInitRootInfo {
        static final MethodHandle H = NativeLibraries.downcall("HcclCommInitRootInfo",
            hccl_h.HcclCommInitRootInfo$descriptor());
    }

    /** {@code HcclResult HcclCommInitRootInfo(uint32_t nRanks, const HcclRootInfo *rootInfo, uint32_t rank, HcclComm *comm)} */
    public static int HcclCommInitRootInfo(final int nRanks, final MemorySegment rootInfo, final int rank,
                                           final MemorySegment comm) {
        try {
            return (int) CommInitRootInfo.H.invokeExact(nRanks, rootInfo, rank, comm);
        } catch (final Throwable t) {
            throw Downcalls.rethrow(t);
        }
    }

    private static final class GetCommName {
        static final MethodHandle H = NativeLibraries.downcall("HcclGetCommName", hccl_h.HcclGetCommName$descriptor());
    }

    /** {@code HcclResult HcclGetCommName(HcclComm comm, char *commName)} */
    public static int HcclGetCommName(final MemorySegment comm, final MemorySegment commName) {
        try {
            return (int) GetCommName.H.invokeExact(comm, commName);
        } catch (final Throwable t) {
            throw Downcalls.rethrow(t);
        }
    }

    private static final class Barrier {
        static final MethodHandle H = NativeLibraries.downcall("HcclBarrier", hccl_h.HcclBarrier$descriptor());
    }

    /** {@code HcclResult HcclBarrier(HcclComm comm, aclrtStream stream)} */
    public static int HcclBarrier(final MemorySegment comm, final MemorySegment stream) {
        try {
            return (int) Barrier.H.invokeExact(comm, stream);
        } catch (final Throwable t) {
            throw Downcalls.rethrow(t);
        }
    }

    private static final class CommDestroy {
        static final MethodHandle H = NativeLibraries.downcall("HcclCommDestroy", hccl_h.HcclCommDestroy$descriptor());
    }

    /** {@code HcclResult HcclCommDestroy(HcclComm comm)} */
    public static int HcclCommDestroy(final MemorySegment comm) {
        try {
            return (int) CommDestroy.H.invokeExact(comm);
        } catch (final Throwable t) {
            throw Downcalls.rethrow(t);
        }
    }

    private static final class GetL0TopoTypeEx {
        static final MethodHandle H = NativeLibraries.downcall("HcomGetL0TopoTypeEx",
            hcomm_private_h.HcomGetL0TopoTypeEx$descriptor());
    }

    /** {@code HcclResult HcomGetL0TopoTypeEx(const char *group, CommTopo *topoType, uint32_t flag)} */
    public static int HcomGetL0TopoTypeEx(final MemorySegment group, final MemorySegment topoType, final int flag) {
        try {
            return (int) GetL0TopoTypeEx.H.invokeExact(group, topoType, flag);
        } catch (final Throwable t) {
            throw Downcalls.rethrow(t);
        }
    }

    private static final class GetCommHandleByGroup {
        static final MethodHandle H = NativeLibraries.downcall("HcomGetCommHandleByGroup",
            hcomm_private_h.HcomGetCommHandleByGroup$descriptor());
    }

    /** {@code HcclResult HcomGetCommHandleByGroup(const char *group, HcclComm *commHandle)} */
    public static int HcomGetCommHandleByGroup(final MemorySegment group, final MemorySegment commHandle) {
        try {
            return (int) GetCommHandleByGroup.H.invokeExact(group, commHandle);
        } catch (final Throwable t) {
            throw Downcalls.rethrow(t);
        }
    }

    private static final class AllocComResourceByTiling {
        static final MethodHandle H = NativeLibraries.downcall("HcclAllocComResourceByTiling",
            hcomm_private_h.HcclAllocComResourceByTiling$descriptor());
    }

    /** {@code HcclResult HcclAllocComResourceByTiling(HcclComm comm, void *stream, void *Mc2Tiling, void **commContext)} */
    public static int HcclAllocComResourceByTiling(final MemorySegment comm, final MemorySegment stream,
                                                   final MemorySegment tiling, final MemorySegment commContext) {
        try {
            return (int) AllocComResourceByTiling.H.invokeExact(comm, stream, tiling, commContext);
        } catch (final Throwable t) {
            throw Downcalls.rethrow(t);
        }
    }
}
