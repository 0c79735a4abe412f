// Not jextract output: written in the layout jextract 25 emits for headers/hccl.h;
// scripts/jextract.sh regenerates it where jextract is installed.

package io.comm4j.bindings.hccl;

import java.lang.invoke.*;
import java.lang.foreign.*;
import java.nio.ByteOrder;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

import static java.lang.foreign.ValueLayout.*;
import static java.lang.foreign.MemoryLayout.PathElement.*;

/**
 * The subset of CANN's public HCCL API that comm4j calls ({@code headers/hccl.h}): {@code HcclResult}
 * values, root-info and comm-name sizes and the communicator functions, one holder class each.
 * <p>
 * Depending on the CANN release these symbols live in {@code libhccl.so} or {@code libhcomm.so};
 * both are loaded by {@link io.comm4j.bindings.NativeLibraries#loadCann()} and looked up here through
 * the class loader. Initialising this class never loads a library.
 */
public class hccl_h extends hccl_h$shared {

    hccl_h() {
        // Should not be called directly
    }

    static final Arena LIBRARY_ARENA = Arena.ofAuto();

    static final SymbolLookup SYMBOL_LOOKUP = SymbolLookup.loaderLookup()
            .or(Linker.nativeLinker().defaultLookup());

    private static final int HCCL_ROOT_INFO_BYTES = (int)4108L;

    /**
     * {@snippet lang=c :
     * #define HCCL_ROOT_INFO_BYTES 4108
     * }
     */
    public static int HCCL_ROOT_INFO_BYTES() {
        return HCCL_ROOT_INFO_BYTES;
    }

    private static final int COMM_NAME_MAX_LENGTH = (int)128L;

    /**
     * {@snippet lang=c :
     * #define COMM_NAME_MAX_LENGTH 128
     * }
     */
    public static int COMM_NAME_MAX_LENGTH() {
        return COMM_NAME_MAX_LENGTH;
    }

    /**
     * {@snippet lang=c :
     * typedef void *HcclComm
     * }
     */
    public static final AddressLayout HcclComm = hccl_h.C_POINTER;

