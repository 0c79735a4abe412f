package io.comm4j.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-line text form of a {@link StepResult}, written by a rank and read back by the launcher
 * (which tracks from it how far each rank got). Both directions live here so they cannot drift:
 *
 * <pre>
 * ok       alloc windows       0.412 ms  winSize=4096
 * skipped  acl ready               -     sim uses no device
 * FAILED   barrier          2001.300 ms  barrier failed [backend=sim]: timed out ...
 * </pre>
 */
public final class StageLine {
    private static final Pattern LINE = Pattern.compile(
        "^(ok|skipped|FAILED) +(\\S(?:.*?\\S)?) +(-|\\d+\\.\\d{3} ms)(?: {2}(.*))?$");

    private StageLine() {
    }

    /** A parsed line: the step's name and its status word. */
    public record Parsed(String step, StepResult.Status status) {
    }

    /** Formats {@code r} as one line, without a line terminator. */
    public static String format(final StepResult r) {
        final String time = r.status() == StepResult.Status.SKIPPED ? "-"
            : String.format(Locale.ROOT, "%.3f ms", r.millis());
        return String.format(Locale.ROOT, "%-8s %-15s %12s  %s", r.status().word(), r.step(), time,
            r.detail().replace('\n', ' '));
    }

    /** Reads a line written by {@link #format}; empty for any other line. */
    public static Optional<Parsed> parse(final String line) {
        final Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        final StepResult.Status status = switch (m.group(1)) {
            case "ok" -> StepResult.Status.OK;
            case "skipped" -> StepResult.Status.SKIPPED;
            default -> StepResult.Status.FAILED;
        };
        return Optional.of(new Parsed(m.group(2), status));
    }
}
