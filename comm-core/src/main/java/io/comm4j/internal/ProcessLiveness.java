package io.comm4j.internal;

/** Whether the process that wrote a record still runs: pid plus start time, so a reused pid is not mistaken for it. */
@FunctionalInterface
public interface ProcessLiveness {
    /**
     * @param pid       the writer's pid
     * @param startTime its start time as recorded (opaque, 0 when unknown)
     * @return true unless the process is proven gone
     */
    boolean isAlive(long pid, long startTime);
}
