package io.comm4j.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * What a launch did: one outcome per rank and the launch's exit code (0, or the code of the rank that
 * failed first; see {@link RankProcesses}).
 *
 * @param ranks    every rank's outcome, by rank
 * @param exitCode the launcher's exit code
 * @param firstFailedRank the rank whose failure decided the exit code, or -1
 * @param timedOut whether the launcher's own deadline expired
 * @param interrupted whether the launcher was stopped by a signal (SIGINT, SIGTERM) and stopped its ranks
 */
public record LaunchResult(List<RankOutcome> ranks, int exitCode, int firstFailedRank, boolean timedOut,
                           boolean interrupted) {

    /**
     * One rank process.
     *
     * @param rank     its rank
     * @param exitCode its exit code (143 or 137 when the launcher stopped it)
     * @param reached  the step it finished, failed at, or was in when stopped ("done" after success)
     * @param killed   whether the launcher stopped it
     * @param nanos    from start to exit
     * @param stdout   its standard output when collected (JSON mode), else empty
     */
    public record RankOutcome(int rank, int exitCode, String reached, boolean killed, long nanos, String stdout) {
    }

    /** Prints the summary table: rank, step reached, time, exit code. */
    public void printTable(final PrintWriter out) {
        out.println("rank  reached                       time      exit");
        for (final RankOutcome o : ranks) {
            out.printf(Locale.ROOT, "%4d  %-26s %9.1f ms  %4d%s%n", o.rank(), o.reached(), o.nanos() / 1e6,
                o.exitCode(), o.rank() == firstFailedRank ? "  <- first failure" : "");
        }
        out.flush();
    }
}
