package io.comm4j.cli;

import io.comm4j.Stage;
import io.comm4j.internal.Waiter;
import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A rank started by hand and stopped by Ctrl-C or kill cleans up as after a failure (issue 13, case 6). */
class RankSignalTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private static List<String> shm() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("/dev/shm"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void assertCleanupOnSignal(final boolean sigint, final int expectedExit) throws Exception {
        final List<String> shmBefore = shm();
        final Path rootInfo = dir.resolve("rootinfo");
        // rank 0 of 2 alone: it publishes its rendezvous file and segment, then waits in init for rank 1
        final ChildJvm.Running rank0 = ChildJvm.of(CommSmoke.class)
            .args("--rank", 0, "--nranks", 2, "--rootinfo", rootInfo, "--timeout", "30s").start();
        Waiter.system("test").await(() -> Files.exists(rootInfo), Duration.ofSeconds(30), Stage.INIT,
            () -> "rank 0's rendezvous file");
        Thread.sleep(300);

        new ProcessBuilder("kill", sigint ? "-INT" : "-TERM", Long.toString(rank0.process().pid())).start().waitFor();
        final ChildJvm.Result r = rank0.await(LIMIT);

        assertThat(r.exitCode()).as("exit code after the signal\n%s", r.describe()).isEqualTo(expectedExit);
        assertThat(r.stderr()).as("one line says what happened\n%s", r.describe())
            .containsPattern("(?m)^comm-smoke: rank 0 stopped by a signal in init; cleaned up as after a failure$");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.toList()).as("nothing left next to the rendezvous path\n%s", r.describe()).isEmpty();
        }
        final List<String> added = shm().stream().filter(n -> n.startsWith("comm4j-") && !shmBefore.contains(n))
            .toList();
        assertThat(added).as("no segment left in /dev/shm (a concurrent run on this host would add its own)\n%s",
            r.describe()).isEmpty();
    }

    @Test
    @Timeout(90)
    void shouldCleanUpAndExit143OnSigterm() throws Exception {
        assertCleanupOnSignal(false, 143);
    }

    @Test
    @Timeout(90)
    void shouldCleanUpAndExit130OnSigint() throws Exception {
        assertCleanupOnSignal(true, 130);
    }
}
