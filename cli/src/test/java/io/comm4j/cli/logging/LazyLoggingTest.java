package io.comm4j.cli.logging;

import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** comm-smoke's logging, in fresh JVMs: quiet and without log4j-core until something passes the threshold. */
class LazyLoggingTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private record Probe(ChildJvm.Result result, boolean coreStarted) {
    }

    private Probe probe(final String... args) throws IOException {
        final Path classes = dir.resolve("classes-" + String.join("-", args) + ".log");
        final ChildJvm.Result r = ChildJvm.of(LoggingProbe.class).jvmArg("-Xlog:class+load:file=" + classes)
            .args((Object[]) args).run(LIMIT);
        final boolean core = Files.readString(classes).contains("org.apache.logging.log4j.core.LoggerContext ");
        return new Probe(r, core);
    }

    @Test
    @Timeout(90)
    void shouldDropDebugWithoutStartingLog4jCore() throws IOException {
        final Probe p = probe("false", "debug");

        assertThat(p.result().stderr()).as("nothing printed\n%s", p.result().describe()).isEmpty();
        assertThat(p.coreStarted()).as("log4j-core's LoggerContext never loaded").isFalse();
    }

    @Test
    @Timeout(90)
    void shouldPrintAWarningToStderrNamingTheRank() throws IOException {
        final Probe p = probe("false", "debug", "warn");

        assertThat(p.result().stderr()).as(p.result().describe())
            .containsPattern("WARN +\\[rank 7\\] probe: a warning line")
            .doesNotContain("a debug line");
        assertThat(p.result().stdout()).as("logging never goes to stdout").isEmpty();
        assertThat(p.coreStarted()).as("log4j-core started for the warning").isTrue();
    }

    @Test
    @Timeout(90)
    void shouldPrintDebugWithVerbose() throws IOException {
        final Probe p = probe("true", "debug");

        assertThat(p.result().stderr()).as(p.result().describe())
            .containsPattern("DEBUG +\\[rank 7\\] probe: a debug line");
    }
}
