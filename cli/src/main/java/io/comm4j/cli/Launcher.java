package io.comm4j.cli;

import io.comm4j.Stage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Runs every rank of a group as a child JVM of the same command, and reports as one process.
 *
 * <p>Each child's standard output and error are copied line by line to the launcher's, prefixed
 * {@code [rank i] } (in JSON mode standard output is collected instead). The launcher waits for every
 * child at most the deadline; as soon as one exits with a non-zero code it stops the others (SIGTERM,
 * then SIGKILL after {@link #KILL_GRACE}). The exit code is the code of the first rank to fail, or, when
 * the deadline expired, the stage code of the step the first unfinished rank was in.
 *
 * <p>Which step a rank reached is read from its {@link StageLine}s (or its JSON object), matched
 * against the step list of the command, so any group subcommand can reuse this class with its own
 * steps. Reusable: a subcommand passes its own arguments per rank and its own steps.
 */
public final class Launcher {
    /** How long a stopped rank has between SIGTERM and SIGKILL. */
    public static final Duration KILL_GRACE = Duration.ofSeconds(2);

    /**
     * What to launch.
     *
     * @param nranks       how many ranks
     * @param deadline     how long the whole launch may take
     * @param argsForRank  the program arguments of rank i
     * @param steps        the command's steps in order, with the stage each reports failures at
     * @param collectStdout whether to collect standard output (JSON mode) instead of copying it
     */
    public record Spec(int nranks, Duration deadline, IntFunction<List<String>> argsForRank,
                       List<Map.Entry<String, Stage>> steps, boolean collectStdout) {
    }

    private final JvmCommand jvm;
    private final PrintWriter out;
    private final PrintWriter err;

    /** A launcher that starts children with {@code jvm} and copies their output to {@code out}/{@code err}. */
    public Launcher(final JvmCommand jvm, final PrintWriter out, final PrintWriter err) {
        this.jvm = jvm;
        this.out = out;
        this.err = err;
    }

    /** Launches, waits, stops what must be stopped, and reports. */
    public LaunchResult run(final Spec spec) {
        final List<Child> children = new ArrayList<>(spec.nranks());
        final long start = System.nanoTime();
        // A launcher stopped from outside (SIGTERM, SIGINT) takes its ranks with it: every descendant,
        // so a rank started a moment before the signal and not yet recorded goes too. They are reaped
        // (bounded) so none is left a zombie under an init that does not reap.
        final Thread orphanGuard = new Thread(Launcher::stopDescendants, "stop-ranks");
        Runtime.getRuntime().addShutdownHook(orphanGuard);
        try {
            return await(spec, children, start);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(orphanGuard);
            } catch (final IllegalStateException shuttingDown) {
                // the hook is running: it stops the ranks
            }
        }
    }

    private LaunchResult await(final Spec spec, final List<Child> children, final long start) {
        final int n = spec.nranks();
        final BlockingQueue<Child> exited = new LinkedBlockingQueue<>();
        try {
            for (int i = 0; i < n; i++) {
                final Child c = new Child(i, start(spec.argsForRank().apply(i)), spec);
                children.add(c);
                c.process.onExit().thenRun(() -> exited.add(c));
            }
        } catch (final UncheckedIOException e) {
            children.forEach(c -> c.stop(true));
            throw e;
        }
        long deadline = start + spec.deadline().toNanos();
        Child firstFailure = null;
        int running = n;
        boolean timedOut = false;
        try {
            while (running > 0) {
                final long left = deadline - System.nanoTime();
                final Child c = left > 0 ? exited.poll(left, TimeUnit.NANOSECONDS) : null;
                if (c == null) {
                    timedOut = firstFailure == null;
                    break;
                }
                running--;
                c.endNanos = System.nanoTime();
                if (c.process.exitValue() != 0 && firstFailure == null && !c.stopped) {
                    firstFailure = c;
                    children.stream().filter(o -> o.process.isAlive()).forEach(o -> o.stop(false));
                    // the stopped ranks get the grace to exit, then reap() kills what is left
                    deadline = Math.min(deadline, System.nanoTime() + KILL_GRACE.toNanos());
                }
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            timedOut = true;
        }
        if (timedOut) {
            children.stream().filter(o -> o.process.isAlive()).forEach(o -> o.stop(false));
        }
        reap(children);
        final List<LaunchResult.RankOutcome> outcomes = new ArrayList<>(n);
        for (final Child c : children) {
            c.drain();
            outcomes.add(new LaunchResult.RankOutcome(c.rank, c.exitCode(), c.reached(),
                c.stopped, (c.endNanos == 0 ? System.nanoTime() : c.endNanos) - start, c.stdout()));
        }
        final int exitCode;
        int failedRank = -1;
        if (firstFailure != null) {
            exitCode = firstFailure.exitCode();
            failedRank = firstFailure.rank;
        } else if (timedOut) {
            final Child stuck = children.stream().filter(c -> c.stopped).findFirst().orElse(children.getFirst());
            failedRank = stuck.rank;
            exitCode = stuck.inProgressStage().map(Stage::exitCode).orElse(Stage.INIT.exitCode());
        } else {
            exitCode = 0;
        }
        return new LaunchResult(outcomes, exitCode, failedRank, timedOut && firstFailure == null);
    }

    private static void stopDescendants() {
        final List<ProcessHandle> ranks = ProcessHandle.current().descendants().toList();
        ranks.forEach(ProcessHandle::destroyForcibly);
        final long end = System.nanoTime() + KILL_GRACE.toNanos();
        for (final ProcessHandle h : ranks) {
            try {
                h.onExit().get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (final java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // still going after SIGKILL: nothing more a dying launcher can do
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Waits for stopped children: SIGKILL after the grace, then a bounded wait for the kernel to reap. */
    private static void reap(final List<Child> children) {
        final long graceEnd = System.nanoTime() + KILL_GRACE.toNanos();
        for (final Child c : children) {
            try {
                if (!c.process.waitFor(Math.max(0, graceEnd - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    c.process.descendants().forEach(ProcessHandle::destroyForcibly);
                    c.process.destroyForcibly();
                    c.process.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
                c.process.destroyForcibly();
            }
            if (c.endNanos == 0 && !c.process.isAlive()) {
                c.endNanos = System.nanoTime();
            }
        }
    }

    private Process start(final List<String> args) {
        final ProcessBuilder pb = new ProcessBuilder(jvm.command(args));
        try {
            return pb.start();
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot start a rank process: " + pb.command(), e);
        }
    }

    /** One rank process and the threads that copy its output. */
    private final class Child {
        final int rank;
        final Process process;
        final Spec spec;
        final String prefix;
        final Thread outPump;
        final Thread errPump;
        final StringBuilder collected = new StringBuilder();
        volatile String lastStep;
        volatile StepResult.Status lastStatus;
        volatile boolean stopped;
        long endNanos;

        Child(final int rank, final Process process, final Spec spec) {
            this.rank = rank;
            this.process = process;
            this.spec = spec;
            this.prefix = "[rank " + rank + "] ";
            this.outPump = pump(process.getInputStream(), true);
            this.errPump = pump(process.getErrorStream(), false);
            try {
                process.getOutputStream().close();
            } catch (final IOException ignored) {
                // a rank reads no input; nothing to do if its stdin is already gone
            }
        }

        private Thread pump(final InputStream in, final boolean stdout) {
            final Thread t = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (stdout) {
                            onStdout(line);
                        } else {
                            synchronized (err) {
                                err.println(prefix + line);
                                err.flush();
                            }
                        }
                    }
                } catch (final IOException ignored) {
                    // the child went away; what was read has been copied
                }
            }, "rank-" + rank + (stdout ? "-out" : "-err"));
            t.setDaemon(true);
            t.start();
            return t;
        }

        private void onStdout(final String line) {
            if (spec.collectStdout()) {
                synchronized (collected) {
                    collected.append(line).append('\n');
                }
                return;
            }
            StageLine.parse(line).ifPresent(p -> {
                lastStep = p.step();
                lastStatus = p.status();
            });
            synchronized (out) {
                out.println(prefix + line);
                out.flush();
            }
        }

        /** The exit code; -1 for a process the kernel has not reaped even after SIGKILL. */
        int exitCode() {
            return process.isAlive() ? -1 : process.exitValue();
        }

        void stop(final boolean now) {
            stopped = true;
            if (now) {
                process.destroyForcibly();
            } else {
                process.destroy();
            }
        }

        void drain() {
            try {
                outPump.join(Duration.ofSeconds(5));
                errPump.join(Duration.ofSeconds(5));
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        String stdout() {
            synchronized (collected) {
                return collected.toString();
            }
        }

        String reached() {
            if (spec.collectStdout() && lastStep == null) {
                JsonOutput.lastStep(stdout()).ifPresent(s -> lastStep = s);
                if (lastStep != null && exitCode() != 0 && !stopped) {
                    lastStatus = StepResult.Status.FAILED;
                }
            }
            if (exitCode() == 0 && !stopped) {
                return "done";
            }
            if (stopped) {
                return inProgress().map(s -> s + " (stopped)").orElse("start-up (stopped)");
            }
            if (lastStatus == StepResult.Status.FAILED) {
                return lastStep + " (failed)";
            }
            return lastStep == null ? "start-up (exit " + exitCode() + ")"
                : "after " + lastStep + " (exit " + exitCode() + ")";
        }

        /** The step this rank was in: the one after the last it finished. */
        Optional<String> inProgress() {
            final List<Map.Entry<String, Stage>> steps = spec.steps();
            if (lastStep == null) {
                return steps.isEmpty() ? Optional.empty() : Optional.of(steps.getFirst().getKey());
            }
            if (lastStatus == StepResult.Status.FAILED) {
                return Optional.of(lastStep);
            }
            for (int i = 0; i < steps.size() - 1; i++) {
                if (steps.get(i).getKey().equals(lastStep)) {
                    return Optional.of(steps.get(i + 1).getKey());
                }
            }
            return Optional.of(lastStep);
        }

        Optional<Stage> inProgressStage() {
            return inProgress().flatMap(s -> spec.steps().stream().filter(e -> e.getKey().equals(s))
                .map(Map.Entry::getValue).findFirst());
        }
    }
}
