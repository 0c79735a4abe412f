package io.comm4j.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts a class's {@code main} in a fresh JVM with this JVM's class path, for tests of behaviour
 * across real processes. Output is collected on background threads (a full pipe can never block the
 * child), every wait is bounded, and a child that outlives its limit is killed with its descendants.
 */
public final class ChildJvm {
    private final Class<?> mainClass;
    private final List<String> args = new ArrayList<>();
    private final List<String> jvmArgs = new ArrayList<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<String> wrapper = new ArrayList<>();

    private ChildJvm(final Class<?> mainClass) {
        this.mainClass = mainClass;
        jvmArgs.add("--enable-native-access=ALL-UNNAMED");
        jvmArgs.add("-Xshare:auto");
        jvmArgs.add("-XX:TieredStopAtLevel=1");
        jvmArgs.add(ChildClassArchive.HEAP);
    }

    /** A child that runs {@code mainClass.main}. */
    public static ChildJvm of(final Class<?> mainClass) {
        return new ChildJvm(mainClass);
    }

    /** Appends program arguments. */
    public ChildJvm args(final Object... values) {
        for (final Object v : values) {
            args.add(String.valueOf(v));
        }
        return this;
    }

    /** Appends a JVM option, e.g. {@code -Dkey=value}. */
    public ChildJvm jvmArg(final String option) {
        jvmArgs.add(option);
        return this;
    }

    /** Runs the JVM under a command, e.g. {@code ip netns exec NS}: the wrapper's words come first. */
    public ChildJvm wrappedIn(final String... command) {
        wrapper.addAll(List.of(command));
        return this;
    }

    /** Sets an environment variable of the child. */
    public ChildJvm env(final String name, final String value) {
        env.put(name, value);
        return this;
    }

    /** The command line this child runs (without the options of {@link ChildClassArchive}, if on). */
    public List<String> command() {
        final ChildClassArchive archive = ChildClassArchive.ofThisJvm();
        return command(List.of(), archive == null ? System.getProperty("java.class.path") : archive.classPath());
    }

    private List<String> command(final List<String> archiveOptions, final String classPath) {
        final List<String> cmd = new ArrayList<>(wrapper);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.addAll(archiveOptions);
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(mainClass.getName());
        cmd.addAll(args);
        return cmd;
    }

    /** Starts the child; collect it with {@link Running#await(Duration)}. */
    public Running start() {
        final ChildClassArchive archive = ChildClassArchive.ofThisJvm();
        final List<String> archiveOptions = archive == null ? List.of() : archive.optionsForNextChild(mainClass.getName());
        final List<String> cmd = command(archiveOptions,
            archive == null ? System.getProperty("java.class.path") : archive.classPath());
        final ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        final Process process;
        try {
            process = pb.start();
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot start " + cmd, e);
        }
        if (archive != null) {
            archive.started(mainClass.getName(), archiveOptions, process);
        }
        return new Running(process);
    }

    /** Starts the child and waits for it at most {@code timeout}. */
    public Result run(final Duration timeout) {
        return start().await(timeout);
    }

    /** A started child. */
    public static final class Running {
        private final Process process;
        private final Collector out;
        private final Collector err;

        private Running(final Process process) {
            this.process = process;
            this.out = new Collector(process.getInputStream());
            this.err = new Collector(process.getErrorStream());
        }

        /** The child's process. */
        public Process process() {
            return process;
        }

        /** What the child has printed on standard output so far (it may still be running). */
        public String stdoutSoFar() {
            return out.soFar();
        }

        /** Kills the child and its descendants at once. */
        public void kill() {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }

        /**
         * Waits for the child to exit, at most {@code timeout}; a child still running then is killed
         * and reported with {@link Result#timedOut()} true.
         */
        public Result await(final Duration timeout) {
            boolean timedOut = false;
            try {
                if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                    timedOut = true;
                    kill();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (final InterruptedException e) {
                kill();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a child JVM", e);
            }
            return new Result(timedOut ? -1 : process.exitValue(), out.text(), err.text(), timedOut);
        }
    }

    /**
     * What a child did.
     *
     * @param exitCode its exit code, -1 when it was killed at the deadline
     * @param stdout   everything it printed on standard output
     * @param stderr   everything it printed on standard error
     * @param timedOut whether it had to be killed
     */
    public record Result(int exitCode, String stdout, String stderr, boolean timedOut) {
        /** Both streams, labelled, for assertion messages. */
        public String describe() {
            return "exit=" + exitCode + (timedOut ? " (killed at deadline)" : "")
                + "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
        }
    }

    private static final class Collector {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final Thread thread;

        Collector(final InputStream in) {
            thread = Thread.ofVirtual().start(() -> {
                try (in) {
                    in.transferTo(buffer);
                } catch (final IOException ignored) {
                    // the child went away; what was read is kept
                }
            });
        }

        /** What was read so far, without waiting for the end of the stream. */
        String soFar() {
            synchronized (buffer) {
                return buffer.toString(StandardCharsets.UTF_8);
            }
        }

        String text() {
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (buffer) {
                return buffer.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
