package io.comm4j.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes the directory trees tests create for themselves: their temp directories and build caches. */
public final class FileTrees {
    private FileTrees() {
    }

    /**
     * Deletes {@code dir} and everything under it, children first; a tree already gone is no error.
     *
     * @throws IOException if an entry could not be deleted, so a test that leaves a file it cannot
     *                     remove fails instead of leaving it behind unseen
     */
    public static void delete(final Path dir) throws IOException {
        if (Files.notExists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (final Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
