package io.comm4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How far a rank's sequence got, for the threads that must speak for a rank whose sequence cannot (the
 * signal cleanup, the native-call watchdog): every step reported so far and the step in progress. Safe to
 * read from any thread while the sequence runs.
 */
final class StepProgress implements SmokeSequence.Listener {
    private final List<Step> plan;
    private final List<StepResult> done = new ArrayList<>();
    private final long startNanos = System.nanoTime();

    /** @param plan the sequence's steps in order, as the launcher knows them */
    StepProgress(final List<Step> plan) {
        this.plan = List.copyOf(plan);
    }

    @Override
    public synchronized void step(final StepResult result) {
        done.add(result);
    }

    /** The step running now: the one after the last reported, or the last when it failed. */
    synchronized String current() {
        if (done.isEmpty()) {
            return plan.isEmpty() ? "start-up" : plan.getFirst().name();
        }
        final StepResult last = done.getLast();
        if (last.status() == StepResult.Status.FAILED) {
            return last.step();
        }
        return Step.after(plan, last.step());
    }

    /** The result of a sequence that ends with {@code failed} now, as the sequence itself would report it. */
    synchronized SmokeSequence.Result endedBy(final StepResult failed) {
        final List<StepResult> all = new ArrayList<>(done);
        all.add(failed);
        return new SmokeSequence.Result(List.copyOf(all), Optional.of(failed), System.nanoTime() - startNanos);
    }
}
