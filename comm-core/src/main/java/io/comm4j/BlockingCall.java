package io.comm4j;

import io.comm4j.internal.BlockingCalls;

import java.time.Duration;
import java.util.List;

/**
 * A call into a backend's native library that waits for other ranks and cannot be interrupted from Java
 * (HCCL: {@code HcclCommInitRootInfo}, {@code HcclBarrier}, {@code HcclCommDestroy}), while it runs.
 *
 * <p>Such a call keeps only the deadline the native library keeps (HCCL's own connect and execution
 * timeouts), not the communicator's {@link CommConfig#timeout()}: when a peer hangs inside the library,
 * the call does not return and no Java code can end it. {@link #inProgress()} lets the program see that
 * it happened: which call, at which stage, on which thread and for how long. What to do then is the
 * program's choice; the only certain end is the process's (comm-smoke's watchdog prints the call and
 * exits with the stage's code). HCCL offers no abort hook that would end such a call, so comm4j offers
 * none either. Calls that comm4j itself bounds (its rendezvous and every sim wait) never appear here.
 *
 * @param call      the native function, e.g. {@code HcclBarrier}
 * @param stage     the stage a failure of the call is reported at
 * @param backend   the backend that made it, e.g. {@code hccl}
 * @param thread    the name of the thread that is inside it
 * @param startNanos {@link System#nanoTime()} when it was entered
 */
public record BlockingCall(String call, Stage stage, String backend, String thread, long startNanos) {

    /** The blocking native calls running in this process now, oldest first; empty when there are none. */
    public static List<BlockingCall> inProgress() {
        return BlockingCalls.inProgress();
    }

    /** How long it has run so far. */
    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
