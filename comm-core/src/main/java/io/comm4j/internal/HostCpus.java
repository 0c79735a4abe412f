package io.comm4j.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How many CPUs the host has online, whatever this process's affinity mask says.
 *
 * <p>{@link Runtime#availableProcessors()} is the affinity mask: a rank pinned to one core
 * ({@code taskset -c r}, or {@code mpirun}'s binding) sees 1, although its peers run on the other
 * cores. Whether a group oversubscribes the host is a question about the host, so waits decide it
 * from the online CPUs, as {@code sysconf(_SC_NPROCESSORS_ONLN)} does in C. Where the kernel's list
 * cannot be read, the affinity mask is the answer.
 */
public final class HostCpus {
    private static final Path ONLINE = Path.of("/sys/devices/system/cpu/online");

    private HostCpus() {
    }

    /** The online CPUs of the host, at least {@link Runtime#availableProcessors()}. */
    public static int online() {
        final int affinity = Runtime.getRuntime().availableProcessors();
        try {
            return Math.max(affinity, count(Files.readString(ONLINE)));
        } catch (final IOException | UncheckedIOException | IllegalArgumentException e) {
            return affinity;
        }
    }

    /**
     * The number of CPUs in a kernel CPU list such as {@code "0-3,6,8-9\n"}.
     *
     * @throws IllegalArgumentException when {@code list} is not such a list
     */
    static int count(final String list) {
        final String trimmed = list.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("empty CPU list");
        }
        int n = 0;
        for (final String range : trimmed.split(",")) {
            final int dash = range.indexOf('-');
            try {
                if (dash < 0) {
                    Integer.parseInt(range);
                    n++;
                } else {
                    final int lo = Integer.parseInt(range.substring(0, dash));
                    final int hi = Integer.parseInt(range.substring(dash + 1));
                    if (hi < lo) {
                        throw new IllegalArgumentException("CPU range " + range + " ends before it starts");
                    }
                    n += hi - lo + 1;
                }
            } catch (final NumberFormatException e) {
                throw new IllegalArgumentException("not a CPU list: " + trimmed, e);
            }
        }
        return n;
    }
}
