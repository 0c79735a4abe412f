package io.comm4j.sim;

import io.comm4j.internal.FileStore;
import io.comm4j.internal.RendezvousStore.Lookup;
import io.comm4j.internal.StoreRecord;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The file rendezvous store's promises: one publisher wins, only its own records go, foreign files stay. */
class RendezvousStoreTest {
    @TempDir
    Path dir;

    @RepeatedTest(20)
    void shouldLetExactlyOneOfTwoRacingRankZerosPublish() throws Exception {
        final Path path = dir.resolve("rootinfo");
        final CyclicBarrier start = new CyclicBarrier(2);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            final Future<Boolean> a = pool.submit(() -> { start.await(); return RankProcesses.publishLaunch(path, 2, 11); });
            final Future<Boolean> b = pool.submit(() -> { start.await(); return RankProcesses.publishLaunch(path, 2, 12); });
            assertThat(a.get() ^ b.get()).as("exactly one of two racing publishers wins (a=%s b=%s)", a.get(), b.get())
                .isTrue();
        }
        assertThat(RankProcesses.filesIn(dir)).as("no temporary left").containsExactly("rootinfo");
    }

    @Test
    void shouldDeleteOnlyItsOwnRecord() throws Exception {
        final Path path = dir.resolve("rootinfo");
        assertThat(RankProcesses.publishLaunch(path, 2, 21)).isTrue();

        assertThat(RankProcesses.store(path, 22).deleteOwn(FileStore.ROOT)).as("another run's store deletes nothing").isFalse();
        assertThat(RankProcesses.store(path, 0).deleteOwn(FileStore.ROOT)).as("a read-only store deletes nothing").isFalse();
        assertThat(path).exists();
        assertThat(RankProcesses.store(path, 21).deleteOwn(FileStore.ROOT)).as("the writer's own run deletes it").isTrue();
        assertThat(RankProcesses.filesIn(dir)).isEmpty();
    }

    @Test
    void shouldNeverReplaceOrDeleteAUserFile() throws Exception {
        final Path path = dir.resolve("rootinfo");
        Files.writeString(path, "user data");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        final FileStore store = RankProcesses.store(path, 31);

        assertThat(store.get(FileStore.ROOT)).isInstanceOf(Lookup.Foreign.class);
        assertThat(store.set(FileStore.ROOT, new byte[] {1})).as("set refuses a foreign file").isFalse();
        assertThat(store.compareAndSet(FileStore.ROOT, Optional.of(31L), new byte[] {1})).isFalse();
        assertThat(store.deleteOwn(FileStore.ROOT)).isFalse();
        assertThat(store.deleteIfWriterDead(FileStore.ROOT)).isEmpty();
        assertThat(Files.readString(path)).as("the user's file is unchanged").isEqualTo("user data");
        assertThat(RankProcesses.filesIn(dir)).containsExactly("rootinfo");
    }

    @Test
    void shouldRefuseASymbolicLinkAndAWiderMode() throws Exception {
        final Path target = dir.resolve("elsewhere");
        Files.writeString(target, "x");
        final Path link = dir.resolve("rootinfo");
        Files.createSymbolicLink(link, target);
        final Path wide = dir.resolve("wide");
        Files.writeString(wide, "x");
        Files.setPosixFilePermissions(wide, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(RankProcesses.store(link, 1).get(FileStore.ROOT)).as("a link is never followed")
            .isInstanceOfSatisfying(Lookup.Foreign.class, f -> assertThat(f.why()).contains("symbolic link"));
        assertThat(RankProcesses.store(wide, 1).get(FileStore.ROOT))
            .isInstanceOfSatisfying(Lookup.Foreign.class, f -> assertThat(f.why()).contains("mode 0644"));
    }

    @Test
    void shouldDeleteARecordOfADeadWriterOnly() throws Exception {
        final Path path = dir.resolve("rootinfo");
        assertThat(RankProcesses.publishLaunch(path, 2, 41)).isTrue();
        assertThat(RankProcesses.store(path, 0).deleteIfWriterDead(FileStore.ROOT)).as("this JVM is alive").isEmpty();
        final StoreRecord record = ((Lookup.Present) RankProcesses.store(path, 0).get(FileStore.ROOT)).record();
        assertThat(record.writer().token()).isEqualTo(41);
        assertThat(path).exists();
    }
}
