package io.comm4j.testing;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A class-data-sharing archive per main class for the {@link ChildJvm}s of one test JVM, so the many
 * short child JVMs of multi-process tests do not each parse and verify the same few thousand classes
 * (measured on the fake-CANN rank pair: about a third less CPU per child). On only when the system
 * property {@value #DIR_PROPERTY} names a directory (the modules whose tests start many children set
 * it to one under target/); without it children start as before.
 *
 * <p>CDS archives only classes from jars, so the directories of {@code java.class.path} are copied
 * once into jars under that directory, and every child of this JVM runs on that jar class path (the
 * same classes and resources). The first child of a main class lists the classes it loads
 * ({@code -XX:DumpLoadedClassList}, which costs it nothing measurable); once it has exited, a
 * background {@code java -Xshare:dump} turns the list into the archive, and later children of that
 * main class map it ({@code -XX:SharedArchiveFile}). A dump that fails leaves that main class
 * without an archive: its children start as the first one did. The JVM's CDS log lines are off in
 * children, so their output is what the test's code printed. The directory of this JVM is deleted
 * when it exits.
 */
final class ChildClassArchive {
    /** The system property naming the directory the archives of test JVMs go in. */
    static final String DIR_PROPERTY = "comm4j.test.childArchiveDir";

    /** Children's heap limit, also given to the dump so the archived heap objects map as dumped. */
    static final String HEAP = "-Xmx256m";

    private static final String LOG_OFF = "-Xlog:cds*=off";
    private static final Object LOCK = new Object();
    private static ChildClassArchive instance;
    private static boolean looked;

    private final Path dir;
    private final String classPath;
    private final Map<String, State> byMain = new ConcurrentHashMap<>();

    private enum State { LISTING, DUMPING, READY, FAILED }

    private ChildClassArchive(final Path dir, final String classPath) {
        this.dir = dir;
        this.classPath = classPath;
    }

    /** The archive of this JVM, or {@code null} when {@value #DIR_PROPERTY} is not set. */
    static ChildClassArchive ofThisJvm() {
        synchronized (LOCK) {
            if (!looked) {
                looked = true;
                final String base = System.getProperty(DIR_PROPERTY);
                if (base != null && !base.isBlank()) {
                    instance = create(Path.of(base).resolve(Long.toString(ProcessHandle.current().pid())));
                }
            }
            return instance;
        }
    }

    private static ChildClassArchive create(final Path dir) {
        try {
            Files.createDirectories(dir);
            final List<String> entries = new ArrayList<>();
            int n = 0;
            for (final String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                final Path path = Path.of(entry);
                if (Files.isDirectory(path)) {
                    final Path jar = dir.resolve("classes-" + (n++) + ".jar");
                    jar(path, jar);
                    entries.add(jar.toString());
                } else {
                    entries.add(entry);
                }
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            return new ChildClassArchive(dir, String.join(File.pathSeparator, entries));
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot make the child JVMs' class-path jars in " + dir, e);
        }
    }

    /** The class path every child of this JVM runs on: java.class.path with its directories as jars. */
    String classPath() {
        return classPath;
    }

    /**
     * The JVM options of the next child of {@code mainClass}; the first child of a main class lists
     * its classes and must be handed to {@link #started} once started.
     */
    List<String> optionsForNextChild(final String mainClass) {
        final State state = byMain.putIfAbsent(mainClass, State.LISTING);
        if (state == null) {
            return List.of(LOG_OFF, "-XX:DumpLoadedClassList=" + list(mainClass));
        }
        if (state == State.READY) {
            return List.of(LOG_OFF, "-XX:SharedArchiveFile=" + archive(mainClass));
        }
        return List.of(LOG_OFF);
    }

    /** Called with every started child: the listing one's exit starts the dump. */
    void started(final String mainClass, final List<String> options, final Process process) {
        if (options.stream().anyMatch(o -> o.startsWith("-XX:DumpLoadedClassList="))) {
            process.onExit().thenRunAsync(() -> dump(mainClass), command -> Thread.ofVirtual().start(command));
        }
    }

    private void dump(final String mainClass) {
        byMain.put(mainClass, State.DUMPING);
        final Path partial = dir.resolve(mainClass + ".jsa.partial");
        final ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xshare:dump", HEAP, "-XX:SharedClassListFile=" + list(mainClass),
            "-XX:SharedArchiveFile=" + partial, "-cp", classPath)
            .redirectErrorStream(true).redirectOutput(dir.resolve(mainClass + ".dump.log").toFile());
        boolean ok = false;
        try {
            final Process p = pb.start();
            if (p.waitFor(120, TimeUnit.SECONDS)) {
                ok = p.exitValue() == 0 && Files.isRegularFile(partial);
            } else {
                p.destroyForcibly();
            }
            if (ok) {
                Files.move(partial, archive(mainClass), StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (final IOException e) {
            ok = false;
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            ok = false;
        }
        byMain.put(mainClass, ok ? State.READY : State.FAILED);
    }

    private Path list(final String mainClass) {
        return dir.resolve(mainClass + ".classlist");
    }

    private Path archive(final String mainClass) {
        return dir.resolve(mainClass + ".jsa");
    }

    private static void jar(final Path classes, final Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar);
             ZipOutputStream zip = new ZipOutputStream(out);
             Stream<Path> files = Files.walk(classes)) {
            for (final Path file : files.sorted().toList()) {
                final String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
                if (name.isEmpty()) {
                    continue;
                }
                if (Files.isDirectory(file)) {
                    zip.putNextEntry(new ZipEntry(name + "/"));
                } else {
                    zip.putNextEntry(new ZipEntry(name));
                    Files.copy(file, zip);
                }
                zip.closeEntry();
            }
        }
    }

    private static void deleteTree(final Path dir) {
        try {
            FileTrees.delete(dir);
        } catch (final IOException ignored) {
            // best effort at exit: target/ is build output
        }
    }
}
