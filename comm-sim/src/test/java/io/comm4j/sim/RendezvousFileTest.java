package io.comm4j.sim;

import io.comm4j.CommException;
import io.comm4j.Stage;
import io.comm4j.internal.PrivateFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RendezvousFileTest {
    @TempDir
    Path dir;

    @Test
    void shouldReadBackWhatItPublishedAtomicallyAndOwnerOnly() throws Exception {
        final Path path = dir.resolve("rootinfo");
        final RendezvousFile file = new RendezvousFile(4, 0xabcdefL, new ProcessIdentity(42, 4242), SegmentName.of(path, 0xabcdefL));
        file.publish(path);

        assertThat(RendezvousFile.read(path, Libc.getuid())).isEqualTo(new RendezvousFile.Valid(file));
        assertThat(Files.getPosixFilePermissions(path)).isEqualTo(PrivateFiles.OWNER_ONLY);
        assertThat(Files.size(path)).isEqualTo(RendezvousFile.BYTES);
        assertThat(RankProcesses.filesIn(dir)).as("no temporary file left").containsExactly("rootinfo");
    }

    @Test
    void shouldReplaceATemporaryOfADeadWriterAndRefuseOneOfALiveWriter() throws Exception {
        final Path path = dir.resolve("rootinfo");
        final Path tmp = RendezvousFile.tmpPath(path);
        final RendezvousFile ours = new RendezvousFile(2, 7, ProcessIdentity.self(), SegmentName.of(path, 7));

        Files.write(tmp, new RendezvousFile(2, 5, new ProcessIdentity(Long.MAX_VALUE - 1, 1), SegmentName.of(path, 5)).encode());
        Files.setPosixFilePermissions(tmp, PrivateFiles.OWNER_ONLY);
        ours.publish(path);
        assertThat(RendezvousFile.read(path, Libc.getuid())).as("a dead writer's temporary was replaced")
            .isEqualTo(new RendezvousFile.Valid(ours));

        Files.write(tmp, new RendezvousFile(2, 6, ProcessIdentity.of(1), SegmentName.of(path, 6)).encode());
        Files.setPosixFilePermissions(tmp, PrivateFiles.OWNER_ONLY);
        assertThatThrownBy(() -> ours.publish(path)).isInstanceOfSatisfying(CommException.class, e -> {
            assertThat(e.stage()).isEqualTo(Stage.INIT);
            assertThat(e.getMessage()).contains("another rank 0 (pid 1)");
        });
        assertThat(tmp).as("a live writer's temporary is left alone").exists();
    }

    @Test
    void shouldTreatAShortOrGarbledFileAsForeign() throws Exception {
        final Path path = dir.resolve("rootinfo");
        Files.write(path, new byte[RendezvousFile.BYTES]);
        Files.setPosixFilePermissions(path, PrivateFiles.OWNER_ONLY);
        assertThat(RendezvousFile.read(path, Libc.getuid())).isInstanceOf(RendezvousFile.Foreign.class);
        Files.write(path, new byte[3]);
        assertThat(RendezvousFile.read(path, Libc.getuid())).isInstanceOf(RendezvousFile.Foreign.class);
        assertThat(RendezvousFile.read(dir.resolve("absent"), Libc.getuid())).isInstanceOf(RendezvousFile.Absent.class);
    }

    @Test
    void shouldDeleteOnlyTheFileOfItsOwnLaunch() {
        final Path path = dir.resolve("rootinfo");
        final RendezvousFile ours = new RendezvousFile(2, 1, ProcessIdentity.self(), SegmentName.of(path, 1));
        final RendezvousFile later = new RendezvousFile(2, 2, ProcessIdentity.self(), SegmentName.of(path, 2));
        later.publish(path);
        assertThat(ours.deleteIfOurs(path, Libc.getuid())).as("another launch's file is kept").isFalse();
        assertThat(later.deleteIfOurs(path, Libc.getuid())).isTrue();
        assertThat(path).doesNotExist();
    }

    @Test
    void shouldNameSegmentsWithinTheMacosLimitAndSeparateLaunchesAndPaths() {
        final String a = SegmentName.of(dir.resolve("a"), 1);
        assertThat(a).hasSize(SegmentName.LENGTH).hasSizeLessThanOrEqualTo(31).startsWith("/comm4j-");
        assertThat(SegmentName.of(dir.resolve("a"), 2)).as("another launch").isNotEqualTo(a);
        assertThat(SegmentName.of(dir.resolve("b"), 1)).as("another path").isNotEqualTo(a);
        assertThat(SegmentName.of(dir.resolve("x/../a"), 1)).as("the same path spelled differently").isEqualTo(a);
    }

    @Test
    void shouldTellALiveProcessFromADeadOneOrAReusedPid() {
        assertThat(ProcessIdentity.self().isAlive()).isTrue();
        assertThat(new ProcessIdentity(ProcessIdentity.self().pid(), ProcessIdentity.self().startTime() + 1).isAlive())
            .as("same pid, other start time: another process").isFalse();
        assertThat(new ProcessIdentity(0, 0).isAlive()).isFalse();
    }
}
