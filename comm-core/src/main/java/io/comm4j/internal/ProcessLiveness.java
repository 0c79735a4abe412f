package io.comm4j.internal;

import java.time.Instant;

/** Whether the process that wrote a record still runs: pid plus start time, so a reused pid is not mistaken for it. */
@FunctionalInterface
public interface ProcessLiveness {
    /**
     * @param pid       the writer's pid
     * @param startTime its start time as recorded (opaque, 0 when unknown)
     * @return true unless the process is proven gone
     */
    boolean isAlive(long pid, long startTime);

    /**
     * Liveness of a process on this host, with {@link #startTime} as the start time: alive unless
     * proven gone, i.e. no such pid, or the pid now belongs to a process started at another time.
     */
    static ProcessLiveness thisHost() {
        return (pid, startTime) -> ProcessHandle.of(pid)
            .map(h -> startTime == 0 || startTime(h) == 0 || startTime(h) == startTime).orElse(false);
    }

    /** {@code p}'s start time as {@link #thisHost()} compares it: epoch milliseconds, 0 when unknown. */
    static long startTime(final ProcessHandle p) {
        return p.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }
}
