package io.comm4j.hccl;

import java.util.Map;

/**
 * Names of {@code HcclResult} codes (CANN's {@code hccl_types.h}), so errors read
 * {@code HCCL_E_TIMEOUT(9)} rather than a bare number. {@code HCCL_E_RESERVED} is left out on
 * purpose: its value moves between CANN releases (22, 23, 25, 1042), so a number we do not know is
 * shown as {@code HCCL_UNKNOWN}, never guessed.
 */
public final class HcclResults {
    /** {@code HCCL_SUCCESS}. */
    public static final int SUCCESS = 0;
    /** {@code HCCL_E_TIMEOUT}. */
    public static final int E_TIMEOUT = 9;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
        Map.entry(0, "HCCL_SUCCESS"),
        Map.entry(1, "HCCL_E_PARA"),
        Map.entry(2, "HCCL_E_PTR"),
        Map.entry(3, "HCCL_E_MEMORY"),
        Map.entry(4, "HCCL_E_INTERNAL"),
        Map.entry(5, "HCCL_E_NOT_SUPPORT"),
        Map.entry(6, "HCCL_E_NOT_FOUND"),
        Map.entry(7, "HCCL_E_UNAVAIL"),
        Map.entry(8, "HCCL_E_SYSCALL"),
        Map.entry(9, "HCCL_E_TIMEOUT"),
        Map.entry(10, "HCCL_E_OPEN_FILE_FAILURE"),
        Map.entry(11, "HCCL_E_TCP_CONNECT"),
        Map.entry(12, "HCCL_E_ROCE_CONNECT"),
        Map.entry(13, "HCCL_E_TCP_TRANSFER"),
        Map.entry(14, "HCCL_E_ROCE_TRANSFER"),
        Map.entry(15, "HCCL_E_RUNTIME"),
        Map.entry(16, "HCCL_E_DRV"),
        Map.entry(17, "HCCL_E_PROFILING"),
        Map.entry(18, "HCCL_E_CCE"),
        Map.entry(19, "HCCL_E_NETWORK"),
        Map.entry(20, "HCCL_E_AGAIN"),
        Map.entry(21, "HCCL_E_REMOTE"),
        Map.entry(22, "HCCL_E_SUSPENDING"),
        Map.entry(23, "HCCL_E_OPRETRY_FAIL"),
        Map.entry(24, "HCCL_E_OOM"),
        Map.entry(1041, "HCCL_E_IN_STATUS"));

    /** What to check first for a code, where there is something better than "see the logs". */
    private static final Map<Integer, String> ADVICE = Map.of(
        1, "check that every rank passes the same nranks and root info and a valid stream",
        2, "a handle or pointer was NULL or already destroyed",
        6, "the group or the root's listener was not found; did rank 0 exit early?",
        9, "a peer did not arrive in time: check that every rank is running, HCCL_CONNECT_TIMEOUT "
            + "and HCCL_EXEC_TIMEOUT, and the logs of the other ranks",
        11, "ranks cannot reach rank 0's listener: check HCCL_IF_IP / HCCL_SOCKET_IFNAME and firewalls",
        15, "the ACL runtime failed underneath: is aclInit done and the device set on this thread?");

    private HcclResults() {
    }

    /** The name of {@code code}, e.g. {@code "HCCL_E_TIMEOUT"}; {@code "HCCL_UNKNOWN"} for others. */
    public static String name(final int code) {
        return NAMES.getOrDefault(code, "HCCL_UNKNOWN");
    }

    /** One sentence on what to check for {@code code}; a generic pointer to the logs otherwise. */
    public static String advice(final int code) {
        return ADVICE.getOrDefault(code, "see the HCCL logs (ASCEND_PROCESS_LOG_PATH / plog) of every rank");
    }
}
