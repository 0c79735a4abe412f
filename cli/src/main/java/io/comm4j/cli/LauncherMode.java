package io.comm4j.cli;

import io.comm4j.RendezvousAddress;
import io.comm4j.cli.logging.CliLogging;
import org.apache.logging.log4j.LogManager;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Launcher mode of any group command: picks the rendezvous path, starts the ranks with
 * {@link RankProcesses}, prints the summary (or one JSON object) and the {@code RESULT} line, and cleans up.
 *
 * <p>The {@code RESULT} line, for benchmarks: {@code RESULT <name> ranks=N wall_ms=W
 * [java_hello_ms=H] exit=E}. {@code wall_ms} runs from the moment the caller stamped in
 * {@value #START_ENV} (epoch microseconds; {@code scripts/comm-smoke} sets it before starting the JVM) or,
 * without it, from this process's start as {@link ProcessAge} reads it (10 ms resolution), to the end of the
 * launch. {@code java_hello_ms} appears only with {@code --measure-baseline}.
 */
public final class LauncherMode {
    /** Environment variable with the wall-clock start of the run in epoch microseconds. */
    public static final String START_ENV = "COMM4J_START_US";

    /**
     * What the launcher waits beyond the ranks' own timeout without any progress from any rank, so a rank
     * reports its own timeout first.
     */
    public static final Duration GRACE = Duration.ofSeconds(5);

    private LauncherMode() {
    }

    /**
     * Launches {@code plan.nranks()} ranks of the command {@code invocation} ran and returns the exit code.
     * Each rank gets the invocation's command line as given, plus its rank (and the size and rendezvous
     * unless given), so it reads the same options the launcher read.
     *
     * @param steps           the command's steps (for "reached" and timeouts)
     * @param resultName      the name on the RESULT line, e.g. {@code smoke}
     * @param measureBaseline whether to time a trivial JVM after the run
     */
    static int run(final Invocation invocation, final GroupOptions group, final GroupPlan.Launch plan,
                   final List<Step> steps, final String resultName,
                   final boolean measureBaseline) {
        CliLogging.configure(group.verbose(), "launcher");
        final JvmCommand jvm = CommSmoke.thisJvm();
        final PrintWriter out = invocation.out();
        final Path privateDir = plan.rootInfo().isPresent() ? null : LauncherDirectory.create(resultName);
        final RendezvousAddress rootInfo = plan.rootInfo()
            .orElseGet(() -> new RendezvousAddress.File(privateDir.resolve("rootinfo")));
        // a launcher stopped by a signal runs shutdown hooks but not the finally below
        final Thread removeOnSignal = privateDir == null ? null
            : new Thread(() -> FileTrees.deleteQuietly(privateDir), "comm-smoke-remove-rendezvous-dir");
        if (removeOnSignal != null) {
            Runtime.getRuntime().addShutdownHook(removeOnSignal);
        }
        try {
            final RankProcesses.Spec spec = new RankProcesses.Spec(plan.nranks(), group.timeout().plus(GRACE), rank -> {
                final List<String> a = new ArrayList<>(invocation.args());
                a.addAll(group.launchedRankArgs(rank, plan.nranks(), rootInfo));
                return a;
            }, steps, group.json());
            if (group.verbose()) {
                // only with -v: getting a logger initialises the logging API, which the fast path skips
                LogManager.getLogger(LauncherMode.class).debug(
                    "starting {} ranks with: {} (rank archive: {})", plan.nranks(),
                    String.join(" ", jvm.command(spec.argsForRank().apply(0))),
                    jvm.archive().map(Path::toString).orElse("none usable"));
            }
            final RankProcesses ranks = new RankProcesses(jvm, out, invocation.err());
            final LaunchResult result = ranks.run(spec);
            Thread.interrupted(); // set by a signal; the summary is printed all the same
            try {
                return report(out, result, spec, resultName, plan, measureBaseline, jvm, group);
            } finally {
                ranks.reported();
            }
        } finally {
            if (privateDir != null) {
                FileTrees.deleteQuietly(privateDir);
                try {
                    Runtime.getRuntime().removeShutdownHook(removeOnSignal);
                } catch (final IllegalStateException shuttingDown) {
                    // the hook is running or about to; it finds nothing left to delete
                }
            }
        }
    }

    private static int report(final PrintWriter out, final LaunchResult result, final RankProcesses.Spec spec,
                              final String resultName, final GroupPlan.Launch plan, final boolean measureBaseline,
                              final JvmCommand jvm, final GroupOptions group) {
        final long wallNanos = wallNanos();
        if (group.json()) {
            out.println(JsonOutput.launch(resultName, result, wallNanos));
        } else {
            if (result.interrupted()) {
                out.println("launcher: interrupted by a signal; every rank was stopped");
            }
            result.printTable(out);
            if (result.timedOut()) {
                out.printf(Locale.ROOT, "launcher: deadline of %s passed without progress from any rank; unfinished ranks were stopped%n",
                    DurationConverter.format(spec.deadline()));
            }
            final StringBuilder line = new StringBuilder().append("RESULT ").append(resultName)
                .append(" ranks=").append(plan.nranks())
                .append(" wall_ms=").append(String.format(Locale.ROOT, "%.1f", wallNanos / 1e6));
            if (measureBaseline) {
                line.append(" java_hello_ms=").append(String.format(Locale.ROOT, "%.1f", javaHelloNanos(jvm) / 1e6));
            }
            out.println(line.append(" exit=").append(result.exitCode()));
        }
        out.flush();
        return result.exitCode();
    }

    private static long wallNanos() {
        final String stamp = System.getenv(START_ENV);
        final Instant now = Instant.now();
        Optional<Instant> start = Optional.empty();
        if (stamp != null && stamp.matches("\\d{1,19}")) {
            final long us = Long.parseLong(stamp);
            start = Optional.of(Instant.ofEpochSecond(us / 1_000_000, (us % 1_000_000) * 1_000));
        }
        if (start.isEmpty()) {
            // to 10 ms from /proc; the JDK's startInstant only where there is no /proc (it can be a second early)
            start = ProcessAge.current().map(now::minus).or(() -> ProcessHandle.current().info().startInstant());
        }
        return start.map(s -> Duration.between(s, now).toNanos()).orElse(0L);
    }

    /** How long a trivial JVM takes from spawn to exit; -1 ms when it could not run. */
    private static long javaHelloNanos(final JvmCommand jvm) {
        final ProcessBuilder pb = new ProcessBuilder(jvm.plainCommand(JavaHello.class))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        final long t0 = System.nanoTime();
        try {
            final Process p = pb.start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1_000_000;
            }
            return p.exitValue() == 0 ? System.nanoTime() - t0 : -1_000_000;
        } catch (final IOException e) {
            return -1_000_000;
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1_000_000;
        }
    }
}
