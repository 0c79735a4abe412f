package io.comm4j.bindings.abi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs gcc (and the programs it builds) for the ABI oracle, with a bounded wait. A machine without
 * gcc gets one clear failure saying that the oracle needs it, not a confusing IOException.
 */
public final class Gcc {
    private static final long TIMEOUT_SECONDS = 120;

    private Gcc() {
    }

    /** Runs {@code gcc args...}; returns its combined output, throws with that output on failure. */
    public static String run(final List<String> args) {
        final List<String> command = new ArrayList<>();
        command.add(gcc());
        command.addAll(args);
        return exec(command, "gcc");
    }

    /** Runs a program built by {@link #run}; returns its standard output. */
    public static String runProgram(final Path program) {
        return exec(List.of(program.toString()), program.getFileName().toString());
    }

    private static String gcc() {
        return locate(System.getenv("CC"), System.getenv("PATH"));
    }

    /** The compiler to run: {@code cc} ({@code $CC}) or gcc, looked up on {@code path}. */
    static String locate(final String cc, final String path) {
        final String name = cc == null || cc.isBlank() ? "gcc" : cc;
        if (name.contains("/")) {
            return name;
        }
        if (path != null) {
            for (final String dir : path.split(":")) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        throw new IllegalStateException("the ABI oracle compiles headers/ with gcc, but '" + name
            + "' is not on PATH (" + path + "); install gcc (scripts/setup does) or set CC");
    }

    private static String exec(final List<String> command, final String what) {
        try {
            final Path out = Files.createTempFile("comm4j-gcc", ".log");
            try {
                final Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
                if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException(what + " did not finish within " + TIMEOUT_SECONDS + " s: " + command);
                }
                final String text = Files.readString(out, StandardCharsets.UTF_8);
                if (p.exitValue() != 0) {
                    throw new IllegalStateException(what + " failed with exit code " + p.exitValue() + ": "
                        + String.join(" ", command) + "\n" + text);
                }
                return text;
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (final IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }
}
