package io.comm4j.cli;

import io.comm4j.Stage;
import io.comm4j.cli.testing.ScriptedBackend;
import io.comm4j.internal.Waiter;
import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a launcher that could not clean up leaves under {@code $TMPDIR}, and what the next launcher removes
 * of it: only directories a launcher of comm4j created and whose launcher is gone.
 */
class LauncherModeLeftoversTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    @Test
    @Timeout(120)
    void shouldRemoveTheDirectoryOfALauncherKilledWithSigkillOnTheNextRun() throws Exception {
        final ChildJvm.Running killed = ChildJvm.of(CommSmoke.class).args("--backend", "scripted", "--nranks", "2",
            "--timeout", "60s").env(ScriptedBackend.ENV, "hang:init@*").env("TMPDIR", tmp.toString()).start();
        final Waiter waiter = Waiter.system("test");
        waiter.await(() -> killed.process().descendants().filter(ProcessHandle::isAlive).count() >= 2,
            Duration.ofSeconds(30), Stage.INIT, () -> "2 rank processes");
        final List<ProcessHandle> ranks = killed.process().descendants().filter(ProcessHandle::isAlive).toList();
        try {
            killed.process().destroyForcibly(); // SIGKILL: neither the finally nor the shutdown hook runs
            waiter.await(() -> ranks.stream().noneMatch(ProcessHandle::isAlive) && !killed.process().isAlive(),
                Duration.ofSeconds(10), Stage.DESTROY, () -> "the killed launcher and its ranks to exit");
        } finally {
            ranks.forEach(ProcessHandle::destroyForcibly);
        }
        assertThat(entries()).as("precondition: the killed launcher left its private directory behind")
            .anyMatch(p -> p.getFileName().toString().startsWith("comm4j-smoke-"));

        final ChildJvm.Result next = ChildJvm.of(CommSmoke.class).args("--nranks", "2")
            .env("TMPDIR", tmp.toString()).run(LIMIT);

        assertThat(next.exitCode()).as("the next run passes\n%s", next.describe()).isZero();
        assertThat(entries()).as("the next launcher removed the dead launcher's directory and its own\n%s",
            next.describe()).isEmpty();
    }

    @Test
    @Timeout(90)
    void shouldLeaveADirectoryWithALaunchersNameButNoLauncherRecordAlone() throws Exception {
        final Path notOurs = Files.createDirectory(tmp.resolve("comm4j-smoke-123456789"));
        Files.writeString(notOurs.resolve("notes.txt"), "the user's own file");

        final ChildJvm.Result next = ChildJvm.of(CommSmoke.class).args("--nranks", "2")
            .env("TMPDIR", tmp.toString()).run(LIMIT);

        assertThat(next.exitCode()).as("the run passes\n%s", next.describe()).isZero();
        assertThat(notOurs.resolve("notes.txt")).as("a directory comm4j cannot prove it made is not touched")
            .hasContent("the user's own file");
    }

    @Test
    @Timeout(90)
    void shouldLeaveTheDirectoryOfALauncherThatStillRunsAlone() throws Exception {
        final Path live = Files.createDirectory(tmp.resolve("comm4j-smoke-987654321"));
        final ProcessHandle me = ProcessHandle.current();
        Files.writeString(live.resolve(LauncherDirectory.RECORD), LauncherDirectory.record(me));
        Files.writeString(live.resolve("rootinfo"), "a live group's rendezvous");

        final ChildJvm.Result next = ChildJvm.of(CommSmoke.class).args("--nranks", "2")
            .env("TMPDIR", tmp.toString()).run(LIMIT);

        assertThat(next.exitCode()).as("the run passes\n%s", next.describe()).isZero();
        assertThat(live.resolve("rootinfo")).as("a running launcher's directory is not touched").exists();
    }

    private List<Path> entries() throws Exception {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.toList();
        }
    }
}
