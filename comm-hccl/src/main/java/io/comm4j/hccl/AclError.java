package io.comm4j.hccl;

import io.comm4j.bindings.acl.acl_h;


/**
 * The {@code aclError} codes of CANN's {@code acl_base.h} and {@code rt_error_codes.h} that we name,
 * so errors read {@code ACL_ERROR_RT_AICPU_EXCEPTION(507018)} rather than a bare number, each with
 * what to check first. The numbers come from the generated bindings, so the header checks cover
 * them; a code not in the table maps to {@link #UNKNOWN}.
 */
public enum AclError implements NativeCode {
    /** {@code ACL_SUCCESS}. */
    SUCCESS(acl_h.ACL_SUCCESS()),
    /** {@code ACL_ERROR_INVALID_PARAM}. */
    INVALID_PARAM(acl_h.ACL_ERROR_INVALID_PARAM()),
    /** {@code ACL_ERROR_UNINITIALIZE}. */
    UNINITIALIZE(acl_h.ACL_ERROR_UNINITIALIZE(), "aclInit has not run in this process"),
    /** {@code ACL_ERROR_REPEAT_INITIALIZE}: aclInit was already called in this process. */
    REPEAT_INITIALIZE(acl_h.ACL_ERROR_REPEAT_INITIALIZE()),
    /** {@code ACL_ERROR_REPEAT_FINALIZE}. */
    REPEAT_FINALIZE(acl_h.ACL_ERROR_REPEAT_FINALIZE()),
    /** {@code ACL_ERROR_BAD_ALLOC}. */
    BAD_ALLOC(acl_h.ACL_ERROR_BAD_ALLOC()),
    /** {@code ACL_ERROR_API_NOT_SUPPORT}. */
    API_NOT_SUPPORT(acl_h.ACL_ERROR_API_NOT_SUPPORT()),
    /** {@code ACL_ERROR_INVALID_DEVICE}. */
    INVALID_DEVICE(acl_h.ACL_ERROR_INVALID_DEVICE()),
    /** {@code ACL_ERROR_INTERNAL_ERROR}. */
    INTERNAL_ERROR(acl_h.ACL_ERROR_INTERNAL_ERROR()),
    /** {@code ACL_ERROR_FAILURE}. */
    FAILURE(acl_h.ACL_ERROR_FAILURE()),
    /** {@code ACL_ERROR_RT_FAILURE}. */
    RT_FAILURE(acl_h.ACL_ERROR_RT_FAILURE()),
    /** {@code ACL_ERROR_DRV_FAILURE}. */
    DRV_FAILURE(acl_h.ACL_ERROR_DRV_FAILURE()),
    /** {@code ACL_ERROR_RT_PARAM_INVALID}. */
    RT_PARAM_INVALID(acl_h.ACL_ERROR_RT_PARAM_INVALID()),
    /** {@code ACL_ERROR_RT_INVALID_DEVICEID}. */
    RT_INVALID_DEVICEID(acl_h.ACL_ERROR_RT_INVALID_DEVICEID(),
        "no such device: check the device id and ASCEND_RT_VISIBLE_DEVICES"),
    /** {@code ACL_ERROR_RT_CONTEXT_NULL}. */
    RT_CONTEXT_NULL(acl_h.ACL_ERROR_RT_CONTEXT_NULL(),
        "no current device on this thread: aclrtSetDevice must run on the calling thread"),
    /** {@code ACL_ERROR_RT_FEATURE_NOT_SUPPORT}. */
    RT_FEATURE_NOT_SUPPORT(acl_h.ACL_ERROR_RT_FEATURE_NOT_SUPPORT()),
    /** {@code ACL_ERROR_RT_MEMORY_ALLOCATION}. */
    RT_MEMORY_ALLOCATION(acl_h.ACL_ERROR_RT_MEMORY_ALLOCATION()),
    /** {@code ACL_ERROR_RT_NO_DEVICE}. */
    RT_NO_DEVICE(acl_h.ACL_ERROR_RT_NO_DEVICE(),
        "no NPU is visible: check the driver (npu-smi info) and ASCEND_RT_VISIBLE_DEVICES"),
    /** {@code ACL_ERROR_RT_DEVICE_OOM}. */
    RT_DEVICE_OOM(acl_h.ACL_ERROR_RT_DEVICE_OOM()),
    /** {@code ACL_ERROR_RT_INTERNAL_ERROR}. */
    RT_INTERNAL_ERROR(acl_h.ACL_ERROR_RT_INTERNAL_ERROR()),
    /** {@code ACL_ERROR_RT_AICORE_EXCEPTION}. */
    RT_AICORE_EXCEPTION(acl_h.ACL_ERROR_RT_AICORE_EXCEPTION()),
    /** {@code ACL_ERROR_RT_AICPU_TIMEOUT}. */
    RT_AICPU_TIMEOUT(acl_h.ACL_ERROR_RT_AICPU_TIMEOUT()),
    /** {@code ACL_ERROR_RT_AICPU_EXCEPTION}. */
    RT_AICPU_EXCEPTION(acl_h.ACL_ERROR_RT_AICPU_EXCEPTION(),
        "AI CPU execution exception; if it follows HcclBarrier, a stream call ran after the "
            + "barrier switched the thread's context. Collect the plog of every rank"),
    /** {@code ACL_ERROR_RT_STREAM_SYNC_TIMEOUT}. */
    RT_STREAM_SYNC_TIMEOUT(acl_h.ACL_ERROR_RT_STREAM_SYNC_TIMEOUT()),
    /** {@code ACL_ERROR_RT_DRV_INTERNAL_ERROR}. */
    RT_DRV_INTERNAL_ERROR(acl_h.ACL_ERROR_RT_DRV_INTERNAL_ERROR()),
    /** {@code ACL_ERROR_RT_SOCKET_CLOSE}. */
    RT_SOCKET_CLOSE(acl_h.ACL_ERROR_RT_SOCKET_CLOSE(),
        "the host-device link was reported closed; after HcclBarrier, aclrtDestroyStream returns it on "
            + "hardware for the stream the barrier used (cause not established)"),
    /** {@code ACL_ERROR_RT_COMM_OP_RETRY_FAIL}. */
    RT_COMM_OP_RETRY_FAIL(acl_h.ACL_ERROR_RT_COMM_OP_RETRY_FAIL()),
    /** Any code not in this table; its {@link #code()} is -1, which CANN never returns. */
    UNKNOWN(UNKNOWN_CODE);

    private static final String SEE_THE_LOGS = "see the ACL logs (ASCEND_PROCESS_LOG_PATH / plog)";

    private final Entry entry;

    AclError(final int code) {
        this(code, SEE_THE_LOGS);
    }

    AclError(final int code, final String advice) {
        this.entry = new Entry(code, advice);
    }

    /** The entry for {@code code}; {@link #UNKNOWN} for a code not in the table. */
    public static AclError of(final int code) {
        return NativeCode.of(AclError.class, code);
    }

    @Override
    public Entry entry() {
        return entry;
    }

    /** The C name, e.g. {@code "ACL_ERROR_RT_AICPU_EXCEPTION"}; {@code "ACL_ERROR_UNKNOWN"} for {@link #UNKNOWN}. */
    @Override
    public String symbol() {
        return this == SUCCESS ? "ACL_SUCCESS" : "ACL_ERROR_" + name();
    }
}
