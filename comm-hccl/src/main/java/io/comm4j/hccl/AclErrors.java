package io.comm4j.hccl;

import java.util.Map;

/**
 * Names of {@code aclError} codes (CANN's {@code acl_base.h} and {@code rt_error_codes.h}), so
 * errors read {@code ACL_ERROR_RT_AICPU_EXCEPTION(507018)} rather than a bare number. A code not in
 * the table is shown as {@code ACL_ERROR_UNKNOWN}.
 */
public final class AclErrors {
    /** {@code ACL_SUCCESS}. */
    public static final int SUCCESS = 0;
    /** {@code ACL_ERROR_REPEAT_INITIALIZE}: aclInit was already called in this process. */
    public static final int REPEAT_INITIALIZE = 100002;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
        Map.entry(0, "ACL_SUCCESS"),
        Map.entry(100000, "ACL_ERROR_INVALID_PARAM"),
        Map.entry(100001, "ACL_ERROR_UNINITIALIZE"),
        Map.entry(100002, "ACL_ERROR_REPEAT_INITIALIZE"),
        Map.entry(100037, "ACL_ERROR_REPEAT_FINALIZE"),
        Map.entry(200000, "ACL_ERROR_BAD_ALLOC"),
        Map.entry(200001, "ACL_ERROR_API_NOT_SUPPORT"),
        Map.entry(200002, "ACL_ERROR_INVALID_DEVICE"),
        Map.entry(500000, "ACL_ERROR_INTERNAL_ERROR"),
        Map.entry(500001, "ACL_ERROR_FAILURE"),
        Map.entry(500003, "ACL_ERROR_RT_FAILURE"),
        Map.entry(500004, "ACL_ERROR_DRV_FAILURE"),
        Map.entry(107000, "ACL_ERROR_RT_PARAM_INVALID"),
        Map.entry(107001, "ACL_ERROR_RT_INVALID_DEVICEID"),
        Map.entry(107002, "ACL_ERROR_RT_CONTEXT_NULL"),
        Map.entry(207000, "ACL_ERROR_RT_FEATURE_NOT_SUPPORT"),
        Map.entry(207001, "ACL_ERROR_RT_MEMORY_ALLOCATION"),
        Map.entry(207004, "ACL_ERROR_RT_NO_DEVICE"),
        Map.entry(207018, "ACL_ERROR_RT_DEVICE_OOM"),
        Map.entry(507000, "ACL_ERROR_RT_INTERNAL_ERROR"),
        Map.entry(507015, "ACL_ERROR_RT_AICORE_EXCEPTION"),
        Map.entry(507017, "ACL_ERROR_RT_AICPU_TIMEOUT"),
        Map.entry(507018, "ACL_ERROR_RT_AICPU_EXCEPTION"),
        Map.entry(507046, "ACL_ERROR_RT_STREAM_SYNC_TIMEOUT"),
        Map.entry(507899, "ACL_ERROR_RT_DRV_INTERNAL_ERROR"),
        Map.entry(507901, "ACL_ERROR_RT_SOCKET_CLOSE"),
        Map.entry(507904, "ACL_ERROR_RT_COMM_OP_RETRY_FAIL"));

    private static final Map<Integer, String> ADVICE = Map.of(
        100001, "aclInit has not run in this process",
        107001, "no such device: check the device id and ASCEND_RT_VISIBLE_DEVICES",
        107002, "no current device on this thread: aclrtSetDevice must run on the calling thread",
        207004, "no NPU is visible: check the driver (npu-smi info) and ASCEND_RT_VISIBLE_DEVICES",
        507018, "AI CPU execution exception; if it follows HcclBarrier, a stream call ran after the "
            + "barrier switched the thread's context. Collect the plog of every rank",
        507901, "the host-device link was reported closed; after HcclBarrier, aclrtDestroyStream returns it on "
            + "hardware for the stream the barrier used (cause not established)");

    private AclErrors() {
    }

    /** The name of {@code code}, e.g. {@code "ACL_ERROR_RT_AICPU_EXCEPTION"}. */
    public static String name(final int code) {
        return NAMES.getOrDefault(code, "ACL_ERROR_UNKNOWN");
    }

    /** One sentence on what to check for {@code code}; a generic pointer to the logs otherwise. */
    public static String advice(final int code) {
        return ADVICE.getOrDefault(code, "see the ACL logs (ASCEND_PROCESS_LOG_PATH / plog)");
    }
}
