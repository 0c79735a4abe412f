package io.comm4j.cli;

import io.comm4j.CommException;
import io.comm4j.Stage;

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

    private void report(final StepResult r) {
        steps.add(r);
        listener.step(r);
    }
}
