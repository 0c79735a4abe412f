package io.comm4j.cli;

import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the launcher puts its rendezvous directory: {@code $TMPDIR} when it is a directory, with real processes. */
class TempBaseTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    @Timeout(90)
    void shouldPutTheLaunchersRendezvousUnderTmpdirAndLeaveNothingThere() throws Exception {
        final ChildJvm.Result r = ChildJvm.of(CommSmoke.class).args("--nranks", 2).env("TMPDIR", dir.toString())
            .run(LIMIT);

        assertThat(r.exitCode()).as("the smoke passes\n%s", r.describe()).isZero();
        assertThat(r.stdout()).as("the rendezvous path is under $TMPDIR\n%s", r.describe())
            .contains("rootinfo=" + dir.resolve("comm4j-smoke-"));
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.toList()).as("the launcher removes its directory under $TMPDIR").isEmpty();
        }
    }

    @Test
    @Timeout(90)
    void shouldFallBackToJavaTmpdirWhenTmpdirIsNotADirectory() {
        final Path missing = dir.resolve("no-such-dir");
        final ChildJvm.Result r = ChildJvm.of(CommSmoke.class).args("--nranks", 2).env("TMPDIR", missing.toString())
            .run(LIMIT);

        assertThat(r.exitCode()).as("the smoke passes\n%s", r.describe()).isZero();
        assertThat(r.stdout()).as("the rendezvous path is under java.io.tmpdir\n%s", r.describe())
            .contains("rootinfo=" + Path.of(System.getProperty("java.io.tmpdir")).resolve("comm4j-smoke-"));
        assertThat(missing).as("a $TMPDIR that is not a directory is not created").doesNotExist();
    }
}
