package io.comm4j.cli;

import io.comm4j.BlockingCall;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Rank mode's bound on native calls that wait for other ranks ({@link BlockingCall}): such a call keeps
 * only the native library's own timeouts, and no Java code can interrupt it. When one has run for
 * {@code --timeout} plus {@link #GRACE}, the watchdog reports the step in progress as failed at the call's
 * stage (the stage line, the FAIL line or the JSON object, as the sequence would), prints on standard
 * error which call hung and for how long, and halts the JVM with that stage's exit code.
 *
 * <p>It halts without cleanup on purpose: cleanup would call into the same library (close is
 * {@code HcclCommDestroy}), which may hang as well. The kernel releases the process's memory and device
 * contexts; the rendezvous files it leaves carry this process's pid, so the next run on the path removes
 * them as a dead run's. {@link #GRACE} is shorter than the launcher's no-progress grace, so a launched rank
 * names its call before the launcher would stop it.
 */
final class NativeCallWatchdog implements AutoCloseable {
    /** How long past {@code --timeout} a blocking native call may run before the rank is ended. */
    static final Duration GRACE = Duration.ofSeconds(2);
    private static final Duration POLL = Duration.ofMillis(100);

    private final int rank;
    private final Duration timeout;
    private final StepProgress progress;
    private final RankReport report;
    private final PrintStream err;
    private final Supplier<List<BlockingCall>> calls;
    private volatile boolean closed;
    private Thread thread;

    private NativeCallWatchdog(final int rank, final Duration timeout, final StepProgress progress,
                               final RankReport report, final PrintStream err, final Supplier<List<BlockingCall>> calls) {
        this.rank = rank;
        this.timeout = timeout;
        this.progress = progress;
        this.report = report;
        this.err = err;
        this.calls = calls;
    }

    /**
     * Watches this process's blocking native calls until {@link #close()}.
     *
     * @param rank     this rank, for the message
     * @param timeout  the communicator's timeout
     * @param progress how far the sequence got
     * @param report   where the sequence reports (it is told of the failure before the halt)
     * @param calls    the calls in progress ({@link BlockingCall#inProgress()} outside tests)
     */
    static NativeCallWatchdog start(final int rank, final Duration timeout, final StepProgress progress,
                                    final RankReport report, final PrintStream err,
                                    final Supplier<List<BlockingCall>> calls) {
        final NativeCallWatchdog dog = new NativeCallWatchdog(rank, timeout, progress, report, err, calls);
        dog.thread = Thread.ofPlatform().daemon().name("comm-smoke-native-call-watchdog").start(dog::watch);
        return dog;
    }

    private void watch() {
        final Duration limit = timeout.plus(GRACE);
        while (!closed) {
            final Optional<BlockingCall> hung = calls.get().stream()
                .filter(c -> c.elapsed().compareTo(limit) > 0).findFirst();
            if (hung.isPresent()) {
                end(hung.get());
            }
            try {
                Thread.sleep(POLL);
            } catch (final InterruptedException e) {
                return;
            }
        }
    }

    private void end(final BlockingCall call) {
        final String message = String.format(Locale.ROOT,
            "%s (%s, thread %s) has not returned after %.1f s, past --timeout %s plus %s: a native call cannot be "
                + "interrupted, so the rank ends without cleanup (the next run on this path removes its files)",
            call.call(), call.backend(), call.thread(), call.elapsed().toMillis() / 1e3,
            DurationConverter.format(timeout), DurationConverter.format(GRACE));
        final StepResult failed = new StepResult(progress.current(), call.stage(), StepResult.Status.FAILED,
            call.elapsed().toNanos(), call.stage().label() + " failed: " + message);
        report.step(failed);
        report.finish(progress.endedBy(failed));
        err.println("comm-smoke: rank " + rank + ": " + message + "; exit " + call.stage().exitCode());
        err.flush();
        Runtime.getRuntime().halt(call.stage().exitCode());
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
