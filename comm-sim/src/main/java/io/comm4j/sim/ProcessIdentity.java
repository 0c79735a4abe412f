package io.comm4j.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A process as other processes can recognise it later: its pid and its start time. A pid alone is
 * not an identity (the kernel reuses pids); a pid whose process started at another time is a
 * different process, so {@link #isAlive()} is false for it.
 *
 * <p>The start time is opaque, only compared for equality: on Linux the {@code starttime} field of
 * {@code /proc/<pid>/stat} (clock ticks since boot; reading it costs microseconds, where
 * {@link ProcessHandle.Info} reads half of /proc and costs hundreds), elsewhere
 * {@link ProcessHandle.Info#startInstant()} in epoch milliseconds. Every rank of a group runs on
 * the same host, so they all use the same source.
 *
 * <p>Liveness only sees processes in this PID namespace: every rank of a group must share one
 * (they already share /dev/shm).
 *
 * @param pid       the process id, 0 when unknown
 * @param startTime the start time as described above, 0 when the platform does not report it
 */
record ProcessIdentity(long pid, long startTime) {

    private static final boolean PROC = Files.isReadable(Path.of("/proc/self/stat"));
    private static final ProcessIdentity SELF = of(ProcessHandle.current().pid());

    /** This process. */
    static ProcessIdentity self() {
        return SELF;
    }

    /** The process {@code pid} as it is now (start time 0 when it does not exist). */
    static ProcessIdentity of(final long pid) {
        return new ProcessIdentity(pid, startTimeOf(pid).orElse(0L));
    }

    private static Optional<Long> startTimeOf(final long pid) {
        if (PROC) {
            try {
                final String stat = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "stat")),
                    StandardCharsets.US_ASCII);
                // "pid (comm) state ppid ...": comm may contain spaces and ')', so count fields after the last ')'.
                final String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // fields[0] here is field 3 (state): a zombie (Z) or dead (X) task has exited and holds
                // no mapping, it only waits for its parent to reap it. starttime is field 22.
                if (fields[0].equals("Z") || fields[0].equals("X")) {
                    return Optional.empty();
                }
                return Optional.of(Long.parseLong(fields[22 - 3]));
            } catch (final IOException | RuntimeException gone) {
                return Optional.empty();
            }
        }
        return ProcessHandle.of(pid).flatMap(h -> h.info().startInstant()).map(Instant::toEpochMilli);
    }

    /**
     * Whether this process still runs: the pid exists, is not a zombie (Linux) and, when both start
     * times are known, it started when this identity says. Pid 0 is never alive.
     */
    boolean isAlive() {
        if (pid <= 0) {
            return false;
        }
        final Optional<Long> now = startTimeOf(pid);
        if (PROC) {
            return now.isPresent() && (startTime == 0L || now.get() == startTime);
        }
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        return startTime == 0L || now.map(start -> start == startTime).orElse(true);
    }

    /** "pid 1234" plus ", no longer running" when it is dead: for failure messages. */
    String describe() {
        return "pid " + pid + (isAlive() ? "" : ", no longer running");
    }
}
