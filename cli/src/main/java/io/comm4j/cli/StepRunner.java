package io.comm4j.cli;

import io.comm4j.CommBackend;
import io.comm4j.CommConfig;
import io.comm4j.CommException;
import io.comm4j.Communicator;
import io.comm4j.Stage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a rank's steps in order for every sequence of the CLI: times each, hands its result to the
 * listener as soon as it ends, and stops the sequence at the first failure by throwing {@link Failed}.
 *
 * <p>A {@link CommException} reports its own stage (the backend knows best where it failed); anything
 * else reports the step's stage, with the step's label and the exception.
 */
final class StepRunner {
    /** A step's work; its value is described on the step's line. */
    @FunctionalInterface
    interface Body<T> {
        T run();
    }

    /** The one-line detail of a step that succeeded. */
    @FunctionalInterface
    interface Describe<T> {
        String describe(T value);
    }

    /** Stops a sequence at its failed step; carries that step's result. */
    static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient StepResult result;

        private Failed(final StepResult result) {
            super(null, null, false, false);
            this.result = result;
        }

        /** The failed step. */
        StepResult result() {
            return result;
        }
    }

    private final SmokeSequence.Listener listener;
    private final List<StepResult> steps = new ArrayList<>();
    private final long startNanos = System.nanoTime();

    StepRunner(final SmokeSequence.Listener listener) {
        this.listener = listener;
    }

    /** Runs {@code body} as the step named by {@code stage}'s {@link Stage#label() label}. */
    <T> T step(final Stage stage, final Body<T> body, final Describe<T> describe) throws Failed {
        return step(stage.label(), stage, body, describe);
    }

    /** Runs {@code body} as the step {@code name}; returns its value or throws {@link Failed} after reporting. */
    <T> T step(final String name, final Stage stage, final Body<T> body, final Describe<T> describe)
        throws Failed {
        final long t0 = System.nanoTime();
        final StepResult failed;
        try {
            final T value = body.run();
            report(new StepResult(name, stage, StepResult.Status.OK, System.nanoTime() - t0,
                describe.describe(value)));
            return value;
        } catch (final CommException e) {
            failed = new StepResult(name, e.stage(), StepResult.Status.FAILED, System.nanoTime() - t0, e.getMessage());
        } catch (final RuntimeException | Error e) {
            failed = new StepResult(name, stage, StepResult.Status.FAILED, System.nanoTime() - t0,
                stage.label() + " failed: " + e);
        }
        throw fail(failed);
    }

    /** Reports the step named after {@code stage} as not applying, with the reason. */
    void skip(final Stage stage, final String why) {
        skip(stage.label(), stage, why);
    }

    /** Reports a step that does not apply, with the reason. */
    void skip(final String name, final Stage stage, final String why) {
        report(new StepResult(name, stage, StepResult.Status.SKIPPED, 0, why));
    }

    /** Reports {@code failed} and returns the exception that stops the sequence there. */
    Failed fail(final StepResult failed) {
        report(failed);
        return new Failed(failed);
    }

    /** The sequence's result: every step reported so far, the failed one if any, the time since construction. */
    SmokeSequence.Result result(final Optional<StepResult> failed) {
        return new SmokeSequence.Result(List.copyOf(steps), failed, System.nanoTime() - startNanos);
    }

    /** The steps a sequence runs on the communicator between init and destroy. */
    @FunctionalInterface
    interface OnCommunicator {
        void run(Communicator c) throws Failed;
    }

    /**
     * Runs the init step on {@code backend}, then {@code between} on the new communicator, then the destroy
     * step. When a step before destroy fails, the communicator is still closed ({@link #closeAfterFailure}),
     * so the rank removes what it created; the failure stays the one reported.
     *
     * @return the failed step, if any
     */
    Optional<StepResult> initThenDestroy(final CommBackend backend, final CommConfig config,
                                         final OnCommunicator between) {
        Communicator comm = null;
        try {
            comm = step(Stage.INIT, () -> backend.init(config),
                c -> "rank " + c.rank() + " of " + c.nranks() + " at " + config.rendezvous());
            between.run(comm);
            final Communicator c = comm;
            comm = null; // closed by the destroy step, successfully or not
            step(Stage.DESTROY, () -> {
                c.close();
                return c;
            }, x -> "closed");
            return Optional.empty();
        } catch (final Failed f) {
            return Optional.of(f.result());
        } finally {
            if (comm != null) {
                closeAfterFailure(comm, config.timeout());
            }
        }
    }

    /**
     * What a rank that already failed gives close beyond the configured timeout. Close has its own
     * deadline (the timeout) for what it waits on, such as the destroy barrier or a peer's liveness, and
     * runs to it, so the rank removes what it created (its rendezvous file, its segment) before it exits;
     * the grace only covers a close that does not keep its deadline (a hung native call), which then
     * ends with the process (the kernel unmaps).
     */
    static final Duration CLOSE_GRACE = Duration.ofSeconds(1);

    /** Closes after an earlier failure, within {@code timeout} plus {@link #CLOSE_GRACE}: the first failure is what the rank reports. */
    static void closeAfterFailure(final Communicator comm, final Duration timeout) {
        final Thread closer = Thread.ofPlatform().daemon().name("close-after-failure").start(() -> {
            try {
                comm.close();
            } catch (final RuntimeException ignored) {
                // the earlier failure is the one reported; a peer that already left makes close fail
            }
        });
        // a rank stopped by a signal fails with its interrupt flag set (SignalCleanup): close still gets its time
        final boolean interrupted = Thread.interrupted();
        try {
            closer.join(timeout.plus(CLOSE_GRACE));
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(final StepResult r) {
        steps.add(r);
        listener.step(r);
    }
}
