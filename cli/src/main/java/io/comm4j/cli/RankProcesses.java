package io.comm4j.cli;

import io.comm4j.CommException;
import io.comm4j.Stage;
import io.comm4j.internal.IdleStrategy;
import io.comm4j.internal.NanoClock;
import io.comm4j.internal.Waiter;

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
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

/**
 * Runs every rank of a group as a child JVM of the same command, and reports as one process.
 *
 * <p>Each child's standard output and error are copied line by line to the launcher's, prefixed
 * {@code [rank i] } (in JSON mode standard output is collected instead). The deadline is per wait, not
 * per run: the launcher stops the group only when no rank has made progress for the whole deadline,
 * where progress is a line of output, a rank's exit, or a rank's CPU time growing by at least
 * {@link #BUSY_SHARE} of a sample (a healthy step that computes for longer than the deadline is never
 * stopped; a rank that is parked, stopped or blocked in a call is). As soon as one rank exits with a
 * non-zero code the launcher stops the others (SIGTERM, then SIGKILL after {@link #KILL_GRACE}). The exit
 * code is the code of the first rank to fail, or, when the deadline expired, the stage code of the step
 * the first unfinished rank was in.
 *
 * <p>Which step a rank reached is read from its {@link StageLine}s (or its JSON object), matched
 * against the step list of the command, so any group subcommand can reuse this class with its own
 * steps. Reusable: a subcommand passes its own arguments per rank and its own steps.
 */
public final class RankProcesses {
    /** How long a stopped rank has between SIGTERM and SIGKILL. */
    public static final Duration KILL_GRACE = Duration.ofSeconds(2);

    /** How often the launcher samples its ranks' progress. */
    static final Duration SAMPLE = Duration.ofMillis(500);

    /**
     * The share of a sample a rank must spend on a CPU to count as making progress: well above what an
     * idle JVM spends (JIT and GC housekeeping, under 1 %), well below a rank that computes (near 100 %).
     */
    static final double BUSY_SHARE = 0.1;

    /**
     * What to launch.
     *
     * @param nranks       how many ranks
     * @param deadline     how long the group may go without progress before the launcher stops it
     * @param argsForRank  the program arguments of rank i
     * @param steps        the command's steps in order, with the stage each reports failures at
     * @param collectStdout whether to collect standard output (JSON mode) instead of copying it
     */
    public record Spec(int nranks, Duration deadline, IntFunction<List<String>> argsForRank,
                       List<Step> steps, boolean collectStdout) {
    }

    /** Named in the exceptions of the launcher's waiter (none leaves this class). */
    private static final String WAITER_NAME = "launcher";

    /** Exit code of an interrupted launch (as for SIGINT; the process itself exits with 128 + the signal). */
    public static final int INTERRUPTED = 130;

    private final JvmCommand jvm;
    private final CountDownLatch reported = new CountDownLatch(1);
    private final PrintWriter out;
    private final PrintWriter err;

