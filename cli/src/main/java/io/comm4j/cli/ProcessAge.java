package io.comm4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How long ago this process started, for {@code wall_ms} when nobody stamped the start.
 *
 * <p>Not {@link ProcessHandle.Info#startInstant()}: on Linux the JDK adds the process's start tick to
 * the boot time of {@code /proc/stat}, which has whole-second resolution, so the instant can be up to
 * a second early. Both of the numbers used here count from boot: {@code /proc/uptime} (10 ms) minus
 * field 22 of {@code /proc/self/stat} (start time in USER_HZ ticks, 100 per second on Linux), so
 * the age is right to 10 ms.
 */
final class ProcessAge {
    /** Linux exports process times in USER_HZ, fixed at 100 for user space. */
    private static final long USER_HZ = 100;

    private ProcessAge() {
    }

    /** This process's age from /proc, or empty where there is no /proc (then the caller falls back). */
    static Optional<Duration> current() {
        try {
            return of(Files.readString(Path.of("/proc/uptime")), Files.readString(Path.of("/proc/self/stat")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The age from the texts of /proc/uptime and /proc/self/stat; empty when either is malformed. */
    static Optional<Duration> of(final String uptime, final String stat) {
        final String[] up = uptime.strip().split("\\s+");
        // the command name (field 2) is in parentheses and may contain spaces: count fields after its ')'
        final int close = stat.lastIndexOf(')');
        if (up.length < 1 || close < 0) {
            return Optional.empty();
        }
        final String[] rest = stat.substring(close + 1).strip().split("\\s+");
        // rest[0] is field 3 (state), so field 22 (starttime) is rest[19]
        if (rest.length < 20) {
            return Optional.empty();
        }
        try {
            final long upMillis = Math.round(Double.parseDouble(up[0]) * 1000);
            final long startMillis = Long.parseLong(rest[19]) * 1000 / USER_HZ;
            return upMillis >= startMillis ? Optional.of(Duration.ofMillis(upMillis - startMillis)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
