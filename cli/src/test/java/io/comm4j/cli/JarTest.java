package io.comm4j.cli;

import io.comm4j.CommBackend;
import io.comm4j.sim.SimBackend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The executable jar as users run it: {@code java -jar} with no flag, the manifest, what was shaded
 * in, the completion script and the start-up archives. Runs in the verify phase (tag {@code jar}).
 */
@Tag("jar")
class JarTest {
    private static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("comm4j.cli.jar", "target/comm-smoke.jar"));
        assertThat(jar).as("the build made the jar before this phase").isRegularFile();
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run java(final Path jarFile, final String... args) throws IOException, InterruptedException {
        return java(jarFile, Map.of(), args);
    }

    private static Run java(final Path jarFile, final Map<String, String> env, final String... args)
        throws IOException, InterruptedException {
        final List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar", jarFile.toString()));
        Collections.addAll(cmd, args);
        final Path out = Files.createTempFile("jar-out", ".txt");
        final Path err = Files.createTempFile("jar-err", ".txt");
        try {
            final ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().putAll(env);
            final Process p = pb.start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    @Timeout(90)
    void shouldPrintTheManifestVersionWithoutAnyWarning() throws Exception {
        final Run r = java(jar, "--version");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).as("version from the manifest").startsWith("comm-smoke 0.").doesNotContain("development build");
        assertThat(r.err()).as("no native-access or other warning").isEmpty();
    }

    @Test
    @Timeout(90)
    void shouldLaunchTwoSimRanksWithNoFlagAndNoWarning() throws Exception {
        final Run r = java(jar, "--nranks", "2");

        assertThat(r.exitCode()).as("%s\n%s", r.out(), r.err()).isZero();
        assertThat(r.err()).as("Enable-Native-Access in the manifest: no warning from any JVM").isEmpty();
        assertThat(r.out()).contains("RESULT smoke ranks=2 ");
    }

    @Test
    @Timeout(90)
    void shouldStartRanksWithoutTheLauncherLoadingTheNativeBindings() throws Exception {
        // every JVM, the launcher and the ranks it starts, reads JDK_JAVA_OPTIONS and logs to its own file
        final Run r = java(jar, Map.of("JDK_JAVA_OPTIONS", "-Xlog:class+load:file=" + dir.resolve("load-%p.log")),
            "--nranks", "2");
        assertThat(r.exitCode()).as("%s\n%s", r.out(), r.err()).isZero();

        final List<String> launcherLines = new ArrayList<>();
        final List<String> rankLines = new ArrayList<>();
        try (var logs = Files.list(dir)) {
            for (final Path log : logs.filter(f -> f.getFileName().toString().startsWith("load-")).toList()) {
                final List<String> lines = Files.readAllLines(log);
                final boolean launcher = lines.stream().anyMatch(l -> l.contains(" " + LauncherMode.class.getName() + " "));
                (launcher ? launcherLines : rankLines).addAll(lines);
            }
        }
        assertThat(launcherLines).as("the launcher's class-load log was written").isNotEmpty();
        assertThat(rankLines).as("each rank loads the bindings it calls")
            .anyMatch(l -> l.contains(" io.comm4j.bindings."));
        assertThat(launcherLines.stream().filter(l -> l.contains(" io.comm4j.bindings.")))
            .as("the launcher only checks and starts ranks: loading a binding class costs its start-up "
                + "tens of milliseconds before the first rank starts")
            .isEmpty();
    }

    @Test
    void shouldCarryTheManifestEntriesAndMergedServicesAndNoShadedModuleInfo() throws Exception {
        try (JarFile jf = new JarFile(jar.toFile())) {
            final var attrs = jf.getManifest().getMainAttributes();
            assertThat(attrs.getValue("Main-Class")).isEqualTo(CommSmoke.class.getName());
            assertThat(attrs.getValue("Enable-Native-Access")).isEqualTo("ALL-UNNAMED");
            assertThat(attrs.getValue("Implementation-Version")).isNotBlank();
            final List<String> moduleInfos = jf.stream().map(e -> e.getName())
                .filter(n -> n.endsWith("module-info.class")).toList();
            assertThat(moduleInfos).as("no module-info.class of a shaded dependency").isEmpty();
            try (InputStream in = jf.getInputStream(jf.getEntry("META-INF/services/" + CommBackend.class.getName()))) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as("backends registered")
                    .contains(SimBackend.class.getName());
            }
            assertThat(jf.getEntry("picocli/CommandLine.class")).as("picocli inside").isNotNull();
        }
    }

    @Test
    void shouldShipACompletionScriptForEveryOption() throws Exception {
        final Path script = jar.resolveSibling("comm-smoke_completion.bash");

        assertThat(script).as("picocli's AutoComplete output").isRegularFile();
        assertThat(Files.readString(script)).contains("comm-smoke", "--nranks", "--backend", "--timeout", "--win-size");
    }

    @Test
    @Timeout(90)
    void shouldPassTheRankArchiveToRanksWhenItIsFresh() throws Exception {
        final Path archive = jar.resolveSibling(JvmCommand.RANK_ARCHIVE);
        assertThat(archive).as("the build made the rank archive (or was told not to)").isRegularFile();

        final Run r = java(jar, "--nranks", "1", "-v");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).as("the launcher's debug line names the archive, tagged with who logs it")
            .containsPattern("\\[launcher\\] LauncherMode: starting 1 ranks with: .* -XX:AOTCache=\\S*"
                + JvmCommand.RANK_ARCHIVE);
    }

    @Test
    @Timeout(90)
    void shouldRunWithoutTheArchiveWhenItIsMissingOrStale() throws Exception {
        final Path copy = Files.copy(jar, dir.resolve("comm-smoke.jar"));
        final Run missing = java(copy, "--nranks", "1", "-v");

        final Path stale = Files.copy(jar.resolveSibling(JvmCommand.RANK_ARCHIVE), dir.resolve(JvmCommand.RANK_ARCHIVE),
            StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(3600)));
        final Run old = java(copy, "--nranks", "1", "-v");

        for (final Run r : List.of(missing, old)) {
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.err()).as("no archive passed").contains("rank archive: none usable")
                .doesNotContain("-XX:AOTCache").doesNotContain("[aot]");
        }
    }
}
