package io.comm4j.sim;

import io.comm4j.CommBackend;
import io.comm4j.CommConfig;
import io.comm4j.Communicator;

import io.comm4j.testing.ChildJvm;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the collective process tests start their rank mains ({@link AllreduceRank}, {@link CollectivesRank}),
 * how those join their group and how they report: the first four arguments are
 * {@code RANK NRANKS ROOTINFO WINDOW_BYTES}, the rest are the main's own; every check prints a line
 * {@code OK <what>} or {@code WRONG <what> at <index>}.
 */
final class CollectiveRanks {
    /** How long a test waits for one rank process before it is killed. */
    static final Duration LIMIT = Duration.ofSeconds(90);
    /** Where a rank main's own arguments start. */
    static final int OWN = 4;

    private CollectiveRanks() {
    }

    /** Joins the sim group {@code args} name with {@code timeout} and allocates its windows; the caller closes it. */
    static Communicator join(final String[] args, final Duration timeout) {
        final Communicator comm = CommBackend.named(SimBackend.NAME).init(
            CommConfig.of(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Path.of(args[2])).withTimeout(timeout));
        try {
            comm.allocWindows(Long.parseLong(args[3]));
            return comm;
        } catch (final RuntimeException e) {
            comm.close();
            throw e;
        }
    }

    /**
     * Runs {@code main} as every rank of an {@code nranks} group at {@code rootInfo} with windows of
     * {@code windowBytes} and the main's {@code own} arguments; {@code tune} may change rank r's JVM.
     * Waits for all, at most {@link #LIMIT} each, and returns their results in rank order.
     */
    static List<ChildJvm.Result> runGroup(final Class<?> main, final int nranks, final Path rootInfo,
                                          final long windowBytes, final BiFunction<Integer, ChildJvm, ChildJvm> tune,
                                          final Object... own) {
        return RankProcesses.awaitAll(RankProcesses.startEach(nranks, r -> tune.apply(r,
            ChildJvm.of(main).args(r, nranks, rootInfo, windowBytes).args(own))), LIMIT);
    }

    /** Prints the outcome of check {@code what}: {@code index} is the first element that differs, -1 for none. */
    static void report(final String what, final int index) {
        System.out.println(index < 0 ? "OK " + what : "WRONG " + what + " at " + index);
    }

    /** Asserts that rank {@code r} exited 0 after {@code passed} checks, none wrong; returns its output lines. */
    static List<String> assertEveryCheckPassed(final ChildJvm.Result result, final int r, final long passed) {
        assertThat(result.exitCode()).as("rank %d's exit code\n%s", r, result.describe()).isZero();
        final List<String> lines = result.stdout().lines().toList();
        assertThat(lines.stream().filter(l -> l.startsWith("WRONG")).toList())
            .as("rank %d: checks with a wrong result\n%s", r, result.describe()).isEmpty();
        assertThat(lines.stream().filter(l -> l.startsWith("OK ")).count())
            .as("rank %d: checks that passed\n%s", r, result.describe()).isEqualTo(passed);
        return lines;
    }
}
