package io.comm4j.sim;

import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.comm4j.sim.RankProcesses.describe;
import static io.comm4j.sim.RankProcesses.filesIn;
import static io.comm4j.sim.RankProcesses.segmentsOf;
import static io.comm4j.sim.RankProcesses.startGroup;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13 case 2: comm4j never deletes, truncates or replaces a file it did not create. */
class UserFilesTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final byte[] NOTES = "the user's notes, not comm4j's\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "a user file at <rootinfo>{0} survives a run")
    @ValueSource(strings = {".tmp", ".tmp.1", ".lock", ".c4j"})
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void shouldLeaveAUserFileNextToTheRendezvousPathUntouched(final String suffix) throws Exception {
        final Path path = dir.resolve("rootinfo");
        final Path user = dir.resolve("rootinfo" + suffix);
        Files.write(user, NOTES);
        // the mode comm4j's own files have, so no owner/mode rule can be what spares it
        Files.setPosixFilePermissions(user, PosixFilePermissions.fromString("rw-------"));

        final List<ChildJvm.Result> results = RankProcesses.awaitAll(startGroup("lifecycle", 2, path, TIMEOUT, 4096, 0), LIMIT);

        assertThat(results).as("the group runs%s", describe(results)).allMatch(r -> r.exitCode() == 0);
        assertThat(user).as("the user's file at %s is still there", user).exists();
        assertThat(Files.readAllBytes(user)).as("the user's file is unchanged").isEqualTo(NOTES);
        assertThat(filesIn(dir)).as("comm4j left nothing of its own").containsExactly(user.getFileName().toString());
        assertThat(segmentsOf(path)).as("no segment left").isEmpty();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldRefuseAUserFileAtTheRendezvousPathNamingItAndKeepIt() throws Exception {
        final Path path = dir.resolve("notes.txt");
        Files.write(path, NOTES);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));

        final ChildJvm.Result rank0 = RankProcesses.start("join-only", 0, 2, path, TIMEOUT, 4096, 0).await(LIMIT);

        assertThat(rank0.exitCode()).as("rank 0 fails at INIT%n%s", rank0.describe()).isEqualTo(20);
        assertThat(rank0.stderr()).as("names the file%n%s", rank0.describe()).contains(path.toString());
        assertThat(Files.readAllBytes(path)).as("the user's file is unchanged").isEqualTo(NOTES);
        assertThat(filesIn(dir)).containsExactly("notes.txt");
    }
}
