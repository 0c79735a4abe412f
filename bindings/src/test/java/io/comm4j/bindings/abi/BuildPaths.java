package io.comm4j.bindings.abi;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the tests find {@code headers/} and put native build outputs. Surefire sets
 * {@code comm4j.native.dir} (root {@code target/native}) and {@code comm4j.headers.dir}; when a test
 * runs outside Maven both are derived from the repository root found above the working directory.
 */
public final class BuildPaths {
    private BuildPaths() {
    }

    /** The repository's {@code headers/} directory. */
    public static Path headersDir() {
        final String configured = System.getProperty("comm4j.headers.dir");
        final Path dir = configured != null ? Path.of(configured) : repositoryRoot().resolve("headers");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("headers/ not found at " + dir + " (comm4j.headers.dir=" + configured + ")");
        }
        return dir;
    }

    /** Where native test artefacts go ({@code <root>/target/native}), created if needed. */
    public static Path nativeDir() {
        final String configured = System.getProperty("comm4j.native.dir");
        final Path dir = configured != null ? Path.of(configured) : repositoryRoot().resolve("target").resolve("native");
        try {
            return Files.createDirectories(dir);
        } catch (final java.io.IOException e) {
            throw new IllegalStateException("cannot create the native build directory " + dir, e);
        }
    }

    private static Path repositoryRoot() {
        Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (p != null) {
            if (Files.isRegularFile(p.resolve("headers").resolve("comm_context.h"))) {
                return p;
            }
            p = p.getParent();
        }
        throw new IllegalStateException("no directory above " + System.getProperty("user.dir")
            + " holds headers/comm_context.h; set -Dcomm4j.headers.dir and -Dcomm4j.native.dir");
    }
}
