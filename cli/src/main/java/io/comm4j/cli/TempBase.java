package io.comm4j.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the CLI puts its rendezvous paths and private directories: {@code $TMPDIR} when it names a
 * directory (the JVM's {@code java.io.tmpdir} ignores it on Linux), else {@code java.io.tmpdir}.
 */
final class TempBase {
    private TempBase() {
    }

    /** The base directory for temporary files. */
    static Path directory() {
        final String env = System.getenv("TMPDIR");
        if (env != null && !env.isBlank() && Files.isDirectory(Path.of(env))) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }
}
