package io.comm4j.hccl;

import io.comm4j.bindings.hccl.hccl_h;


/**
 * The {@code HcclResult} codes of CANN's {@code hccl_types.h}, so errors read
 * {@code HCCL_E_TIMEOUT(9)} rather than a bare number, each with what to check first. The numbers
 * come from the generated bindings, so the header checks cover them. {@code HCCL_E_RESERVED} is
 * left out on purpose: its value moves between CANN releases (22, 23, 25, 1042), so a number we do
 * not know maps to {@link #UNKNOWN}, never to a guess.
 */
public enum HcclResult implements NativeCode {
    /** {@code HCCL_SUCCESS}. */
    SUCCESS(hccl_h.HCCL_SUCCESS()),
    /** {@code HCCL_E_PARA}. */
    E_PARA(hccl_h.HCCL_E_PARA(),
        "check that every rank passes the same nranks and root info and a valid stream"),
    /** {@code HCCL_E_PTR}. */
    E_PTR(hccl_h.HCCL_E_PTR(), "a handle or pointer was NULL or already destroyed"),
    /** {@code HCCL_E_MEMORY}. */
    E_MEMORY(hccl_h.HCCL_E_MEMORY()),
    /** {@code HCCL_E_INTERNAL}. */
    E_INTERNAL(hccl_h.HCCL_E_INTERNAL()),
    /** {@code HCCL_E_NOT_SUPPORT}. */
    E_NOT_SUPPORT(hccl_h.HCCL_E_NOT_SUPPORT()),
    /** {@code HCCL_E_NOT_FOUND}. */
    E_NOT_FOUND(hccl_h.HCCL_E_NOT_FOUND(),
        "the group or the root's listener was not found; did rank 0 exit early?"),
    /** {@code HCCL_E_UNAVAIL}. */
    E_UNAVAIL(hccl_h.HCCL_E_UNAVAIL()),
    /** {@code HCCL_E_SYSCALL}. */
    E_SYSCALL(hccl_h.HCCL_E_SYSCALL()),
    /** {@code HCCL_E_TIMEOUT}. */
    E_TIMEOUT(hccl_h.HCCL_E_TIMEOUT(),
        "a peer did not arrive in time: check that every rank is running, HCCL_CONNECT_TIMEOUT "
            + "and HCCL_EXEC_TIMEOUT, and the logs of the other ranks"),
    /** {@code HCCL_E_OPEN_FILE_FAILURE}. */
    E_OPEN_FILE_FAILURE(hccl_h.HCCL_E_OPEN_FILE_FAILURE()),
    /** {@code HCCL_E_TCP_CONNECT}. */
    E_TCP_CONNECT(hccl_h.HCCL_E_TCP_CONNECT(),
        "ranks cannot reach rank 0's listener: check HCCL_IF_IP / HCCL_SOCKET_IFNAME and firewalls"),
    /** {@code HCCL_E_ROCE_CONNECT}. */
    E_ROCE_CONNECT(hccl_h.HCCL_E_ROCE_CONNECT()),
    /** {@code HCCL_E_TCP_TRANSFER}. */
    E_TCP_TRANSFER(hccl_h.HCCL_E_TCP_TRANSFER()),
    /** {@code HCCL_E_ROCE_TRANSFER}. */
    E_ROCE_TRANSFER(hccl_h.HCCL_E_ROCE_TRANSFER()),
    /** {@code HCCL_E_RUNTIME}. */
    E_RUNTIME(hccl_h.HCCL_E_RUNTIME(),
        "the ACL runtime failed underneath: is aclInit done and the device set on this thread?"),
    /** {@code HCCL_E_DRV}. */
    E_DRV(hccl_h.HCCL_E_DRV()),
    /** {@code HCCL_E_PROFILING}. */
    E_PROFILING(hccl_h.HCCL_E_PROFILING()),
    /** {@code HCCL_E_CCE}. */
    E_CCE(hccl_h.HCCL_E_CCE()),
    /** {@code HCCL_E_NETWORK}. */
    E_NETWORK(hccl_h.HCCL_E_NETWORK()),
    /** {@code HCCL_E_AGAIN}. */
    E_AGAIN(hccl_h.HCCL_E_AGAIN()),
    /** {@code HCCL_E_REMOTE}. */
    E_REMOTE(hccl_h.HCCL_E_REMOTE()),
    /** {@code HCCL_E_SUSPENDING}. */
    E_SUSPENDING(hccl_h.HCCL_E_SUSPENDING()),
    /** {@code HCCL_E_OPRETRY_FAIL}. */
    E_OPRETRY_FAIL(hccl_h.HCCL_E_OPRETRY_FAIL()),
    /** {@code HCCL_E_OOM}. */
    E_OOM(hccl_h.HCCL_E_OOM()),
    /** {@code HCCL_E_IN_STATUS}. */
    E_IN_STATUS(hccl_h.HCCL_E_IN_STATUS()),
    /** Any code not in this table; its {@link #code()} is -1, which CANN never returns. */
    UNKNOWN(UNKNOWN_CODE);

    private static final String SEE_THE_LOGS = "see the HCCL logs (ASCEND_PROCESS_LOG_PATH / plog) of every rank";

    private final Entry entry;

    HcclResult(final int code) {
        this(code, SEE_THE_LOGS);
    }

    HcclResult(final int code, final String advice) {
        this.entry = new Entry(code, advice);
    }

    /** The entry for {@code code}; {@link #UNKNOWN} for a code not in the table. */
    public static HcclResult of(final int code) {
        return NativeCode.of(HcclResult.class, code);
    }

    @Override
    public Entry entry() {
        return entry;
    }

    /** The C name, e.g. {@code "HCCL_E_TIMEOUT"}; {@code "HCCL_UNKNOWN"} for {@link #UNKNOWN}. */
    @Override
    public String symbol() {
        return "HCCL_" + name();
    }
}
