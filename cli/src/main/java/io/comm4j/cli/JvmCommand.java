package io.comm4j.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The command line that starts another JVM like this one: the same {@code java} binary, the same JVM
 * options, the same class path (or {@code -jar}), so rank processes run exactly what the launcher
 * runs. Only JVM-role options are adjusted: a training or debugging option that must not be
 * repeated in a child (AOT recording, JDWP) is dropped, and the rank start-up archive is passed when
 * it is usable.
 *
 * <p>The options are read from {@code /proc/self/cmdline} (or {@link ProcessHandle.Info#arguments()}
 * elsewhere), whose tail must be the program's own arguments preceded by the main class or
 * {@code -jar FILE}. When this JVM was not started that way (a test calling the command in-process),
 * the child runs {@code java --enable-native-access=ALL-UNNAMED -cp <java.class.path> <main class>}.
 *
 * <p>The rank archive is {@code comm-smoke-rank.aot} next to the jar, made by the build (see
 * docs/cli.md). It is passed only when it exists and is not older than the jar; a stale archive the
 * JVM itself rejects (other JDK build, other jar) costs nothing but the speed-up.
 */
public final class JvmCommand {
    /** File name of the rank JVMs' AOT cache, next to the jar. */
    public static final String RANK_ARCHIVE = "comm-smoke-rank.aot";

    private static final List<String> DROPPED_PREFIXES = List.of("-XX:AOTCache=", "-XX:AOTCacheOutput=",
        "-XX:AOTMode=", "-XX:AOTConfiguration=", "-XX:ArchiveClassesAtExit=", "-XX:+AutoCreateSharedArchive",
        "-XX:SharedArchiveFile=", "-agentlib:jdwp", "-Xrunjdwp", "-Xdebug");

    private final Path java;
    private final List<String> options;
    private final List<String> target;
    private final Optional<Path> jar;
    private final Optional<Path> archive;

    private JvmCommand(final Path java, final List<String> options, final List<String> target,
                       final Optional<Path> jar) {
        this.java = java;
        this.jar = jar;
        this.archive = jar.flatMap(JvmCommand::usableArchive);
        final List<String> opts = new ArrayList<>();
        archive.ifPresent(a -> opts.add("-XX:AOTCache=" + a));
        for (final String o : options) {
            if (DROPPED_PREFIXES.stream().noneMatch(o::startsWith)) {
                opts.add(o);
            }
        }
        this.options = List.copyOf(opts);
        this.target = List.copyOf(target);
    }

    /**
     * The command of this JVM.
     *
     * @param mainArgs the arguments {@code main} received, or {@code null} when unknown
     * @param mainClass the class whose {@code main} runs in the child
     */
    public static JvmCommand ofThisJvm(final String[] mainArgs, final Class<?> mainClass) {
        final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (mainArgs != null) {
            final Optional<List<String>> cmdline = cmdline();
            if (cmdline.isPresent()) {
                final List<String> all = cmdline.get();
                final int tail = all.size() - mainArgs.length;
                if (tail >= 1 && all.subList(tail, all.size()).equals(Arrays.asList(mainArgs))) {
                    if (tail >= 3 && "-jar".equals(all.get(tail - 2))) {
                        final Path jarPath = Path.of(all.get(tail - 1)).toAbsolutePath();
                        return new JvmCommand(java, all.subList(1, tail - 2), List.of("-jar", jarPath.toString()),
                            Optional.of(jarPath));
                    }
                    if (tail >= 2 && mainClass.getName().equals(all.get(tail - 1))) {
                        final String cp = System.getProperty("java.class.path");
                        return new JvmCommand(java, withoutClassPath(all.subList(1, tail - 1)),
                            List.of("-cp", cp, mainClass.getName()), singleJar(cp));
                    }
                }
            }
        }
        final String cp = System.getProperty("java.class.path");
        return new JvmCommand(java, List.of("--enable-native-access=ALL-UNNAMED"),
            List.of("-cp", cp, mainClass.getName()), singleJar(cp));
    }

    /** The full command that runs the main class with {@code programArgs}. */
    public List<String> command(final List<String> programArgs) {
        final List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(options);
        cmd.addAll(target);
        cmd.addAll(programArgs);
        return cmd;
    }

    /**
     * A plain JVM on the same class path running {@code mainClass}, without the start-up archive:
     * what a trivial Java program costs here.
     */
    public List<String> plainCommand(final Class<?> mainClass) {
        final List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        options.stream().filter(o -> !o.startsWith("-XX:AOTCache=")).forEach(cmd::add);
        cmd.add("-cp");
        cmd.add(jar.map(Path::toString).orElse(System.getProperty("java.class.path")));
        cmd.add(mainClass.getName());
        return cmd;
    }

    /** The rank archive passed to children, if any. */
    public Optional<Path> archive() {
        return archive;
    }

    /** The archive next to {@code jar} when it exists and is not older than the jar. */
    static Optional<Path> usableArchive(final Path jar) {
        final Path a = jar.resolveSibling(RANK_ARCHIVE);
        try {
            final FileTime archiveTime = Files.getLastModifiedTime(a);
            return archiveTime.compareTo(Files.getLastModifiedTime(jar)) >= 0 ? Optional.of(a) : Optional.empty();
        } catch (final IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> singleJar(final String cp) {
        if (cp == null || cp.contains(File.pathSeparator) || !cp.endsWith(".jar")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(cp).toAbsolutePath());
    }

    /** Options without the class path (re-added from java.class.path, which the JVM resolved). */
    private static List<String> withoutClassPath(final List<String> options) {
        final List<String> out = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            final String o = options.get(i);
            if (o.equals("-cp") || o.equals("-classpath") || o.equals("--class-path")) {
                i++;
            } else if (!o.startsWith("--class-path=")) {
                out.add(o);
            }
        }
        return out;
    }

    private static Optional<List<String>> cmdline() {
        final Path proc = Path.of("/proc/self/cmdline");
        try {
            if (Files.isReadable(proc)) {
                final String raw = new String(Files.readAllBytes(proc), StandardCharsets.UTF_8);
                final List<String> parts = new ArrayList<>(Arrays.asList(raw.split("\0", -1)));
                if (!parts.isEmpty() && parts.getLast().isEmpty()) {
                    parts.removeLast();
                }
                return Optional.of(parts);
            }
        } catch (final IOException e) {
            // fall through to ProcessHandle
        }
        final ProcessHandle.Info info = ProcessHandle.current().info();
        return info.arguments().map(a -> {
            final List<String> parts = new ArrayList<>();
            parts.add(info.command().orElse("java"));
            parts.addAll(Arrays.asList(a));
            return parts;
        });
    }
}
