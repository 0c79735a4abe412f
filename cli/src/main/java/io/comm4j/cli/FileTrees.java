package io.comm4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Removes directory trees the launcher created; best effort, never throws. */
final class FileTrees {
    private FileTrees() {
    }

    /** Deletes {@code dir} and everything under it, children first; what cannot be deleted stays. */
    static void deleteQuietly(final Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (final IOException ignored) {
                    // best effort: a leftover private temp directory is harmless
                }
            });
        } catch (final IOException ignored) {
            // already gone
        }
    }
}
