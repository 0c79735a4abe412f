package io.comm4j.cli;

import io.comm4j.CommBackend;
import io.comm4j.CommConfig;
import io.comm4j.Communicator;
import io.comm4j.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code comm-smoke allreduce} and {@code comm-smoke collective} do on one rank:
 *
 * <pre>
 * load -> init -> alloc windows -> one checked step per collective pass -> destroy
 * </pre>
 *
 * <p>The collective passes come from a {@link CollectiveChecks}: built over the windows in the
 * alloc step (so a backend without host windows, or a window too small, fails there), then each
 * checks its result element by element and times more calls. Steps are reported through the same
 * {@link SmokeSequence.Listener} as the smoke, so the launcher, the text lines and {@code --json}
 * work unchanged.
 */
public final class CollectiveSequence {

    private final String backendName;
    private final CommConfig config;
    private final long winSize;
    private final CollectiveChecks checks;
    private final SmokeSequence.Listener listener;

    public CollectiveSequence(final String backendName, final CommConfig config, final long winSize,
                              final CollectiveChecks checks, final SmokeSequence.Listener listener) {
        this.backendName = backendName;
        this.config = config;
        this.winSize = winSize;
        this.checks = checks;
        this.listener = listener;
    }

    /**
     * Runs a collective command as {@code plan} says: every rank as a child process, or this rank's sequence.
     *
     * @param command    the name on a rank's header line and in its JSON, e.g. {@code collective broadcast}
     * @param resultName the name on the launcher's RESULT line, e.g. {@code broadcast}
     */
    static int run(final GroupPlan plan, final Invocation invocation, final GroupOptions group, final long winSize,
                   final CollectiveChecks checks, final String command, final String resultName) {
        final List<Step> steps = steps(checks);
        return switch (plan) {
            case GroupPlan.Launch l -> LauncherMode.run(invocation, group, l, steps, resultName, false);
            case GroupPlan.Member m -> RankMode.run(group, m, command, steps, invocation.out(),
                (config, listener) -> new CollectiveSequence(group.backend(), config, winSize, checks, listener).run());
        };
    }

    /** The step names of a sequence running {@code checks}, in order, for the launcher. */
    public static List<Step> steps(final CollectiveChecks checks) {
        final List<Step> all = new ArrayList<>();
        for (final Stage s : List.of(Stage.LOAD, Stage.INIT, Stage.ALLOC)) {
            all.add(Step.of(s));
        }
        for (final String name : checks.stepNames()) {
            all.add(new Step(name, Stage.BARRIER));
        }
        all.add(Step.of(Stage.DESTROY));
        return List.copyOf(all);
    }

    /** Runs the steps; a failure is the result, never an exception. */
    public SmokeSequence.Result run() {
        final StepRunner steps = new StepRunner(listener);
        try {
            final CommBackend backend = steps.step(Stage.LOAD, () -> CommBackend.named(backendName),
                b -> "backend " + b.name());
            return steps.result(steps.initThenDestroy(backend, config, c -> runChecks(steps, c)));
        } catch (final StepRunner.Failed f) {
            return steps.result(Optional.of(f.result()));
        } finally {
            checks.close();
        }
    }

    /** Alloc and the checked passes; the checks' buffers are freed before the communicator closes. */
    private void runChecks(final StepRunner steps, final Communicator c) throws StepRunner.Failed {
        try {
            steps.step(Stage.ALLOC, () -> {
                c.allocWindows(winSize);
                return checks.prepare(c);
            }, d -> c.windowSize() + " bytes per rank, windows by " + c.windowProvider() + ", " + d);
            final List<String> names = checks.stepNames();
            for (int i = 0; i < names.size(); i++) {
                final int index = i;
                steps.step(names.get(i), Stage.BARRIER, () -> checks.run(index, c), d -> d);
            }
        } finally {
            checks.close();
        }
    }
}
