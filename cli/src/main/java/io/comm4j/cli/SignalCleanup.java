package io.comm4j.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Rank mode's answer to SIGINT and SIGTERM: the same cleanup as a failure, then one line.
 *
 * <p>A JVM shutdown hook interrupts the thread running the sequence; its wait ends with a
 * {@link io.comm4j.CommException} ("interrupted while waiting for ..."), so the backend and the sequence
 * clean up as after any failure (close, remove this rank's rendezvous file and segment). The hook waits
 * for that, at most the timeout plus {@link StepRunner#CLOSE_GRACE} twice over (the failed step and
 * close), prints {@code comm-smoke: rank R stopped by a signal in <step>; ...} on standard error and lets
 * the JVM exit, which it does with 128 + the signal's number (130 for SIGINT, 143 for SIGTERM).
 *
 * <p>Ranks started by {@link RankProcesses} also watch a lifeline ({@value #LIFELINE_ENV}): their standard
 * input is a pipe from the launcher, and end of file (the launcher exited, even by SIGKILL) stops the rank
 * the same way, with exit code {@value #LAUNCHER_GONE}.
 *
 * <p>Limits: without {@code jdk.internal} or {@code sun.misc} a hook cannot tell which signal it was, so
 * the line does not name it (the exit code does); a wait that does not check the interrupt flag (a
 * native call) is not ended early, so the hook gives up at its bound and the process exits without
 * that cleanup; SIGKILL runs no hook at all (the next run's stale-file check removes a dead run's files).
 */
final class SignalCleanup implements AutoCloseable {
    /**
     * Set by {@link RankProcesses} for its ranks: standard input is a pipe from the launcher, and its end of
     * file means the launcher is gone (even by SIGKILL), so the rank stops as on SIGTERM.
     */
    static final String LIFELINE_ENV = "COMM4J_LIFELINE";
    /** The JVM option that ends a rank without the exit's wait for threads blocked in native code. */
    static final String EXIT_WITHOUT_WAITING_ON_NATIVE = "-XX:UserThreadWaitAttemptsAtExit=0";

    /** The exit code of a rank whose launcher is gone: as for SIGTERM. */
    static final int LAUNCHER_GONE = 143;

    private final Thread worker;
    private final Thread hook;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Duration bound;
    private final StepProgress progress;

    private SignalCleanup(final int rank, final Duration timeout, final StepProgress progress,
                          final PrintStream err) {
        this.worker = Thread.currentThread();
        this.bound = timeout.plus(StepRunner.CLOSE_GRACE).multipliedBy(2);
        this.progress = progress;
        this.hook = new Thread(() -> onSignal(rank, err), "comm-smoke-signal-cleanup");
    }

    /**
     * Guards the sequence about to run on the calling thread, until {@link #close()}.
     *
     * @param progress how far the sequence got, to name the step a signal stopped
     */
    static SignalCleanup install(final int rank, final Duration timeout, final StepProgress progress,
                                 final PrintStream err) {
        final SignalCleanup guard = new SignalCleanup(rank, timeout, progress, err);
        Runtime.getRuntime().addShutdownHook(guard.hook);
        if ("stdin".equals(System.getenv(LIFELINE_ENV))) {
            Thread.ofPlatform().daemon().name("launcher-lifeline").start(() -> guard.watchLauncher(rank, err));
        }
        return guard;
    }

    /** The sequence has finished and cleaned up: a later exit needs nothing from the hook. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (final IllegalStateException shuttingDown) {
            // the hook is running; it sees the sequence finished
        }
    }

    /** Blocks until the launcher's end of standard input closes, then stops this rank as SIGTERM would. */
    private void watchLauncher(final int rank, final PrintStream err) {
        try {
            while (System.in.read() >= 0) {
                // the launcher writes nothing; only end of file matters
            }
        } catch (final IOException e) {
            // a broken pipe is the same news as end of file
        }
        if (finished.getCount() == 0) {
            return;
        }
        err.println("comm-smoke: rank " + rank + ": the launcher is gone (its pipe closed); stopping");
        err.flush();
        // the hook's work, then halt: System.exit would block behind a main thread that is itself exiting
        onSignal(rank, err);
        Runtime.getRuntime().halt(LAUNCHER_GONE);
    }

    private void onSignal(final int rank, final PrintStream err) {
        if (finished.getCount() == 0) {
            return;
        }
        final String in = progress.current();
        worker.interrupt();
        boolean cleaned;
        try {
            cleaned = finished.await(bound.toNanos(), TimeUnit.NANOSECONDS);
        } catch (final InterruptedException e) {
            cleaned = false;
        }
        err.println("comm-smoke: rank " + rank + " stopped by a signal in " + in + "; "
            + (cleaned ? "cleaned up as after a failure"
                : "cleanup did not finish within " + DurationConverter.format(bound) + ", exiting without it"));
        err.flush();
    }
}