    /** Starts children with {@code jvm} and copies their output to {@code out}/{@code err}. */
    public RankProcesses(final JvmCommand jvm, final PrintWriter out, final PrintWriter err) {
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
        // The hook first interrupts the wait below, which stops and reaps the ranks and lets the caller print
        // the summary ("interrupted"); then it kills whatever is still there.
        final Thread waiting = Thread.currentThread();
        final Thread orphanGuard = new Thread(() -> {
            waiting.interrupt();
            try {
                reported.await(KILL_GRACE.multipliedBy(3).toNanos(), TimeUnit.NANOSECONDS);
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopDescendants();
        }, "stop-ranks");
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

    /** The caller has printed the result: a launcher stopped by a signal may now exit. */
    public void reported() {
        reported.countDown();
    }

    /** How the wait for the ranks ended: the first rank that failed, if any, or the deadline, or a signal. */
    private record Ending(Child firstFailure, boolean timedOut, boolean interrupted) {
    }

    private LaunchResult await(final Spec spec, final List<Child> children, final long start) {
        final Queue<Child> exited = new ConcurrentLinkedQueue<>();
        final Thread waiting = Thread.currentThread();
        try {
            for (int i = 0; i < spec.nranks(); i++) {
                final Child c = new Child(i, start(spec.argsForRank().apply(i)), spec);
                children.add(c);
                c.process.onExit().thenRun(() -> {
                    exited.add(c);
                    LockSupport.unpark(waiting); // ends the parked wait in watch() at once
                });
            }
        } catch (final UncheckedIOException e) {
            children.forEach(c -> c.stop(true));
            throw e;
        }
        final Ending ending = watch(spec, children, exited);
        if (ending.timedOut() || ending.interrupted()) {
            stopRunning(children);
        }
        reap(children);
        final List<LaunchResult.RankOutcome> outcomes = new ArrayList<>(children.size());
        for (final Child c : children) {
            c.drain();
            outcomes.add(new LaunchResult.RankOutcome(c.rank, c.exitCode(), c.reached(),
                c.stopped, (c.endNanos == 0 ? System.nanoTime() : c.endNanos) - start, c.stdout()));
        }
        return result(children, ending, outcomes);
    }

    /**
     * Waits until every rank has exited, the group made no progress for the deadline, or the grace of the
     * ranks stopped after a failure ran out; on the way stops the others when one fails. The wait is
     * {@link Waiter}'s, parked up to a {@link #SAMPLE} at a time (progress is sampled between waits) and
     * woken at once by a rank's exit.
     */
    private static Ending watch(final Spec spec, final List<Child> children, final Queue<Child> exited) {
        // the stage is never reported: an expired wait returns false, an interrupt is caught below
        final Waiter waiter = new Waiter(WAITER_NAME, NanoClock.SYSTEM, new IdleStrategy(0, 0, SAMPLE.toNanos()));
        final BooleanSupplier anExit = () -> !exited.isEmpty();
        long lastProgress = System.nanoTime();
        long stopDeadline = Long.MAX_VALUE;
        Child firstFailure = null;
        int running = spec.nranks();
        try {
            while (running > 0) {
                final long left = Math.min(stopDeadline, lastProgress + spec.deadline().toNanos()) - System.nanoTime();
                if (left <= 0) {
                    return new Ending(firstFailure, firstFailure == null, false);
                }
                if (!waiter.awaitOrExpire(anExit, Duration.ofNanos(Math.min(left, SAMPLE.toNanos())), Stage.INIT,
                    () -> "a rank to exit")) {
                    if (children.stream().anyMatch(Child::progressed)) {
                        lastProgress = System.nanoTime();
                    }
                    continue;
                }
                final Child c = exited.poll();
                running--;
                c.endNanos = System.nanoTime();
                lastProgress = c.endNanos;
                if (c.process.exitValue() != 0 && firstFailure == null && !c.stopped) {
                    firstFailure = c;
                    stopRunning(children);
                    // the stopped ranks get the grace to exit, then reap() kills what is left
                    stopDeadline = System.nanoTime() + KILL_GRACE.toNanos();
                }
            }
            return new Ending(firstFailure, false, false);
        } catch (final CommException e) {
            // a signal (see run): stop and reap the ranks as at the deadline, with the flag clear so reaping waits
            Thread.interrupted();
            return new Ending(firstFailure, false, true);
        }
    }

    /** The launch's outcome: the first failing rank's code, the stuck rank's step's at the deadline, or 130. */
    private static LaunchResult result(final List<Child> children, final Ending ending,
                                       final List<LaunchResult.RankOutcome> outcomes) {
        final Child firstFailure = ending.firstFailure();
        final int exitCode;
        int failedRank = -1;
        if (ending.interrupted()) {
            exitCode = INTERRUPTED;
        } else if (firstFailure != null) {
            exitCode = firstFailure.exitCode();
            failedRank = firstFailure.rank;
        } else if (ending.timedOut()) {
            final Child stuck = children.stream().filter(c -> c.stopped).findFirst().orElse(children.getFirst());
            failedRank = stuck.rank;
            exitCode = stuck.inProgressStage().map(Stage::exitCode).orElse(Stage.INIT.exitCode());
        } else {
            exitCode = 0;
        }
        if (ending.interrupted()) {
            Thread.currentThread().interrupt();
        }
        return new LaunchResult(outcomes, exitCode, failedRank, ending.timedOut() && firstFailure == null,
            ending.interrupted());
    }

    /** Asks every rank still running to stop (SIGTERM). */
    private static void stopRunning(final List<Child> children) {
        children.stream().filter(o -> o.process.isAlive()).forEach(o -> o.stop(false));
    }

    private static void stopDescendants() {
        final List<ProcessHandle> ranks = ProcessHandle.current().descendants().toList();
        ranks.forEach(ProcessHandle::destroyForcibly);
        final long end = System.nanoTime() + KILL_GRACE.toNanos();
        for (final ProcessHandle h : ranks) {
            try {
                h.onExit().get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (final ExecutionException | TimeoutException e) {
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

    /**
     * The command of one rank process: {@code jvm}'s, plus the option that lets the rank exit at once.
     * Its lifeline thread ({@link SignalCleanup}) is blocked in a native read of stdin for the whole
     * run, and at exit HotSpot waits up to 300 ms for threads in native code to return: measured, a
     * launched 2-rank smoke took 960 ms with that wait and 560 ms without.
     */
    static List<String> rankCommand(final JvmCommand jvm, final List<String> args) {
        final List<String> cmd = new ArrayList<>(jvm.command(args));
        cmd.add(1, SignalCleanup.EXIT_WITHOUT_WAITING_ON_NATIVE);
        return cmd;
    }

    private Process start(final List<String> args) {
        final ProcessBuilder pb = new ProcessBuilder(rankCommand(jvm, args));
        pb.environment().put(SignalCleanup.LIFELINE_ENV, "stdin");
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
        volatile boolean printed;
        long endNanos;
        long cpuNanos;
        long sampledAt = System.nanoTime();

        Child(final int rank, final Process process, final Spec spec) {
            this.rank = rank;
            this.process = process;
            this.spec = spec;
            this.prefix = "[rank " + rank + "] ";
            this.outPump = pump(process.getInputStream(), true);
            this.errPump = pump(process.getErrorStream(), false);
            // stdin stays open and silent: it is the rank's lifeline (SignalCleanup), closed by the kernel
            // when this launcher exits in any way, SIGKILL included
        }

        /** Whether this rank printed a line or computed since the last call (see {@link #BUSY_SHARE}). */
        boolean progressed() {
            final boolean line = printed;
            printed = false;
            final long now = System.nanoTime();
            final long cpu = process.info().totalCpuDuration().map(Duration::toNanos).orElse(cpuNanos);
            final boolean busy = cpu - cpuNanos >= BUSY_SHARE * (now - sampledAt);
            cpuNanos = cpu;
            sampledAt = now;
            return line || busy;
        }

        private Thread pump(final InputStream in, final boolean stdout) {
            final Thread t = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        printed = true;
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
            final List<Step> steps = spec.steps();
            if (lastStep == null) {
                return steps.isEmpty() ? Optional.empty() : Optional.of(steps.getFirst().name());
            }
            if (lastStatus == StepResult.Status.FAILED) {
                return Optional.of(lastStep);
            }
            return Optional.of(Step.after(steps, lastStep));
        }

        Optional<Stage> inProgressStage() {
            return inProgress().flatMap(s -> spec.steps().stream().filter(e -> e.name().equals(s))
                .map(Step::stage).findFirst());
        }
    }
}
