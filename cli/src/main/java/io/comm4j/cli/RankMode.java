package io.comm4j.cli;

import io.comm4j.BlockingCall;
import io.comm4j.CommConfig;
import io.comm4j.cli.logging.CliLogging;

import java.io.PrintWriter;
import java.lang.foreign.MemorySegment;
import java.util.List;

/**
 * Rank mode of every group command (smoke, allreduce, collective): one rank's sequence, printed as text
 * lines tagged with the rank (or one JSON object), under the signal cleanup ({@link SignalCleanup}) and
 * the native-call watchdog ({@link NativeCallWatchdog}). Returns the exit code: 0, or the failing stage's.
 */
final class RankMode {
    private RankMode() {
    }

    /** A command's sequence for one rank, reporting each step to {@code listener}. */
    @FunctionalInterface
    interface Sequence {
        SmokeSequence.Result run(CommConfig config, SmokeSequence.Listener listener);
    }

    /**
     * Runs {@code sequence} as rank {@code member} of the group.
     *
     * @param command  the command's name on the header line and in JSON, e.g. {@code smoke}
     * @param steps    the sequence's steps in order (to name the step a signal or a hang interrupts)
     * @param untagged standard output, before the rank tag
     */
    static int run(final GroupOptions group, final GroupPlan.Member member, final String command,
                   final List<Step> steps, final PrintWriter untagged, final Sequence sequence) {
        final PrintWriter out = RankTag.forRank(untagged, member, group.json());
        CliLogging.configure(group.verbose(), "rank " + member.rank());
        final RankReport.Header header = new RankReport.Header(command, member.rank(), member.nranks(),
            group.backend(), member.rootInfo().toString(), member.source(), ProcessHandle.current().pid());
        final RankReport report = group.json() ? RankReport.json(out, header) : RankReport.text(out, header);
        final CommConfig config = new CommConfig(member.rank(), member.nranks(), member.rootInfo(), group.timeout(),
            member.deviceId(), MemorySegment.NULL);
        final StepProgress progress = new StepProgress(steps);
        try (SignalCleanup ignored = SignalCleanup.install(member.rank(), group.timeout(), progress, System.err);
             NativeCallWatchdog watchdog = NativeCallWatchdog.start(member.rank(), group.timeout(), progress,
                 report, System.err, BlockingCall::inProgress)) {
            final SmokeSequence.Result result = sequence.run(config, r -> {
                progress.step(r);
                report.step(r);
            });
            report.finish(result);
            return result.exitCode();
        }
    }
}