    private static final int HCCL_SUCCESS = (int)0L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.HCCL_SUCCESS = 0
     * }
     */
    public static int HCCL_SUCCESS() {
        return HCCL_SUCCESS;
    }

    private static final int HCCL_E_PARA = (int)1L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.HCCL_E_PARA = 1
     * }
     */
    public static int HCCL_E_PARA() {
        return HCCL_E_PARA;
    }

    private static final int HCCL_E_PTR = (int)2L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.HCCL_E_PTR = 2
     * }
     */
    public static int HCCL_E_PTR() {
        return HCCL_E_PTR;
    }

    private static final int HCCL_E_MEMORY = (int)3L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.HCCL_E_MEMORY = 3
     * }
     */
    public static int HCCL_E_MEMORY() {
        return HCCL_E_MEMORY;
    }

    private static final int HCCL_E_INTERNAL = (int)4L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.HCCL_E_INTERNAL = 4
     * }
     */
    public static int HCCL_E_INTERNAL() {
        return HCCL_E_INTERNAL;
    }

    private static final int HCCL_E_NOT_SUPPORT = (int)5L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.HCCL_E_NOT_SUPPORT = 5
     * }
     */
    public static int HCCL_E_NOT_SUPPORT() {
        return HCCL_E_NOT_SUPPORT;
    }

    private static final int HCCL_E_NOT_FOUND = (int)6L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.HCCL_E_NOT_FOUND = 6
     * }
     */
    public static int HCCL_E_NOT_FOUND() {
        return HCCL_E_NOT_FOUND;
    }

    private static final int HCCL_E_UNAVAIL = (int)7L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.HCCL_E_UNAVAIL = 7
     * }
     */
    public static int HCCL_E_UNAVAIL() {
        return HCCL_E_UNAVAIL;
    }

    private static final int HCCL_E_SYSCALL = (int)8L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.HCCL_E_SYSCALL = 8
     * }
     */
    public static int HCCL_E_SYSCALL() {
        return HCCL_E_SYSCALL;
    }

    private static final int HCCL_E_TIMEOUT = (int)9L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.HCCL_E_TIMEOUT = 9
     * }
     */
    public static int HCCL_E_TIMEOUT() {
        return HCCL_E_TIMEOUT;
    }

    private static final int HCCL_E_OPEN_FILE_FAILURE = (int)10L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.HCCL_E_OPEN_FILE_FAILURE = 10
     * }
     */
    public static int HCCL_E_OPEN_FILE_FAILURE() {
        return HCCL_E_OPEN_FILE_FAILURE;
    }

    private static final int HCCL_E_TCP_CONNECT = (int)11L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.HCCL_E_TCP_CONNECT = 11
     * }
     */
    public static int HCCL_E_TCP_CONNECT() {
        return HCCL_E_TCP_CONNECT;
    }

    private static final int HCCL_E_ROCE_CONNECT = (int)12L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.HCCL_E_ROCE_CONNECT = 12
     * }
     */
    public static int HCCL_E_ROCE_CONNECT() {
        return HCCL_E_ROCE_CONNECT;
    }

    private static final int HCCL_E_TCP_TRANSFER = (int)13L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.HCCL_E_TCP_TRANSFER = 13
     * }
     */
    public static int HCCL_E_TCP_TRANSFER() {
        return HCCL_E_TCP_TRANSFER;
    }

    private static final int HCCL_E_ROCE_TRANSFER = (int)14L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.HCCL_E_ROCE_TRANSFER = 14
     * }
     */
    public static int HCCL_E_ROCE_TRANSFER() {
        return HCCL_E_ROCE_TRANSFER;
    }

    private static final int HCCL_E_RUNTIME = (int)15L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.HCCL_E_RUNTIME = 15
     * }
     */
    public static int HCCL_E_RUNTIME() {
        return HCCL_E_RUNTIME;
    }

    private static final int HCCL_E_DRV = (int)16L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.HCCL_E_DRV = 16
     * }
     */
    public static int HCCL_E_DRV() {
        return HCCL_E_DRV;
    }

    private static final int HCCL_E_PROFILING = (int)17L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.HCCL_E_PROFILING = 17
     * }
     */
    public static int HCCL_E_PROFILING() {
        return HCCL_E_PROFILING;
    }

    private static final int HCCL_E_CCE = (int)18L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.HCCL_E_CCE = 18
     * }
     */
    public static int HCCL_E_CCE() {
        return HCCL_E_CCE;
    }

    private static final int HCCL_E_NETWORK = (int)19L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.HCCL_E_NETWORK = 19
     * }
     */
    public static int HCCL_E_NETWORK() {
        return HCCL_E_NETWORK;
    }

    private static final int HCCL_E_AGAIN = (int)20L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.HCCL_E_AGAIN = 20
     * }
     */
    public static int HCCL_E_AGAIN() {
        return HCCL_E_AGAIN;
    }

    private static final int HCCL_E_REMOTE = (int)21L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.HCCL_E_REMOTE = 21
     * }
     */
    public static int HCCL_E_REMOTE() {
        return HCCL_E_REMOTE;
    }

    private static final int HCCL_E_SUSPENDING = (int)22L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.HCCL_E_SUSPENDING = 22
     * }
     */
    public static int HCCL_E_SUSPENDING() {
        return HCCL_E_SUSPENDING;
    }

    private static final int HCCL_E_OPRETRY_FAIL = (int)23L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.HCCL_E_OPRETRY_FAIL = 23
     * }
     */
    public static int HCCL_E_OPRETRY_FAIL() {
        return HCCL_E_OPRETRY_FAIL;
    }

    private static final int HCCL_E_OOM = (int)24L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.HCCL_E_OOM = 24
     * }
     */
    public static int HCCL_E_OOM() {
        return HCCL_E_OOM;
    }

    private static final int HCCL_E_IN_STATUS = (int)1041L;

    /**
     * {@snippet lang=c :
     * enum <anonymous>.HCCL_E_IN_STATUS = 1041
     * }
     */
    public static int HCCL_E_IN_STATUS() {
        return HCCL_E_IN_STATUS;
    }

    private static class HcclGetRootInfo {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            hccl_h.C_INT,
            hccl_h.C_POINTER
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("HcclGetRootInfo");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * HcclResult HcclGetRootInfo(HcclRootInfo *rootInfo)
     * }
     */
    public static FunctionDescriptor HcclGetRootInfo$descriptor() {
        return HcclGetRootInfo.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * HcclResult HcclGetRootInfo(HcclRootInfo *rootInfo)
     * }
     */
    public static MethodHandle HcclGetRootInfo$handle() {
        return HcclGetRootInfo.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * HcclResult HcclGetRootInfo(HcclRootInfo *rootInfo)
     * }
     */
    public static MemorySegment HcclGetRootInfo$address() {
        return HcclGetRootInfo.ADDR;
    }

    /**
     * {@snippet lang=c :
     * HcclResult HcclGetRootInfo(HcclRootInfo *rootInfo)
     * }
     */
    public static int HcclGetRootInfo(MemorySegment rootInfo) {
        var mh$ = HcclGetRootInfo.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("HcclGetRootInfo", rootInfo);
            }
            return (int)mh$.invokeExact(rootInfo);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class HcclCommInitRootInfo {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            hccl_h.C_INT,
            hccl_h.C_INT,
            hccl_h.C_POINTER,
            hccl_h.C_INT,
            hccl_h.C_POINTER
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("HcclCommInitRootInfo");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * HcclResult HcclCommInitRootInfo(uint32_t nRanks, const HcclRootInfo *rootInfo, uint32_t rank, HcclComm *comm)
     * }
     */
    public static FunctionDescriptor HcclCommInitRootInfo$descriptor() {
        return HcclCommInitRootInfo.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * HcclResult HcclCommInitRootInfo(uint32_t nRanks, const HcclRootInfo *rootInfo, uint32_t rank, HcclComm *comm)
     * }
     */
    public static MethodHandle HcclCommInitRootInfo$handle() {
        return HcclCommInitRootInfo.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * HcclResult HcclCommInitRootInfo(uint32_t nRanks, const HcclRootInfo *rootInfo, uint32_t rank, HcclComm *comm)
     * }
     */
    public static MemorySegment HcclCommInitRootInfo$address() {
        return HcclCommInitRootInfo.ADDR;
    }

    /**
     * {@snippet lang=c :
     * HcclResult HcclCommInitRootInfo(uint32_t nRanks, const HcclRootInfo *rootInfo, uint32_t rank, HcclComm *comm)
     * }
     */
    public static int HcclCommInitRootInfo(int nRanks, MemorySegment rootInfo, int rank, MemorySegment comm) {
        var mh$ = HcclCommInitRootInfo.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("HcclCommInitRootInfo", nRanks, rootInfo, rank, comm);
            }
            return (int)mh$.invokeExact(nRanks, rootInfo, rank, comm);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class HcclGetCommName {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            hccl_h.C_INT,
            hccl_h.C_POINTER,
            hccl_h.C_POINTER
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("HcclGetCommName");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * HcclResult HcclGetCommName(HcclComm comm, char *commName)
     * }
     */
    public static FunctionDescriptor HcclGetCommName$descriptor() {
        return HcclGetCommName.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * HcclResult HcclGetCommName(HcclComm comm, char *commName)
     * }
     */
    public static MethodHandle HcclGetCommName$handle() {
        return HcclGetCommName.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * HcclResult HcclGetCommName(HcclComm comm, char *commName)
     * }
     */
    public static MemorySegment HcclGetCommName$address() {
        return HcclGetCommName.ADDR;
    }

    /**
     * {@snippet lang=c :
     * HcclResult HcclGetCommName(HcclComm comm, char *commName)
     * }
     */
    public static int HcclGetCommName(MemorySegment comm, MemorySegment commName) {
        var mh$ = HcclGetCommName.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("HcclGetCommName", comm, commName);
            }
            return (int)mh$.invokeExact(comm, commName);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class HcclGetRankSize {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            hccl_h.C_INT,
            hccl_h.C_POINTER,
            hccl_h.C_POINTER
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("HcclGetRankSize");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * HcclResult HcclGetRankSize(HcclComm comm, uint32_t *rankSize)
     * }
     */
    public static FunctionDescriptor HcclGetRankSize$descriptor() {
        return HcclGetRankSize.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * HcclResult HcclGetRankSize(HcclComm comm, uint32_t *rankSize)
     * }
     */
    public static MethodHandle HcclGetRankSize$handle() {
        return HcclGetRankSize.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * HcclResult HcclGetRankSize(HcclComm comm, uint32_t *rankSize)
     * }
     */
    public static MemorySegment HcclGetRankSize$address() {
        return HcclGetRankSize.ADDR;
    }

    /**
     * {@snippet lang=c :
     * HcclResult HcclGetRankSize(HcclComm comm, uint32_t *rankSize)
     * }
     */
    public static int HcclGetRankSize(MemorySegment comm, MemorySegment rankSize) {
        var mh$ = HcclGetRankSize.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("HcclGetRankSize", comm, rankSize);
            }
            return (int)mh$.invokeExact(comm, rankSize);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class HcclGetRankId {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            hccl_h.C_INT,
            hccl_h.C_POINTER,
            hccl_h.C_POINTER
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("HcclGetRankId");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * HcclResult HcclGetRankId(HcclComm comm, uint32_t *rank)
     * }
     */
    public static FunctionDescriptor HcclGetRankId$descriptor() {
        return HcclGetRankId.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * HcclResult HcclGetRankId(HcclComm comm, uint32_t *rank)
     * }
     */
    public static MethodHandle HcclGetRankId$handle() {
        return HcclGetRankId.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * HcclResult HcclGetRankId(HcclComm comm, uint32_t *rank)
     * }
     */
    public static MemorySegment HcclGetRankId$address() {
        return HcclGetRankId.ADDR;
    }

    /**
     * {@snippet lang=c :
     * HcclResult HcclGetRankId(HcclComm comm, uint32_t *rank)
     * }
     */
    public static int HcclGetRankId(MemorySegment comm, MemorySegment rank) {
        var mh$ = HcclGetRankId.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("HcclGetRankId", comm, rank);
            }
            return (int)mh$.invokeExact(comm, rank);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class HcclBarrier {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            hccl_h.C_INT,
            hccl_h.C_POINTER,
            hccl_h.C_POINTER
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("HcclBarrier");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * HcclResult HcclBarrier(HcclComm comm, aclrtStream stream)
     * }
     */
    public static FunctionDescriptor HcclBarrier$descriptor() {
        return HcclBarrier.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * HcclResult HcclBarrier(HcclComm comm, aclrtStream stream)
     * }
     */
    public static MethodHandle HcclBarrier$handle() {
        return HcclBarrier.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * HcclResult HcclBarrier(HcclComm comm, aclrtStream stream)
     * }
     */
    public static MemorySegment HcclBarrier$address() {
        return HcclBarrier.ADDR;
    }

    /**
     * {@snippet lang=c :
     * HcclResult HcclBarrier(HcclComm comm, aclrtStream stream)
     * }
     */
    public static int HcclBarrier(MemorySegment comm, MemorySegment stream) {
        var mh$ = HcclBarrier.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("HcclBarrier", comm, stream);
            }
            return (int)mh$.invokeExact(comm, stream);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class HcclCommDestroy {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            hccl_h.C_INT,
            hccl_h.C_POINTER
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("HcclCommDestroy");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * HcclResult HcclCommDestroy(HcclComm comm)
     * }
     */
    public static FunctionDescriptor HcclCommDestroy$descriptor() {
        return HcclCommDestroy.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * HcclResult HcclCommDestroy(HcclComm comm)
     * }
     */
    public static MethodHandle HcclCommDestroy$handle() {
        return HcclCommDestroy.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * HcclResult HcclCommDestroy(HcclComm comm)
     * }
     */
    public static MemorySegment HcclCommDestroy$address() {
        return HcclCommDestroy.ADDR;
    }

    /**
     * {@snippet lang=c :
     * HcclResult HcclCommDestroy(HcclComm comm)
     * }
     */
    public static int HcclCommDestroy(MemorySegment comm) {
        var mh$ = HcclCommDestroy.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("HcclCommDestroy", comm);
            }
            return (int)mh$.invokeExact(comm);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class HcclGetCommAsyncError {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            hccl_h.C_INT,
            hccl_h.C_POINTER,
            hccl_h.C_POINTER
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("HcclGetCommAsyncError");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * HcclResult HcclGetCommAsyncError(HcclComm comm, HcclResult *asyncError)
     * }
     */
    public static FunctionDescriptor HcclGetCommAsyncError$descriptor() {
        return HcclGetCommAsyncError.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * HcclResult HcclGetCommAsyncError(HcclComm comm, HcclResult *asyncError)
     * }
     */
    public static MethodHandle HcclGetCommAsyncError$handle() {
        return HcclGetCommAsyncError.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * HcclResult HcclGetCommAsyncError(HcclComm comm, HcclResult *asyncError)
     * }
     */
    public static MemorySegment HcclGetCommAsyncError$address() {
        return HcclGetCommAsyncError.ADDR;
    }

    /**
     * {@snippet lang=c :
     * HcclResult HcclGetCommAsyncError(HcclComm comm, HcclResult *asyncError)
     * }
     */
    public static int HcclGetCommAsyncError(MemorySegment comm, MemorySegment asyncError) {
        var mh$ = HcclGetCommAsyncError.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("HcclGetCommAsyncError", comm, asyncError);
            }
            return (int)mh$.invokeExact(comm, asyncError);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class HcclGetErrorString {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            hccl_h.C_POINTER,
            hccl_h.C_INT
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("HcclGetErrorString");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * const char *HcclGetErrorString(HcclResult code)
     * }
     */
    public static FunctionDescriptor HcclGetErrorString$descriptor() {
        return HcclGetErrorString.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * const char *HcclGetErrorString(HcclResult code)
     * }
     */
    public static MethodHandle HcclGetErrorString$handle() {
        return HcclGetErrorString.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * const char *HcclGetErrorString(HcclResult code)
     * }
     */
    public static MemorySegment HcclGetErrorString$address() {
        return HcclGetErrorString.ADDR;
    }

    /**
     * {@snippet lang=c :
     * const char *HcclGetErrorString(HcclResult code)
     * }
     */
    public static MemorySegment HcclGetErrorString(int code) {
        var mh$ = HcclGetErrorString.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("HcclGetErrorString", code);
            }
            return (MemorySegment)mh$.invokeExact(code);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }
}
