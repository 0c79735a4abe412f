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
 * CANN-internal declarations comm4j relies on ({@code headers/hcomm_private.h}): the {@code CommTopo}
 * values and the three libhcomm functions that allocate MC2 window resources.
 * <p>
 * These symbols are private to CANN and may be absent: check
 * {@link io.comm4j.bindings.NativeLibraries#isAvailable(String)} before calling them. Calling one that
 * is missing fails only that call (its holder class cannot initialise), never the loading of CANN.
 */
public class hcomm_private_h extends hcomm_private_h$shared {

    hcomm_private_h() {
        // Should not be called directly
    }

    static final Arena LIBRARY_ARENA = Arena.ofAuto();

    static final SymbolLookup SYMBOL_LOOKUP = SymbolLookup.loaderLookup()
            .or(Linker.nativeLinker().defaultLookup());

    private static final int COMM_TOPO_RESERVED = (int)-1L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.COMM_TOPO_RESERVED = -1
     * }
     */
    public static int COMM_TOPO_RESERVED() {
        return COMM_TOPO_RESERVED;
    }

    private static final int COMM_TOPO_CLOS = (int)0L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.COMM_TOPO_CLOS = 0
     * }
     */
    public static int COMM_TOPO_CLOS() {
        return COMM_TOPO_CLOS;
    }

    private static final int COMM_TOPO_1DMESH = (int)1L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.COMM_TOPO_1DMESH = 1
     * }
     */
    public static int COMM_TOPO_1DMESH() {
        return COMM_TOPO_1DMESH;
    }

    private static final int COMM_TOPO_910_93 = (int)2L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.COMM_TOPO_910_93 = 2
     * }
     */
    public static int COMM_TOPO_910_93() {
        return COMM_TOPO_910_93;
    }

    private static final int COMM_TOPO_310P = (int)3L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.COMM_TOPO_310P = 3
     * }
     */
    public static int COMM_TOPO_310P() {
        return COMM_TOPO_310P;
    }

    private static final int COMM_TOPO_A2AXSERVER = (int)4L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.COMM_TOPO_A2AXSERVER = 4
     * }
     */
    public static int COMM_TOPO_A2AXSERVER() {
        return COMM_TOPO_A2AXSERVER;
    }

    private static final int COMM_TOPO_CUSTOM = (int)5L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.COMM_TOPO_CUSTOM = 5
     * }
     */
    public static int COMM_TOPO_CUSTOM() {
        return COMM_TOPO_CUSTOM;
    }

    private static final int MC2_MAX_CC_TILING_NUM = (int)8L;

    /**
     * {@snippet lang=c :
     * #define MC2_MAX_CC_TILING_NUM 8
     * }
     */
    public static int MC2_MAX_CC_TILING_NUM() {
        return MC2_MAX_CC_TILING_NUM;
    }

    private static final int MC2_GROUP_NAME_MAX_LENGTH = (int)128L;

    /**
     * {@snippet lang=c :
     * #define MC2_GROUP_NAME_MAX_LENGTH 128
     * }
     */
    public static int MC2_GROUP_NAME_MAX_LENGTH() {
        return MC2_GROUP_NAME_MAX_LENGTH;
    }

    private static final int MC2_ALG_CONFIG_MAX_LENGTH = (int)128L;

    /**
     * {@snippet lang=c :
     * #define MC2_ALG_CONFIG_MAX_LENGTH 128
     * }
     */
    public static int MC2_ALG_CONFIG_MAX_LENGTH() {
        return MC2_ALG_CONFIG_MAX_LENGTH;
    }

    private static final int LOCAL_NOTIFY_MAX_NUM = (int)64L;

    /**
     * {@snippet lang=c :
     * #define LOCAL_NOTIFY_MAX_NUM 64
     * }
     */
    public static int LOCAL_NOTIFY_MAX_NUM() {
        return LOCAL_NOTIFY_MAX_NUM;
    }

    private static final int LOCAL_STREAM_MAX_NUM = (int)19L;

    /**
     * {@snippet lang=c :
     * #define LOCAL_STREAM_MAX_NUM 19
     * }
     */
    public static int LOCAL_STREAM_MAX_NUM() {
        return LOCAL_STREAM_MAX_NUM;
    }

    private static final int AICPU_OP_NOTIFY_MAX_NUM = (int)2L;

    /**
     * {@snippet lang=c :
     * #define AICPU_OP_NOTIFY_MAX_NUM 2
     * }
     */
    public static int AICPU_OP_NOTIFY_MAX_NUM() {
        return AICPU_OP_NOTIFY_MAX_NUM;
    }

    private static final int AICPU_MAX_RANK_NUM_RSV = (int)16L;

    /**
     * {@snippet lang=c :
     * #define AICPU_MAX_RANK_NUM_RSV 16
     * }
     */
    public static int AICPU_MAX_RANK_NUM_RSV() {
        return AICPU_MAX_RANK_NUM_RSV;
    }

    private static class HcclAllocComResourceByTiling {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            hcomm_private_h.C_INT,
            hcomm_private_h.C_POINTER,
            hcomm_private_h.C_POINTER,
            hcomm_private_h.C_POINTER,
            hcomm_private_h.C_POINTER
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("HcclAllocComResourceByTiling");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * HcclResult HcclAllocComResourceByTiling(HcclComm comm, void *stream, void *Mc2Tiling, void **commContext)
     * }
     */
    public static FunctionDescriptor HcclAllocComResourceByTiling$descriptor() {
        return HcclAllocComResourceByTiling.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * HcclResult HcclAllocComResourceByTiling(HcclComm comm, void *stream, void *Mc2Tiling, void **commContext)
     * }
     */
    public static MethodHandle HcclAllocComResourceByTiling$handle() {
        return HcclAllocComResourceByTiling.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * HcclResult HcclAllocComResourceByTiling(HcclComm comm, void *stream, void *Mc2Tiling, void **commContext)
     * }
     */
    public static MemorySegment HcclAllocComResourceByTiling$address() {
        return HcclAllocComResourceByTiling.ADDR;
    }

    /**
     * {@snippet lang=c :
     * HcclResult HcclAllocComResourceByTiling(HcclComm comm, void *stream, void *Mc2Tiling, void **commContext)
     * }
     */
    public static int HcclAllocComResourceByTiling(MemorySegment comm, MemorySegment stream, MemorySegment Mc2Tiling, MemorySegment commContext) {
        var mh$ = HcclAllocComResourceByTiling.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("HcclAllocComResourceByTiling", comm, stream, Mc2Tiling, commContext);
            }
            return (int)mh$.invokeExact(comm, stream, Mc2Tiling, commContext);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class HcomGetCommHandleByGroup {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            hcomm_private_h.C_INT,
            hcomm_private_h.C_POINTER,
            hcomm_private_h.C_POINTER
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("HcomGetCommHandleByGroup");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * HcclResult HcomGetCommHandleByGroup(const char *group, HcclComm *commHandle)
     * }
     */
    public static FunctionDescriptor HcomGetCommHandleByGroup$descriptor() {
        return HcomGetCommHandleByGroup.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * HcclResult HcomGetCommHandleByGroup(const char *group, HcclComm *commHandle)
     * }
     */
    public static MethodHandle HcomGetCommHandleByGroup$handle() {
        return HcomGetCommHandleByGroup.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * HcclResult HcomGetCommHandleByGroup(const char *group, HcclComm *commHandle)
     * }
     */
    public static MemorySegment HcomGetCommHandleByGroup$address() {
        return HcomGetCommHandleByGroup.ADDR;
    }

    /**
     * {@snippet lang=c :
     * HcclResult HcomGetCommHandleByGroup(const char *group, HcclComm *commHandle)
     * }
     */
    public static int HcomGetCommHandleByGroup(MemorySegment group, MemorySegment commHandle) {
        var mh$ = HcomGetCommHandleByGroup.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("HcomGetCommHandleByGroup", group, commHandle);
            }
            return (int)mh$.invokeExact(group, commHandle);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class HcomGetL0TopoTypeEx {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            hcomm_private_h.C_INT,
            hcomm_private_h.C_POINTER,
            hcomm_private_h.C_POINTER,
            hcomm_private_h.C_INT
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("HcomGetL0TopoTypeEx");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * HcclResult HcomGetL0TopoTypeEx(const char *group, CommTopo *topoType, uint32_t flag)
     * }
     */
    public static FunctionDescriptor HcomGetL0TopoTypeEx$descriptor() {
        return HcomGetL0TopoTypeEx.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * HcclResult HcomGetL0TopoTypeEx(const char *group, CommTopo *topoType, uint32_t flag)
     * }
     */
    public static MethodHandle HcomGetL0TopoTypeEx$handle() {
        return HcomGetL0TopoTypeEx.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * HcclResult HcomGetL0TopoTypeEx(const char *group, CommTopo *topoType, uint32_t flag)
     * }
     */
    public static MemorySegment HcomGetL0TopoTypeEx$address() {
        return HcomGetL0TopoTypeEx.ADDR;
    }

    /**
     * {@snippet lang=c :
     * HcclResult HcomGetL0TopoTypeEx(const char *group, CommTopo *topoType, uint32_t flag)
     * }
     */
    public static int HcomGetL0TopoTypeEx(MemorySegment group, MemorySegment topoType, int flag) {
        var mh$ = HcomGetL0TopoTypeEx.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("HcomGetL0TopoTypeEx", group, topoType, flag);
            }
            return (int)mh$.invokeExact(group, topoType, flag);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }
}
