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
 * The subset of CANN's ACL runtime that comm4j calls ({@code headers/acl.h}): status codes, memcpy
 * kinds, malloc policies, CANN package names and the functions, one holder class each.
 * <p>
 * Symbols are looked up through the class loader (libraries loaded by
 * {@link io.comm4j.bindings.NativeLibraries#loadCann()}) and then the default lookup; no library is
 * loaded here, so initialising this class never fails. A function whose symbol is missing fails on
 * its first call, when its holder class initialises.
 */
public class acl_h extends acl_h$shared {

    acl_h() {
        // Should not be called directly
    }

    static final Arena LIBRARY_ARENA = Arena.ofAuto();

    static final SymbolLookup SYMBOL_LOOKUP = SymbolLookup.loaderLookup()
            .or(Linker.nativeLinker().defaultLookup());

    /**
     * {@snippet lang=c :
     * typedef int aclError
     * }
     */
    public static final OfInt aclError = acl_h.C_INT;

    /**
     * {@snippet lang=c :
     * typedef void *aclrtStream
     * }
     */
    public static final AddressLayout aclrtStream = acl_h.C_POINTER;

    private static final int ACL_SUCCESS = (int)0L;

    /**
     * {@snippet lang=c :
     * #define ACL_SUCCESS 0
     * }
     */
    public static int ACL_SUCCESS() {
        return ACL_SUCCESS;
    }

    private static final int ACL_ERROR_NONE = (int)0L;

    /**
     * {@snippet lang=c :
     * #define ACL_ERROR_NONE 0
     * }
     */
    public static int ACL_ERROR_NONE() {
        return ACL_ERROR_NONE;
    }

    private static final int ACL_ERROR_INVALID_PARAM = (int)100000L;

    /**
     * {@snippet lang=c :
     * #define ACL_ERROR_INVALID_PARAM 100000
     * }
     */
    public static int ACL_ERROR_INVALID_PARAM() {
        return ACL_ERROR_INVALID_PARAM;
    }

    private static final int ACL_ERROR_UNINITIALIZE = (int)100001L;

    /**
     * {@snippet lang=c :
     * #define ACL_ERROR_UNINITIALIZE 100001
     * }
     */
    public static int ACL_ERROR_UNINITIALIZE() {
        return ACL_ERROR_UNINITIALIZE;
    }

    private static final int ACL_ERROR_REPEAT_INITIALIZE = (int)100002L;

    /**
     * {@snippet lang=c :
     * #define ACL_ERROR_REPEAT_INITIALIZE 100002
     * }
     */
    public static int ACL_ERROR_REPEAT_INITIALIZE() {
        return ACL_ERROR_REPEAT_INITIALIZE;
    }

    private static final int ACL_ERROR_REPEAT_FINALIZE = (int)100037L;

    /**
     * {@snippet lang=c :
     * #define ACL_ERROR_REPEAT_FINALIZE 100037
     * }
     */
    public static int ACL_ERROR_REPEAT_FINALIZE() {
        return ACL_ERROR_REPEAT_FINALIZE;
    }

    private static final int ACL_ERROR_BAD_ALLOC = (int)200000L;

    /**
     * {@snippet lang=c :
     * #define ACL_ERROR_BAD_ALLOC 200000
     * }
     */
    public static int ACL_ERROR_BAD_ALLOC() {
        return ACL_ERROR_BAD_ALLOC;
    }

    private static final int ACL_ERROR_API_NOT_SUPPORT = (int)200001L;

    /**
     * {@snippet lang=c :
     * #define ACL_ERROR_API_NOT_SUPPORT 200001
     * }
     */
    public static int ACL_ERROR_API_NOT_SUPPORT() {
        return ACL_ERROR_API_NOT_SUPPORT;
    }

    private static final int ACL_ERROR_INVALID_DEVICE = (int)200002L;

    /**
     * {@snippet lang=c :
     * #define ACL_ERROR_INVALID_DEVICE 200002
     * }
     */
    public static int ACL_ERROR_INVALID_DEVICE() {
        return ACL_ERROR_INVALID_DEVICE;
    }

    private static final int ACL_ERROR_INTERNAL_ERROR = (int)500000L;

    /**
     * {@snippet lang=c :
     * #define ACL_ERROR_INTERNAL_ERROR 500000
     * }
     */
    public static int ACL_ERROR_INTERNAL_ERROR() {
        return ACL_ERROR_INTERNAL_ERROR;
    }

    private static final int ACL_ERROR_FAILURE = (int)500001L;

    /**
     * {@snippet lang=c :
     * #define ACL_ERROR_FAILURE 500001
     * }
     */
    public static int ACL_ERROR_FAILURE() {
        return ACL_ERROR_FAILURE;
    }

    private static final int ACL_ERROR_RT_FAILURE = (int)500003L;

    /**
     * {@snippet lang=c :
     * #define ACL_ERROR_RT_FAILURE 500003
     * }
     */
    public static int ACL_ERROR_RT_FAILURE() {
        return ACL_ERROR_RT_FAILURE;
    }

    private static final int ACL_ERROR_DRV_FAILURE = (int)500004L;

    /**
     * {@snippet lang=c :
     * #define ACL_ERROR_DRV_FAILURE 500004
     * }
     */
    public static int ACL_ERROR_DRV_FAILURE() {
        return ACL_ERROR_DRV_FAILURE;
    }

    private static final int ACL_ERROR_RT_PARAM_INVALID = (int)107000L;

    /**
     * {@snippet lang=c :
     * #define ACL_ERROR_RT_PARAM_INVALID 107000
     * }
     */
    public static int ACL_ERROR_RT_PARAM_INVALID() {
        return ACL_ERROR_RT_PARAM_INVALID;
    }

    private static final int ACL_ERROR_RT_INVALID_DEVICEID = (int)107001L;

    /**
     * {@snippet lang=c :
     * #define ACL_ERROR_RT_INVALID_DEVICEID 107001
     * }
     */
    public static int ACL_ERROR_RT_INVALID_DEVICEID() {
        return ACL_ERROR_RT_INVALID_DEVICEID;
    }

    private static final int ACL_ERROR_RT_CONTEXT_NULL = (int)107002L;

    /**
     * {@snippet lang=c :
     * #define ACL_ERROR_RT_CONTEXT_NULL 107002
     * }
     */
    public static int ACL_ERROR_RT_CONTEXT_NULL() {
        return ACL_ERROR_RT_CONTEXT_NULL;
    }

    private static final int ACL_ERROR_RT_FEATURE_NOT_SUPPORT = (int)207000L;

    /**
     * {@snippet lang=c :
     * #define ACL_ERROR_RT_FEATURE_NOT_SUPPORT 207000
     * }
     */
    public static int ACL_ERROR_RT_FEATURE_NOT_SUPPORT() {
        return ACL_ERROR_RT_FEATURE_NOT_SUPPORT;
    }

    private static final int ACL_ERROR_RT_MEMORY_ALLOCATION = (int)207001L;

    /**
     * {@snippet lang=c :
     * #define ACL_ERROR_RT_MEMORY_ALLOCATION 207001
     * }
     */
    public static int ACL_ERROR_RT_MEMORY_ALLOCATION() {
        return ACL_ERROR_RT_MEMORY_ALLOCATION;
    }

    private static final int ACL_ERROR_RT_NO_DEVICE = (int)207004L;

    /**
     * {@snippet lang=c :
     * #define ACL_ERROR_RT_NO_DEVICE 207004
     * }
     */
    public static int ACL_ERROR_RT_NO_DEVICE() {
        return ACL_ERROR_RT_NO_DEVICE;
    }

    private static final int ACL_ERROR_RT_DEVICE_OOM = (int)207018L;

    /**
     * {@snippet lang=c :
     * #define ACL_ERROR_RT_DEVICE_OOM 207018
     * }
     */
    public static int ACL_ERROR_RT_DEVICE_OOM() {
        return ACL_ERROR_RT_DEVICE_OOM;
    }

    private static final int ACL_ERROR_RT_INTERNAL_ERROR = (int)507000L;

    /**
     * {@snippet lang=c :
     * #define ACL_ERROR_RT_INTERNAL_ERROR 507000
     * }
     */
    public static int ACL_ERROR_RT_INTERNAL_ERROR() {
        return ACL_ERROR_RT_INTERNAL_ERROR;
    }

    private static final int ACL_ERROR_RT_AICORE_EXCEPTION = (int)507015L;

    /**
     * {@snippet lang=c :
     * #define ACL_ERROR_RT_AICORE_EXCEPTION 507015
     * }
     */
    public static int ACL_ERROR_RT_AICORE_EXCEPTION() {
        return ACL_ERROR_RT_AICORE_EXCEPTION;
    }

    private static final int ACL_ERROR_RT_AICPU_TIMEOUT = (int)507017L;

    /**
     * {@snippet lang=c :
     * #define ACL_ERROR_RT_AICPU_TIMEOUT 507017
     * }
     */
    public static int ACL_ERROR_RT_AICPU_TIMEOUT() {
        return ACL_ERROR_RT_AICPU_TIMEOUT;
    }

    private static final int ACL_ERROR_RT_AICPU_EXCEPTION = (int)507018L;

    /**
     * {@snippet lang=c :
     * #define ACL_ERROR_RT_AICPU_EXCEPTION 507018
     * }
     */
    public static int ACL_ERROR_RT_AICPU_EXCEPTION() {
        return ACL_ERROR_RT_AICPU_EXCEPTION;
    }

    private static final int ACL_ERROR_RT_STREAM_SYNC_TIMEOUT = (int)507046L;

    /**
     * {@snippet lang=c :
     * #define ACL_ERROR_RT_STREAM_SYNC_TIMEOUT 507046
     * }
     */
    public static int ACL_ERROR_RT_STREAM_SYNC_TIMEOUT() {
        return ACL_ERROR_RT_STREAM_SYNC_TIMEOUT;
    }

    private static final int ACL_ERROR_RT_COMM_OP_RETRY_FAIL = (int)507904L;

    /**
     * {@snippet lang=c :
     * #define ACL_ERROR_RT_COMM_OP_RETRY_FAIL 507904
     * }
     */
    public static int ACL_ERROR_RT_COMM_OP_RETRY_FAIL() {
        return ACL_ERROR_RT_COMM_OP_RETRY_FAIL;
    }

    private static final int ACL_MEMCPY_HOST_TO_HOST = (int)0L;

    /**
     * {@snippet lang=c :
     * enum aclrtMemcpyKind.ACL_MEMCPY_HOST_TO_HOST = 0
     * }
     */
    public static int ACL_MEMCPY_HOST_TO_HOST() {
        return ACL_MEMCPY_HOST_TO_HOST;
    }

    private static final int ACL_MEMCPY_HOST_TO_DEVICE = (int)1L;

    /**
     * {@snippet lang=c :
     * enum aclrtMemcpyKind.ACL_MEMCPY_HOST_TO_DEVICE = 1
     * }
     */
    public static int ACL_MEMCPY_HOST_TO_DEVICE() {
        return ACL_MEMCPY_HOST_TO_DEVICE;
    }

    private static final int ACL_MEMCPY_DEVICE_TO_HOST = (int)2L;

    /**
     * {@snippet lang=c :
     * enum aclrtMemcpyKind.ACL_MEMCPY_DEVICE_TO_HOST = 2
     * }
     */
    public static int ACL_MEMCPY_DEVICE_TO_HOST() {
        return ACL_MEMCPY_DEVICE_TO_HOST;
    }

    private static final int ACL_MEMCPY_DEVICE_TO_DEVICE = (int)3L;

    /**
     * {@snippet lang=c :
     * enum aclrtMemcpyKind.ACL_MEMCPY_DEVICE_TO_DEVICE = 3
     * }
     */
    public static int ACL_MEMCPY_DEVICE_TO_DEVICE() {
        return ACL_MEMCPY_DEVICE_TO_DEVICE;
    }

    private static final int ACL_MEMCPY_DEFAULT = (int)4L;

    /**
     * {@snippet lang=c :
     * enum aclrtMemcpyKind.ACL_MEMCPY_DEFAULT = 4
     * }
     */
    public static int ACL_MEMCPY_DEFAULT() {
        return ACL_MEMCPY_DEFAULT;
    }

    private static final int ACL_MEMCPY_HOST_TO_BUF_TO_DEVICE = (int)5L;

    /**
     * {@snippet lang=c :
     * enum aclrtMemcpyKind.ACL_MEMCPY_HOST_TO_BUF_TO_DEVICE = 5
     * }
     */
    public static int ACL_MEMCPY_HOST_TO_BUF_TO_DEVICE() {
        return ACL_MEMCPY_HOST_TO_BUF_TO_DEVICE;
    }

    private static final int ACL_MEMCPY_INNER_DEVICE_TO_DEVICE = (int)6L;

    /**
     * {@snippet lang=c :
     * enum aclrtMemcpyKind.ACL_MEMCPY_INNER_DEVICE_TO_DEVICE = 6
     * }
     */
    public static int ACL_MEMCPY_INNER_DEVICE_TO_DEVICE() {
        return ACL_MEMCPY_INNER_DEVICE_TO_DEVICE;
    }

    private static final int ACL_MEMCPY_INTER_DEVICE_TO_DEVICE = (int)7L;

    /**
     * {@snippet lang=c :
     * enum aclrtMemcpyKind.ACL_MEMCPY_INTER_DEVICE_TO_DEVICE = 7
     * }
     */
    public static int ACL_MEMCPY_INTER_DEVICE_TO_DEVICE() {
        return ACL_MEMCPY_INTER_DEVICE_TO_DEVICE;
    }

    private static final int ACL_MEM_MALLOC_HUGE_FIRST = (int)0L;

    /**
     * {@snippet lang=c :
     * enum aclrtMemMallocPolicy.ACL_MEM_MALLOC_HUGE_FIRST = 0
     * }
     */
    public static int ACL_MEM_MALLOC_HUGE_FIRST() {
        return ACL_MEM_MALLOC_HUGE_FIRST;
    }

    private static final int ACL_MEM_MALLOC_HUGE_ONLY = (int)1L;

    /**
     * {@snippet lang=c :
     * enum aclrtMemMallocPolicy.ACL_MEM_MALLOC_HUGE_ONLY = 1
     * }
     */
    public static int ACL_MEM_MALLOC_HUGE_ONLY() {
        return ACL_MEM_MALLOC_HUGE_ONLY;
    }

    private static final int ACL_MEM_MALLOC_NORMAL_ONLY = (int)2L;

    /**
     * {@snippet lang=c :
     * enum aclrtMemMallocPolicy.ACL_MEM_MALLOC_NORMAL_ONLY = 2
     * }
     */
    public static int ACL_MEM_MALLOC_NORMAL_ONLY() {
        return ACL_MEM_MALLOC_NORMAL_ONLY;
    }

    private static final int ACL_MEM_MALLOC_HUGE_FIRST_P2P = (int)3L;

    /**
     * {@snippet lang=c :
     * enum aclrtMemMallocPolicy.ACL_MEM_MALLOC_HUGE_FIRST_P2P = 3
     * }
     */
    public static int ACL_MEM_MALLOC_HUGE_FIRST_P2P() {
        return ACL_MEM_MALLOC_HUGE_FIRST_P2P;
    }

    private static final int ACL_MEM_MALLOC_HUGE_ONLY_P2P = (int)4L;

    /**
     * {@snippet lang=c :
     * enum aclrtMemMallocPolicy.ACL_MEM_MALLOC_HUGE_ONLY_P2P = 4
     * }
     */
    public static int ACL_MEM_MALLOC_HUGE_ONLY_P2P() {
        return ACL_MEM_MALLOC_HUGE_ONLY_P2P;
    }

    private static final int ACL_MEM_MALLOC_NORMAL_ONLY_P2P = (int)5L;

    /**
     * {@snippet lang=c :
     * enum aclrtMemMallocPolicy.ACL_MEM_MALLOC_NORMAL_ONLY_P2P = 5
     * }
     */
    public static int ACL_MEM_MALLOC_NORMAL_ONLY_P2P() {
        return ACL_MEM_MALLOC_NORMAL_ONLY_P2P;
    }

    private static final int ACL_MEM_MALLOC_HUGE1G_ONLY = (int)6L;

    /**
     * {@snippet lang=c :
     * enum aclrtMemMallocPolicy.ACL_MEM_MALLOC_HUGE1G_ONLY = 6
     * }
     */
    public static int ACL_MEM_MALLOC_HUGE1G_ONLY() {
        return ACL_MEM_MALLOC_HUGE1G_ONLY;
    }

    private static final int ACL_MEM_MALLOC_HUGE1G_ONLY_P2P = (int)7L;

    /**
     * {@snippet lang=c :
     * enum aclrtMemMallocPolicy.ACL_MEM_MALLOC_HUGE1G_ONLY_P2P = 7
     * }
     */
    public static int ACL_MEM_MALLOC_HUGE1G_ONLY_P2P() {
        return ACL_MEM_MALLOC_HUGE1G_ONLY_P2P;
    }

    private static final int ACL_MEM_TYPE_LOW_BAND_WIDTH = (int)256L;

    /**
     * {@snippet lang=c :
     * enum aclrtMemMallocPolicy.ACL_MEM_TYPE_LOW_BAND_WIDTH = 256
     * }
     */
    public static int ACL_MEM_TYPE_LOW_BAND_WIDTH() {
        return ACL_MEM_TYPE_LOW_BAND_WIDTH;
    }

    private static final int ACL_MEM_TYPE_HIGH_BAND_WIDTH = (int)4096L;

    /**
     * {@snippet lang=c :
     * enum aclrtMemMallocPolicy.ACL_MEM_TYPE_HIGH_BAND_WIDTH = 4096
     * }
     */
    public static int ACL_MEM_TYPE_HIGH_BAND_WIDTH() {
        return ACL_MEM_TYPE_HIGH_BAND_WIDTH;
    }

    private static final int ACL_MEM_ACCESS_USER_SPACE_READONLY = (int)1048576L;

    /**
     * {@snippet lang=c :
     * enum aclrtMemMallocPolicy.ACL_MEM_ACCESS_USER_SPACE_READONLY = 1048576
     * }
     */
    public static int ACL_MEM_ACCESS_USER_SPACE_READONLY() {
        return ACL_MEM_ACCESS_USER_SPACE_READONLY;
    }

    private static final long ACL_RT_IPC_MEM_EXPORT_FLAG_DEFAULT = 0L;

    /**
     * {@snippet lang=c :
     * #define ACL_RT_IPC_MEM_EXPORT_FLAG_DEFAULT 0x0UL
     * }
     */
    public static long ACL_RT_IPC_MEM_EXPORT_FLAG_DEFAULT() {
        return ACL_RT_IPC_MEM_EXPORT_FLAG_DEFAULT;
    }

    private static final long ACL_RT_IPC_MEM_EXPORT_FLAG_DISABLE_PID_VALIDATION = 1L;

    /**
     * {@snippet lang=c :
     * #define ACL_RT_IPC_MEM_EXPORT_FLAG_DISABLE_PID_VALIDATION 0x1UL
     * }
     */
    public static long ACL_RT_IPC_MEM_EXPORT_FLAG_DISABLE_PID_VALIDATION() {
        return ACL_RT_IPC_MEM_EXPORT_FLAG_DISABLE_PID_VALIDATION;
    }

    private static final long ACL_RT_IPC_MEM_IMPORT_FLAG_DEFAULT = 0L;

    /**
     * {@snippet lang=c :
     * #define ACL_RT_IPC_MEM_IMPORT_FLAG_DEFAULT 0x0UL
     * }
     */
    public static long ACL_RT_IPC_MEM_IMPORT_FLAG_DEFAULT() {
        return ACL_RT_IPC_MEM_IMPORT_FLAG_DEFAULT;
    }

    private static final long ACL_RT_IPC_MEM_IMPORT_FLAG_ENABLE_PEER_ACCESS = 1L;

    /**
     * {@snippet lang=c :
     * #define ACL_RT_IPC_MEM_IMPORT_FLAG_ENABLE_PEER_ACCESS 0x1UL
     * }
     */
    public static long ACL_RT_IPC_MEM_IMPORT_FLAG_ENABLE_PEER_ACCESS() {
        return ACL_RT_IPC_MEM_IMPORT_FLAG_ENABLE_PEER_ACCESS;
    }

    private static final int ACL_PKG_VERSION_MAX_SIZE = (int)128L;

    /**
     * {@snippet lang=c :
     * #define ACL_PKG_VERSION_MAX_SIZE 128
     * }
     */
    public static int ACL_PKG_VERSION_MAX_SIZE() {
        return ACL_PKG_VERSION_MAX_SIZE;
    }

    private static final int ACL_PKG_VERSION_PARTS_MAX_SIZE = (int)64L;

    /**
     * {@snippet lang=c :
     * #define ACL_PKG_VERSION_PARTS_MAX_SIZE 64
     * }
     */
    public static int ACL_PKG_VERSION_PARTS_MAX_SIZE() {
        return ACL_PKG_VERSION_PARTS_MAX_SIZE;
    }

    private static final int ACL_PKG_NAME_CANN = (int)0L;

    /**
     * {@snippet lang=c :
     * enum aclCANNPackageName.ACL_PKG_NAME_CANN = 0
     * }
     */
    public static int ACL_PKG_NAME_CANN() {
        return ACL_PKG_NAME_CANN;
    }

    private static final int ACL_PKG_NAME_RUNTIME = (int)1L;

    /**
     * {@snippet lang=c :
     * enum aclCANNPackageName.ACL_PKG_NAME_RUNTIME = 1
     * }
     */
    public static int ACL_PKG_NAME_RUNTIME() {
        return ACL_PKG_NAME_RUNTIME;
    }

    private static final int ACL_PKG_NAME_COMPILER = (int)2L;

    /**
     * {@snippet lang=c :
     * enum aclCANNPackageName.ACL_PKG_NAME_COMPILER = 2
     * }
     */
    public static int ACL_PKG_NAME_COMPILER() {
        return ACL_PKG_NAME_COMPILER;
    }

    private static final int ACL_PKG_NAME_HCCL = (int)3L;

    /**
     * {@snippet lang=c :
     * enum aclCANNPackageName.ACL_PKG_NAME_HCCL = 3
     * }
     */
    public static int ACL_PKG_NAME_HCCL() {
        return ACL_PKG_NAME_HCCL;
    }

    private static final int ACL_PKG_NAME_TOOLKIT = (int)4L;

    /**
     * {@snippet lang=c :
     * enum aclCANNPackageName.ACL_PKG_NAME_TOOLKIT = 4
     * }
     */
    public static int ACL_PKG_NAME_TOOLKIT() {
        return ACL_PKG_NAME_TOOLKIT;
    }

    private static final int ACL_PKG_NAME_OPP = (int)5L;

    /**
     * {@snippet lang=c :
     * enum aclCANNPackageName.ACL_PKG_NAME_OPP = 5
     * }
     */
    public static int ACL_PKG_NAME_OPP() {
        return ACL_PKG_NAME_OPP;
    }

    private static final int ACL_PKG_NAME_OPP_KERNEL = (int)6L;

    /**
     * {@snippet lang=c :
     * enum aclCANNPackageName.ACL_PKG_NAME_OPP_KERNEL = 6
     * }
     */
    public static int ACL_PKG_NAME_OPP_KERNEL() {
        return ACL_PKG_NAME_OPP_KERNEL;
    }

    private static final int ACL_PKG_NAME_DRIVER = (int)7L;

    /**
     * {@snippet lang=c :
     * enum aclCANNPackageName.ACL_PKG_NAME_DRIVER = 7
     * }
     */
    public static int ACL_PKG_NAME_DRIVER() {
        return ACL_PKG_NAME_DRIVER;
    }

    private static class aclInit {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            acl_h.C_INT,
            acl_h.C_POINTER
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("aclInit");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * aclError aclInit(const char *configPath)
     * }
     */
    public static FunctionDescriptor aclInit$descriptor() {
        return aclInit.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * aclError aclInit(const char *configPath)
     * }
     */
    public static MethodHandle aclInit$handle() {
        return aclInit.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * aclError aclInit(const char *configPath)
     * }
     */
    public static MemorySegment aclInit$address() {
        return aclInit.ADDR;
    }

    /**
     * {@snippet lang=c :
     * aclError aclInit(const char *configPath)
     * }
     */
    public static int aclInit(MemorySegment configPath) {
        var mh$ = aclInit.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("aclInit", configPath);
            }
            return (int)mh$.invokeExact(configPath);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class aclFinalize {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            acl_h.C_INT
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("aclFinalize");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * aclError aclFinalize()
     * }
     */
    public static FunctionDescriptor aclFinalize$descriptor() {
        return aclFinalize.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * aclError aclFinalize()
     * }
     */
    public static MethodHandle aclFinalize$handle() {
        return aclFinalize.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * aclError aclFinalize()
     * }
     */
    public static MemorySegment aclFinalize$address() {
        return aclFinalize.ADDR;
    }

    /**
     * {@snippet lang=c :
     * aclError aclFinalize()
     * }
     */
    public static int aclFinalize() {
        var mh$ = aclFinalize.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("aclFinalize");
            }
            return (int)mh$.invokeExact();
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class aclrtGetVersion {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            acl_h.C_INT,
            acl_h.C_POINTER,
            acl_h.C_POINTER,
            acl_h.C_POINTER
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("aclrtGetVersion");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * aclError aclrtGetVersion(int32_t *majorVersion, int32_t *minorVersion, int32_t *patchVersion)
     * }
     */
    public static FunctionDescriptor aclrtGetVersion$descriptor() {
        return aclrtGetVersion.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * aclError aclrtGetVersion(int32_t *majorVersion, int32_t *minorVersion, int32_t *patchVersion)
     * }
     */
    public static MethodHandle aclrtGetVersion$handle() {
        return aclrtGetVersion.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * aclError aclrtGetVersion(int32_t *majorVersion, int32_t *minorVersion, int32_t *patchVersion)
     * }
     */
    public static MemorySegment aclrtGetVersion$address() {
        return aclrtGetVersion.ADDR;
    }

    /**
     * {@snippet lang=c :
     * aclError aclrtGetVersion(int32_t *majorVersion, int32_t *minorVersion, int32_t *patchVersion)
     * }
     */
    public static int aclrtGetVersion(MemorySegment majorVersion, MemorySegment minorVersion, MemorySegment patchVersion) {
        var mh$ = aclrtGetVersion.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("aclrtGetVersion", majorVersion, minorVersion, patchVersion);
            }
            return (int)mh$.invokeExact(majorVersion, minorVersion, patchVersion);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class aclsysGetCANNVersion {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            acl_h.C_INT,
            acl_h.C_INT,
            acl_h.C_POINTER
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("aclsysGetCANNVersion");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * aclError aclsysGetCANNVersion(aclCANNPackageName name, aclCANNPackageVersion *version)
     * }
     */
    public static FunctionDescriptor aclsysGetCANNVersion$descriptor() {
        return aclsysGetCANNVersion.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * aclError aclsysGetCANNVersion(aclCANNPackageName name, aclCANNPackageVersion *version)
     * }
     */
    public static MethodHandle aclsysGetCANNVersion$handle() {
        return aclsysGetCANNVersion.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * aclError aclsysGetCANNVersion(aclCANNPackageName name, aclCANNPackageVersion *version)
     * }
     */
    public static MemorySegment aclsysGetCANNVersion$address() {
        return aclsysGetCANNVersion.ADDR;
    }

    /**
     * {@snippet lang=c :
     * aclError aclsysGetCANNVersion(aclCANNPackageName name, aclCANNPackageVersion *version)
     * }
     */
    public static int aclsysGetCANNVersion(int name, MemorySegment version) {
        var mh$ = aclsysGetCANNVersion.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("aclsysGetCANNVersion", name, version);
            }
            return (int)mh$.invokeExact(name, version);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class aclGetRecentErrMsg {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            acl_h.C_POINTER
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("aclGetRecentErrMsg");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * const char *aclGetRecentErrMsg()
     * }
     */
    public static FunctionDescriptor aclGetRecentErrMsg$descriptor() {
        return aclGetRecentErrMsg.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * const char *aclGetRecentErrMsg()
     * }
     */
    public static MethodHandle aclGetRecentErrMsg$handle() {
        return aclGetRecentErrMsg.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * const char *aclGetRecentErrMsg()
     * }
     */
    public static MemorySegment aclGetRecentErrMsg$address() {
        return aclGetRecentErrMsg.ADDR;
    }

    /**
     * {@snippet lang=c :
     * const char *aclGetRecentErrMsg()
     * }
     */
    public static MemorySegment aclGetRecentErrMsg() {
        var mh$ = aclGetRecentErrMsg.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("aclGetRecentErrMsg");
            }
            return (MemorySegment)mh$.invokeExact();
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class aclrtSetDevice {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            acl_h.C_INT,
            acl_h.C_INT
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("aclrtSetDevice");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * aclError aclrtSetDevice(int32_t deviceId)
     * }
     */
    public static FunctionDescriptor aclrtSetDevice$descriptor() {
        return aclrtSetDevice.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * aclError aclrtSetDevice(int32_t deviceId)
     * }
     */
    public static MethodHandle aclrtSetDevice$handle() {
        return aclrtSetDevice.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * aclError aclrtSetDevice(int32_t deviceId)
     * }
     */
    public static MemorySegment aclrtSetDevice$address() {
        return aclrtSetDevice.ADDR;
    }

    /**
     * {@snippet lang=c :
     * aclError aclrtSetDevice(int32_t deviceId)
     * }
     */
    public static int aclrtSetDevice(int deviceId) {
        var mh$ = aclrtSetDevice.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("aclrtSetDevice", deviceId);
            }
            return (int)mh$.invokeExact(deviceId);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class aclrtResetDevice {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            acl_h.C_INT,
            acl_h.C_INT
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("aclrtResetDevice");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * aclError aclrtResetDevice(int32_t deviceId)
     * }
     */
    public static FunctionDescriptor aclrtResetDevice$descriptor() {
        return aclrtResetDevice.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * aclError aclrtResetDevice(int32_t deviceId)
     * }
     */
    public static MethodHandle aclrtResetDevice$handle() {
        return aclrtResetDevice.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * aclError aclrtResetDevice(int32_t deviceId)
     * }
     */
    public static MemorySegment aclrtResetDevice$address() {
        return aclrtResetDevice.ADDR;
    }

    /**
     * {@snippet lang=c :
     * aclError aclrtResetDevice(int32_t deviceId)
     * }
     */
    public static int aclrtResetDevice(int deviceId) {
        var mh$ = aclrtResetDevice.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("aclrtResetDevice", deviceId);
            }
            return (int)mh$.invokeExact(deviceId);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class aclrtGetDevice {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            acl_h.C_INT,
            acl_h.C_POINTER
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("aclrtGetDevice");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * aclError aclrtGetDevice(int32_t *deviceId)
     * }
     */
    public static FunctionDescriptor aclrtGetDevice$descriptor() {
        return aclrtGetDevice.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * aclError aclrtGetDevice(int32_t *deviceId)
     * }
     */
    public static MethodHandle aclrtGetDevice$handle() {
        return aclrtGetDevice.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * aclError aclrtGetDevice(int32_t *deviceId)
     * }
     */
    public static MemorySegment aclrtGetDevice$address() {
        return aclrtGetDevice.ADDR;
    }

    /**
     * {@snippet lang=c :
     * aclError aclrtGetDevice(int32_t *deviceId)
     * }
     */
    public static int aclrtGetDevice(MemorySegment deviceId) {
        var mh$ = aclrtGetDevice.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("aclrtGetDevice", deviceId);
            }
            return (int)mh$.invokeExact(deviceId);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class aclrtGetDeviceCount {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            acl_h.C_INT,
            acl_h.C_POINTER
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("aclrtGetDeviceCount");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * aclError aclrtGetDeviceCount(uint32_t *count)
     * }
     */
    public static FunctionDescriptor aclrtGetDeviceCount$descriptor() {
        return aclrtGetDeviceCount.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * aclError aclrtGetDeviceCount(uint32_t *count)
     * }
     */
    public static MethodHandle aclrtGetDeviceCount$handle() {
        return aclrtGetDeviceCount.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * aclError aclrtGetDeviceCount(uint32_t *count)
     * }
     */
    public static MemorySegment aclrtGetDeviceCount$address() {
        return aclrtGetDeviceCount.ADDR;
    }

    /**
     * {@snippet lang=c :
     * aclError aclrtGetDeviceCount(uint32_t *count)
     * }
     */
    public static int aclrtGetDeviceCount(MemorySegment count) {
        var mh$ = aclrtGetDeviceCount.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("aclrtGetDeviceCount", count);
            }
            return (int)mh$.invokeExact(count);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class aclrtCreateStream {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            acl_h.C_INT,
            acl_h.C_POINTER
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("aclrtCreateStream");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * aclError aclrtCreateStream(aclrtStream *stream)
     * }
     */
    public static FunctionDescriptor aclrtCreateStream$descriptor() {
        return aclrtCreateStream.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * aclError aclrtCreateStream(aclrtStream *stream)
     * }
     */
    public static MethodHandle aclrtCreateStream$handle() {
        return aclrtCreateStream.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * aclError aclrtCreateStream(aclrtStream *stream)
     * }
     */
    public static MemorySegment aclrtCreateStream$address() {
        return aclrtCreateStream.ADDR;
    }

    /**
     * {@snippet lang=c :
     * aclError aclrtCreateStream(aclrtStream *stream)
     * }
     */
    public static int aclrtCreateStream(MemorySegment stream) {
        var mh$ = aclrtCreateStream.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("aclrtCreateStream", stream);
            }
            return (int)mh$.invokeExact(stream);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class aclrtDestroyStream {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            acl_h.C_INT,
            acl_h.C_POINTER
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("aclrtDestroyStream");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * aclError aclrtDestroyStream(aclrtStream stream)
     * }
     */
    public static FunctionDescriptor aclrtDestroyStream$descriptor() {
        return aclrtDestroyStream.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * aclError aclrtDestroyStream(aclrtStream stream)
     * }
     */
    public static MethodHandle aclrtDestroyStream$handle() {
        return aclrtDestroyStream.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * aclError aclrtDestroyStream(aclrtStream stream)
     * }
     */
    public static MemorySegment aclrtDestroyStream$address() {
        return aclrtDestroyStream.ADDR;
    }

    /**
     * {@snippet lang=c :
     * aclError aclrtDestroyStream(aclrtStream stream)
     * }
     */
    public static int aclrtDestroyStream(MemorySegment stream) {
        var mh$ = aclrtDestroyStream.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("aclrtDestroyStream", stream);
            }
            return (int)mh$.invokeExact(stream);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class aclrtSynchronizeStream {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            acl_h.C_INT,
            acl_h.C_POINTER
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("aclrtSynchronizeStream");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * aclError aclrtSynchronizeStream(aclrtStream stream)
     * }
     */
    public static FunctionDescriptor aclrtSynchronizeStream$descriptor() {
        return aclrtSynchronizeStream.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * aclError aclrtSynchronizeStream(aclrtStream stream)
     * }
     */
    public static MethodHandle aclrtSynchronizeStream$handle() {
        return aclrtSynchronizeStream.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * aclError aclrtSynchronizeStream(aclrtStream stream)
     * }
     */
    public static MemorySegment aclrtSynchronizeStream$address() {
        return aclrtSynchronizeStream.ADDR;
    }

    /**
     * {@snippet lang=c :
     * aclError aclrtSynchronizeStream(aclrtStream stream)
     * }
     */
    public static int aclrtSynchronizeStream(MemorySegment stream) {
        var mh$ = aclrtSynchronizeStream.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("aclrtSynchronizeStream", stream);
            }
            return (int)mh$.invokeExact(stream);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class aclrtMalloc {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            acl_h.C_INT,
            acl_h.C_POINTER,
            acl_h.C_LONG,
            acl_h.C_INT
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("aclrtMalloc");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * aclError aclrtMalloc(void **devPtr, size_t size, aclrtMemMallocPolicy policy)
     * }
     */
    public static FunctionDescriptor aclrtMalloc$descriptor() {
        return aclrtMalloc.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * aclError aclrtMalloc(void **devPtr, size_t size, aclrtMemMallocPolicy policy)
     * }
     */
    public static MethodHandle aclrtMalloc$handle() {
        return aclrtMalloc.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * aclError aclrtMalloc(void **devPtr, size_t size, aclrtMemMallocPolicy policy)
     * }
     */
    public static MemorySegment aclrtMalloc$address() {
        return aclrtMalloc.ADDR;
    }

    /**
     * {@snippet lang=c :
     * aclError aclrtMalloc(void **devPtr, size_t size, aclrtMemMallocPolicy policy)
     * }
     */
    public static int aclrtMalloc(MemorySegment devPtr, long size, int policy) {
        var mh$ = aclrtMalloc.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("aclrtMalloc", devPtr, size, policy);
            }
            return (int)mh$.invokeExact(devPtr, size, policy);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class aclrtFree {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            acl_h.C_INT,
            acl_h.C_POINTER
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("aclrtFree");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * aclError aclrtFree(void *devPtr)
     * }
     */
    public static FunctionDescriptor aclrtFree$descriptor() {
        return aclrtFree.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * aclError aclrtFree(void *devPtr)
     * }
     */
    public static MethodHandle aclrtFree$handle() {
        return aclrtFree.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * aclError aclrtFree(void *devPtr)
     * }
     */
    public static MemorySegment aclrtFree$address() {
        return aclrtFree.ADDR;
    }

    /**
     * {@snippet lang=c :
     * aclError aclrtFree(void *devPtr)
     * }
     */
    public static int aclrtFree(MemorySegment devPtr) {
        var mh$ = aclrtFree.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("aclrtFree", devPtr);
            }
            return (int)mh$.invokeExact(devPtr);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class aclrtMemcpy {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            acl_h.C_INT,
            acl_h.C_POINTER,
            acl_h.C_LONG,
            acl_h.C_POINTER,
            acl_h.C_LONG,
            acl_h.C_INT
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("aclrtMemcpy");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * aclError aclrtMemcpy(void *dst, size_t destMax, const void *src, size_t count, aclrtMemcpyKind kind)
     * }
     */
    public static FunctionDescriptor aclrtMemcpy$descriptor() {
        return aclrtMemcpy.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * aclError aclrtMemcpy(void *dst, size_t destMax, const void *src, size_t count, aclrtMemcpyKind kind)
     * }
     */
    public static MethodHandle aclrtMemcpy$handle() {
        return aclrtMemcpy.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * aclError aclrtMemcpy(void *dst, size_t destMax, const void *src, size_t count, aclrtMemcpyKind kind)
     * }
     */
    public static MemorySegment aclrtMemcpy$address() {
        return aclrtMemcpy.ADDR;
    }

    /**
     * {@snippet lang=c :
     * aclError aclrtMemcpy(void *dst, size_t destMax, const void *src, size_t count, aclrtMemcpyKind kind)
     * }
     */
    public static int aclrtMemcpy(MemorySegment dst, long destMax, MemorySegment src, long count, int kind) {
        var mh$ = aclrtMemcpy.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("aclrtMemcpy", dst, destMax, src, count, kind);
            }
            return (int)mh$.invokeExact(dst, destMax, src, count, kind);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class aclrtIpcMemGetExportKey {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            acl_h.C_INT,
            acl_h.C_POINTER,
            acl_h.C_LONG,
            acl_h.C_POINTER,
            acl_h.C_LONG,
            acl_h.C_LONG
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("aclrtIpcMemGetExportKey");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * aclError aclrtIpcMemGetExportKey(void *devPtr, size_t size, char *key, size_t len, uint64_t flags)
     * }
     */
    public static FunctionDescriptor aclrtIpcMemGetExportKey$descriptor() {
        return aclrtIpcMemGetExportKey.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * aclError aclrtIpcMemGetExportKey(void *devPtr, size_t size, char *key, size_t len, uint64_t flags)
     * }
     */
    public static MethodHandle aclrtIpcMemGetExportKey$handle() {
        return aclrtIpcMemGetExportKey.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * aclError aclrtIpcMemGetExportKey(void *devPtr, size_t size, char *key, size_t len, uint64_t flags)
     * }
     */
    public static MemorySegment aclrtIpcMemGetExportKey$address() {
        return aclrtIpcMemGetExportKey.ADDR;
    }

    /**
     * {@snippet lang=c :
     * aclError aclrtIpcMemGetExportKey(void *devPtr, size_t size, char *key, size_t len, uint64_t flags)
     * }
     */
    public static int aclrtIpcMemGetExportKey(MemorySegment devPtr, long size, MemorySegment key, long len, long flags) {
        var mh$ = aclrtIpcMemGetExportKey.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("aclrtIpcMemGetExportKey", devPtr, size, key, len, flags);
            }
            return (int)mh$.invokeExact(devPtr, size, key, len, flags);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class aclrtIpcMemSetImportPid {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            acl_h.C_INT,
            acl_h.C_POINTER,
            acl_h.C_POINTER,
            acl_h.C_LONG
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("aclrtIpcMemSetImportPid");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * aclError aclrtIpcMemSetImportPid(const char *key, int32_t *pid, size_t num)
     * }
     */
    public static FunctionDescriptor aclrtIpcMemSetImportPid$descriptor() {
        return aclrtIpcMemSetImportPid.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * aclError aclrtIpcMemSetImportPid(const char *key, int32_t *pid, size_t num)
     * }
     */
    public static MethodHandle aclrtIpcMemSetImportPid$handle() {
        return aclrtIpcMemSetImportPid.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * aclError aclrtIpcMemSetImportPid(const char *key, int32_t *pid, size_t num)
     * }
     */
    public static MemorySegment aclrtIpcMemSetImportPid$address() {
        return aclrtIpcMemSetImportPid.ADDR;
    }

    /**
     * {@snippet lang=c :
     * aclError aclrtIpcMemSetImportPid(const char *key, int32_t *pid, size_t num)
     * }
     */
    public static int aclrtIpcMemSetImportPid(MemorySegment key, MemorySegment pid, long num) {
        var mh$ = aclrtIpcMemSetImportPid.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("aclrtIpcMemSetImportPid", key, pid, num);
            }
            return (int)mh$.invokeExact(key, pid, num);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class aclrtIpcMemImportByKey {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            acl_h.C_INT,
            acl_h.C_POINTER,
            acl_h.C_POINTER,
            acl_h.C_LONG
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("aclrtIpcMemImportByKey");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * aclError aclrtIpcMemImportByKey(void **devPtr, const char *key, uint64_t flags)
     * }
     */
    public static FunctionDescriptor aclrtIpcMemImportByKey$descriptor() {
        return aclrtIpcMemImportByKey.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * aclError aclrtIpcMemImportByKey(void **devPtr, const char *key, uint64_t flags)
     * }
     */
    public static MethodHandle aclrtIpcMemImportByKey$handle() {
        return aclrtIpcMemImportByKey.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * aclError aclrtIpcMemImportByKey(void **devPtr, const char *key, uint64_t flags)
     * }
     */
    public static MemorySegment aclrtIpcMemImportByKey$address() {
        return aclrtIpcMemImportByKey.ADDR;
    }

    /**
     * {@snippet lang=c :
     * aclError aclrtIpcMemImportByKey(void **devPtr, const char *key, uint64_t flags)
     * }
     */
    public static int aclrtIpcMemImportByKey(MemorySegment devPtr, MemorySegment key, long flags) {
        var mh$ = aclrtIpcMemImportByKey.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("aclrtIpcMemImportByKey", devPtr, key, flags);
            }
            return (int)mh$.invokeExact(devPtr, key, flags);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class aclrtIpcMemClose {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            acl_h.C_INT,
            acl_h.C_POINTER
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("aclrtIpcMemClose");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * aclError aclrtIpcMemClose(const char *key)
     * }
     */
    public static FunctionDescriptor aclrtIpcMemClose$descriptor() {
        return aclrtIpcMemClose.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * aclError aclrtIpcMemClose(const char *key)
     * }
     */
    public static MethodHandle aclrtIpcMemClose$handle() {
        return aclrtIpcMemClose.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * aclError aclrtIpcMemClose(const char *key)
     * }
     */
    public static MemorySegment aclrtIpcMemClose$address() {
        return aclrtIpcMemClose.ADDR;
    }

    /**
     * {@snippet lang=c :
     * aclError aclrtIpcMemClose(const char *key)
     * }
     */
    public static int aclrtIpcMemClose(MemorySegment key) {
        var mh$ = aclrtIpcMemClose.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("aclrtIpcMemClose", key);
            }
            return (int)mh$.invokeExact(key);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class aclrtDeviceGetBareTgid {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            acl_h.C_INT,
            acl_h.C_POINTER
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("aclrtDeviceGetBareTgid");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * aclError aclrtDeviceGetBareTgid(int32_t *pid)
     * }
     */
    public static FunctionDescriptor aclrtDeviceGetBareTgid$descriptor() {
        return aclrtDeviceGetBareTgid.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * aclError aclrtDeviceGetBareTgid(int32_t *pid)
     * }
     */
    public static MethodHandle aclrtDeviceGetBareTgid$handle() {
        return aclrtDeviceGetBareTgid.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * aclError aclrtDeviceGetBareTgid(int32_t *pid)
     * }
     */
    public static MemorySegment aclrtDeviceGetBareTgid$address() {
        return aclrtDeviceGetBareTgid.ADDR;
    }

    /**
     * {@snippet lang=c :
     * aclError aclrtDeviceGetBareTgid(int32_t *pid)
     * }
     */
    public static int aclrtDeviceGetBareTgid(MemorySegment pid) {
        var mh$ = aclrtDeviceGetBareTgid.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("aclrtDeviceGetBareTgid", pid);
            }
            return (int)mh$.invokeExact(pid);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class aclrtDeviceCanAccessPeer {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            acl_h.C_INT,
            acl_h.C_POINTER,
            acl_h.C_INT,
            acl_h.C_INT
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("aclrtDeviceCanAccessPeer");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * aclError aclrtDeviceCanAccessPeer(int32_t *canAccessPeer, int32_t deviceId, int32_t peerDeviceId)
     * }
     */
    public static FunctionDescriptor aclrtDeviceCanAccessPeer$descriptor() {
        return aclrtDeviceCanAccessPeer.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * aclError aclrtDeviceCanAccessPeer(int32_t *canAccessPeer, int32_t deviceId, int32_t peerDeviceId)
     * }
     */
    public static MethodHandle aclrtDeviceCanAccessPeer$handle() {
        return aclrtDeviceCanAccessPeer.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * aclError aclrtDeviceCanAccessPeer(int32_t *canAccessPeer, int32_t deviceId, int32_t peerDeviceId)
     * }
     */
    public static MemorySegment aclrtDeviceCanAccessPeer$address() {
        return aclrtDeviceCanAccessPeer.ADDR;
    }

    /**
     * {@snippet lang=c :
     * aclError aclrtDeviceCanAccessPeer(int32_t *canAccessPeer, int32_t deviceId, int32_t peerDeviceId)
     * }
     */
    public static int aclrtDeviceCanAccessPeer(MemorySegment canAccessPeer, int deviceId, int peerDeviceId) {
        var mh$ = aclrtDeviceCanAccessPeer.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("aclrtDeviceCanAccessPeer", canAccessPeer, deviceId, peerDeviceId);
            }
            return (int)mh$.invokeExact(canAccessPeer, deviceId, peerDeviceId);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class aclrtDeviceEnablePeerAccess {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            acl_h.C_INT,
            acl_h.C_INT,
            acl_h.C_INT
        );

        public static final MemorySegment ADDR = SYMBOL_LOOKUP.findOrThrow("aclrtDeviceEnablePeerAccess");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * aclError aclrtDeviceEnablePeerAccess(int32_t peerDeviceId, uint32_t flags)
     * }
     */
    public static FunctionDescriptor aclrtDeviceEnablePeerAccess$descriptor() {
        return aclrtDeviceEnablePeerAccess.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * aclError aclrtDeviceEnablePeerAccess(int32_t peerDeviceId, uint32_t flags)
     * }
     */
    public static MethodHandle aclrtDeviceEnablePeerAccess$handle() {
        return aclrtDeviceEnablePeerAccess.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * aclError aclrtDeviceEnablePeerAccess(int32_t peerDeviceId, uint32_t flags)
     * }
     */
    public static MemorySegment aclrtDeviceEnablePeerAccess$address() {
        return aclrtDeviceEnablePeerAccess.ADDR;
    }

    /**
     * {@snippet lang=c :
     * aclError aclrtDeviceEnablePeerAccess(int32_t peerDeviceId, uint32_t flags)
     * }
     */
    public static int aclrtDeviceEnablePeerAccess(int peerDeviceId, int flags) {
        var mh$ = aclrtDeviceEnablePeerAccess.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("aclrtDeviceEnablePeerAccess", peerDeviceId, flags);
            }
            return (int)mh$.invokeExact(peerDeviceId, flags);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }
}
