package io.comm4j.sim;

import java.time.Instant;
import java.util.Optional;

/**
 * A process as other processes can recognise it later: its pid and its start time. A pid alone is
 * not an identity (the kernel reuses pids); a pid whose process started at another time is a
 * different process, so {@link #isAlive()} is false for it.
 *
 * <p>Liveness is read through {@link ProcessHandle}, so it only sees processes in this PID
 * namespace: every rank of a group must share one (they already share /dev/shm).
 *
 * @param pid         the process id, 0 when unknown
 * @param startMillis the start time in epoch milliseconds as {@link ProcessHandle.Info#startInstant()}
 *                    reports it, 0 when the platform does not report it
 */
record ProcessIdentity(long pid, long startMillis) {

    private static final ProcessIdentity SELF = of(ProcessHandle.current());

    /** This process. */
    static ProcessIdentity self() {
        return SELF;
    }

    static ProcessIdentity of(final ProcessHandle handle) {
        return new ProcessIdentity(handle.pid(), startMillis(handle).orElse(0L));
    }

    private static Optional<Long> startMillis(final ProcessHandle handle) {
        return handle.info().startInstant().map(Instant::toEpochMilli);
    }

    /**
     * Whether this process still runs: the pid exists and, when both start times are known, it
     * started when this identity says. Pid 0 is never alive.
     */
    boolean isAlive() {
        if (pid <= 0) {
            return false;
        }
        final Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        if (startMillis == 0L) {
            return true;
        }
        return startMillis(handle.get()).map(start -> start == startMillis).orElse(true);
    }

    /** "pid 1234" plus ", no longer running" when it is dead: for failure messages. */
    String describe() {
        return "pid " + pid + (isAlive() ? "" : ", no longer running");
    }
}
