package io.comm4j.cli;

import io.comm4j.internal.CurrentUser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The launcher's private directory under {@link TempBase}: {@code comm4j-<command>-<random>}, owner-only,
 * holding the group's rendezvous path and a launcher record that names the launcher process.
 *
 * <p>A launcher removes its directory when it ends; one killed with SIGKILL cannot. So every launcher, before
 * it creates its own, removes the directories of launchers that are gone. It removes a directory only when all
 * of these hold, so it never touches what comm4j did not create or what a running group still uses:
 * <ul>
 *   <li>its name starts with {@code comm4j-} and it is a directory, not a symbolic link;</li>
 *   <li>it is owned by this user;</li>
 *   <li>it holds a regular file {@value #RECORD} whose first line is {@value #MAGIC};</li>
 *   <li>the process that record names is proven gone: no such pid, or the pid now belongs to a process that
 *       started at another time.</li>
 * </ul>
 *
 * <p>Record ({@value #RECORD}), three lines of text:
 * <pre>
 * line  content                 meaning
 * 1     comm4j-launcher 1       magic and version
 * 2     pid=N                   the launcher's pid
 * 3     start=MILLIS            its start time, epoch milliseconds (0 when unknown)
 * </pre>
 */
final class LauncherDirectory {
    /** The launcher record's file name inside the directory. */
    static final String RECORD = "launcher";
    /** The first line of a launcher record. */
    static final String MAGIC = "comm4j-launcher 1";
    private static final String PREFIX = "comm4j-";

    private LauncherDirectory() {
    }

    /**
     * Removes dead launchers' directories, then creates this launcher's own with its record.
     *
     * @param command the command's name, part of the directory's name (e.g. {@code smoke})
     */
    static Path create(final String command) {
        removeDeadLaunchers(TempBase.directory());
        try {
            // createTempDirectory makes it owner-only (rwx------) on POSIX file systems
            final Path dir = Files.createTempDirectory(TempBase.directory(), PREFIX + command + "-");
            Files.writeString(dir.resolve(RECORD), record(ProcessHandle.current()));
            return dir;
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot create a private directory for the rendezvous path", e);
        }
    }

    /** The record naming {@code launcher}. */
    static String record(final ProcessHandle launcher) {
        return MAGIC + "\npid=" + launcher.pid() + "\nstart=" + startMillis(launcher) + "\n";
    }

    /** Removes every directory under {@code base} that a launcher now gone left behind (see the class comment). */
    static void removeDeadLaunchers(final Path base) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(base, PREFIX + "*")) {
            for (final Path dir : dirs) {
                if (leftByADeadLauncher(dir)) {
                    FileTrees.deleteQuietly(dir);
                }
            }
        } catch (final IOException | UncheckedIOException e) {
            // best effort: an unreadable base only means nothing is swept this time
        }
    }

    private static boolean leftByADeadLauncher(final Path dir) {
        try {
            final PosixFileAttributes attrs = Files.readAttributes(dir, PosixFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
            final Path record = dir.resolve(RECORD);
            if (!attrs.isDirectory() || !attrs.owner().equals(CurrentUser.principal())
                || !Files.isRegularFile(record, LinkOption.NOFOLLOW_LINKS) || Files.size(record) > 256) {
                return false;
            }
            final List<String> lines = Files.readAllLines(record);
            if (lines.size() != 3 || !lines.get(0).equals(MAGIC) || !lines.get(1).matches("pid=\\d{1,19}")
                || !lines.get(2).matches("start=\\d{1,19}")) {
                return false;
            }
            return isGone(Long.parseLong(lines.get(1).substring(4)), Long.parseLong(lines.get(2).substring(6)));
        } catch (final IOException | RuntimeException e) {
            return false; // anything unexpected: leave it
        }
    }

    private static boolean isGone(final long pid, final long startMillis) {
        final Optional<ProcessHandle> p = ProcessHandle.of(pid);
        if (p.isEmpty()) {
            return true;
        }
        final long now = startMillis(p.get());
        return startMillis != 0 && now != 0 && now != startMillis;
    }

    private static long startMillis(final ProcessHandle p) {
        return p.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }
}
