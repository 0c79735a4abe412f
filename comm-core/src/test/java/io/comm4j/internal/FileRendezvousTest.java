package io.comm4j.internal;

import io.comm4j.CommException;
import io.comm4j.CommTimeoutException;
import io.comm4j.Stage;
import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.comm4j.internal.RendezvousTesting.PAYLOAD;
import static io.comm4j.internal.RendezvousTesting.TAGS;
import static io.comm4j.internal.RendezvousTesting.assertDestroyBarrierFailsEarly;
import static io.comm4j.internal.RendezvousTesting.assertEveryRankMet;
import static io.comm4j.internal.RendezvousTesting.exchange;
import static io.comm4j.internal.RendezvousTesting.exchangeAsync;
import static io.comm4j.internal.RendezvousTesting.leaveAndPrint;
import static io.comm4j.internal.RendezvousTesting.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@Timeout(60)
class FileRendezvousTest {
    @TempDir
    Path dir;

    private FileRendezvous rendezvous(final Path path, final int rank, final int nranks, final Duration timeout) {
        return new FileRendezvous(path, rank, nranks, timeout, "test", TAGS);
    }

    /** A store record at {@code path} as a writer with {@code pid} would leave it, mode 0600. */
    private static void writeRecord(final Path path, final long token, final long pid, final byte[] data)
        throws Exception {
        Files.write(path, new StoreRecord(new StoreRecord.Writer(token, pid, 0), data).encode());
        Files.setPosixFilePermissions(path, PrivateFiles.OWNER_ONLY);
    }

    /** The pid of a process that has exited. */
    private static long deadPid() throws Exception {
        final Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    /** Ranks 0 and 1 of a group of two at {@code rootinfo}, both through their root-info exchange. */
    private List<FileRendezvous> pairPastTheExchange(final Duration timeout) throws Exception {
        final Path path = dir.resolve("rootinfo");
        final FileRendezvous r0 = rendezvous(path, 0, 2, timeout);
        final FileRendezvous r1 = rendezvous(path, 1, 2, timeout);
        final CompletableFuture<byte[]> f1 = exchangeAsync(r1, "p");
        exchangeAsync(r0, "p").get(10, TimeUnit.SECONDS);
        f1.get(10, TimeUnit.SECONDS);
        return List.of(r0, r1);
    }

    private List<String> filesLeft() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void shouldGiveEveryRankRankZerosPayloadAndToken() throws Exception {
        final Path path = dir.resolve("rootinfo");
        final List<FileRendezvous> ranks = new ArrayList<>();
        final List<CompletableFuture<byte[]>> results = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            ranks.add(rendezvous(path, r, 3, Duration.ofSeconds(20)));
            results.add(exchangeAsync(ranks.get(r), "from-root"));
        }
        for (int r = 0; r < 3; r++) {
            assertThat(results.get(r).get(30, TimeUnit.SECONDS)).as("payload seen by rank %d", r)
                .isEqualTo(payload("from-root"));
            assertThat(ranks.get(r).runToken()).as("run token of rank %d", r).isEqualTo(ranks.get(0).runToken());
        }
        assertThat(Files.getPosixFilePermissions(path)).as("root-info file permissions")
            .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void shouldNeverJoinAStaleRootInfoFileFromAnEarlierRun() throws Exception {
        final Path path = dir.resolve("rootinfo");
        writeRecord(path, 0x1234L, deadPid(), payload("stale"));
        final FileRendezvous late = rendezvous(path, 1, 2, Duration.ofSeconds(20));
        final CompletableFuture<byte[]> nonRoot = exchangeAsync(late, "unused");
        Thread.sleep(100); // rank 1 looks at the crashed run's record first

        final FileRendezvous root = rendezvous(path, 0, 2, Duration.ofSeconds(20));
        final byte[] rootResult = exchangeAsync(root, "fresh").get(30, TimeUnit.SECONDS);

        assertThat(nonRoot.get(30, TimeUnit.SECONDS)).as("rank 1 must end with the new run's payload")
            .isEqualTo(payload("fresh")).isEqualTo(rootResult);
        assertThat(late.runToken()).as("rank 1's token after rank 0 replaced the crashed run's record")
            .isEqualTo(root.runToken()).isNotEqualTo(0x1234L);
    }

    @Test
    void shouldRefuseAtInitAFileAtThePathThatIsNotARecordAndLeaveIt() throws Exception {
        final Path path = dir.resolve("notes.txt");
        Files.writeString(path, "the user's notes");
        assertThatThrownBy(() -> exchange(rendezvous(path, 0, 2, Duration.ofSeconds(2)), "x"))
            .isInstanceOfSatisfying(CommException.class, e -> assertThat(e.stage()).isEqualTo(Stage.INIT))
            .hasMessageContaining("refusing rendezvous file " + path);
        assertThat(path).as("the user's file is untouched").hasContent("the user's notes");
        assertThat(filesLeft()).as("nothing else was left").containsExactly("notes.txt");
    }

    @Test
    void shouldRefuseAtInitTheRecordOfALiveRunAtThePath() throws Exception {
        final Path path = dir.resolve("rootinfo");
        writeRecord(path, 0x77L, ProcessHandle.current().pid(), payload("live"));
        assertThatThrownBy(() -> exchange(rendezvous(path, 0, 2, Duration.ofSeconds(2)), "x"))
            .isInstanceOf(CommException.class).hasMessageContaining("belongs to a live run");
        assertThat(Files.size(path)).as("the live run's record is untouched")
            .isEqualTo(StoreRecord.HEADER_BYTES + PAYLOAD);
    }

    @Test
    void shouldTreatShortOrWrongFilesAsNotReadyUntilTheDeadline() throws Exception {
        final Path path = dir.resolve("rootinfo");
        Files.write(path, payload("wrong magic"));
        Files.setPosixFilePermissions(path, PrivateFiles.OWNER_ONLY);
        final FileRendezvous rv = rendezvous(path, 1, 2, Duration.ofMillis(300));
        assertThatThrownBy(() -> exchange(rv, "x"))
            .isInstanceOf(CommTimeoutException.class)
            .hasMessageContaining("waiting for rank 0 to publish a valid root-info file");

        Files.write(path, new byte[10]);
        assertThatThrownBy(() -> exchange(rendezvous(path, 1, 2, Duration.ofMillis(300)), "x"))
            .as("a short file is not ready").isInstanceOf(CommTimeoutException.class);

        writeRecord(path, 7, ProcessHandle.current().pid(), Arrays.copyOf(payload("wrong size"), PAYLOAD + 1));
        assertThatThrownBy(() -> exchange(rendezvous(path, 1, 2, Duration.ofMillis(300)), "x"))
            .as("a file with another payload size is not ready").isInstanceOf(CommTimeoutException.class);
    }

    @Test
    void shouldTimeOutABarrierWithinDeadlinePlusOneSecondNamingTheMissingRank() throws Exception {
        final Path path = dir.resolve("rootinfo");
        final Duration timeout = Duration.ofSeconds(1);
        final FileRendezvous r0 = rendezvous(path, 0, 3, timeout);
        final FileRendezvous r1 = rendezvous(path, 1, 3, timeout);
        final long start = System.nanoTime();
        final CompletableFuture<byte[]> f0 = exchangeAsync(r0, "p");
        final CompletableFuture<byte[]> f1 = exchangeAsync(r1, "p");
        for (final CompletableFuture<byte[]> f : List.of(f0, f1)) {
            assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(CommTimeoutException.class)
                .hasMessageContaining("waiting for rank 2 to write " + path + ".barrier.rootinfo_ready.2")
                .hasMessageContaining("barrier 'rootinfo_ready'");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time to report the missing rank")
            .isLessThan(timeout.plusSeconds(1));
    }

    @Test
    void shouldRemoveItsFilesWhenStartUpFails() throws Exception {
        final Path path = dir.resolve("rootinfo");
        assertThatThrownBy(() -> exchange(rendezvous(path, 0, 2, Duration.ofMillis(200)), "p"))
            .isInstanceOf(CommTimeoutException.class);
        assertThat(filesLeft()).as("files after rank 0's start-up timed out").isEmpty();
    }

    @Test
    void shouldReportTheStageItWasGivenForLaterBarriers() throws Exception {
        final List<FileRendezvous> pair = pairPastTheExchange(Duration.ofMillis(500));
        final FileRendezvous r0 = pair.get(0);
        final FileRendezvous r1 = pair.get(1);
        assertThatThrownBy(() -> r0.barrier("hccl_init", Stage.ALLOC))
            .isInstanceOfSatisfying(CommException.class, e -> assertThat(e.stage()).isEqualTo(Stage.ALLOC))
            .hasMessageContaining("rank 1 to write");
    }

    @Test
    void shouldRefuseARootInfoFileThatIsASymbolicLink() throws Exception {
        final Path target = dir.resolve("elsewhere");
        writeRecord(target, 7, ProcessHandle.current().pid(), payload("planted"));
        final Path path = Files.createSymbolicLink(dir.resolve("rootinfo"), target);
        assertThatThrownBy(() -> exchange(rendezvous(path, 1, 2, Duration.ofSeconds(2)), "x"))
            .isInstanceOf(CommException.class).hasMessageContaining("a symbolic link");
    }

    @Test
    void shouldRefuseARootInfoFileOwnedByAnotherUser() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to give a file away");
        final Path path = dir.resolve("rootinfo");
        writeRecord(path, 7, ProcessHandle.current().pid(), payload("planted"));
        final UserPrincipal nobody = dir.getFileSystem().getUserPrincipalLookupService()
            .lookupPrincipalByName("nobody");
        Files.setOwner(path, nobody);
        assertThatThrownBy(() -> exchange(rendezvous(path, 1, 2, Duration.ofSeconds(2)), "x"))
            .isInstanceOf(CommException.class).hasMessageContaining("owned by uid");
    }

    @Test
    void shouldLeaveNothingBehindOnceEveryRankHasLeft() throws Exception {
        final List<FileRendezvous> pair = pairPastTheExchange(Duration.ofSeconds(10));
        final FileRendezvous r0 = pair.get(0);
        final FileRendezvous r1 = pair.get(1);
        final CompletableFuture<Void> b1 = CompletableFuture.runAsync(() -> r1.barrier("destroy", Stage.DESTROY));
        r0.barrier("destroy", Stage.DESTROY);
        b1.get(10, TimeUnit.SECONDS);
        r1.leave();
        assertThat(filesLeft()).as("files while rank 0 has not left").isNotEmpty();
        r0.leave();
        assertThat(filesLeft()).as("files after every rank left").isEmpty();
    }

    @Test
    void shouldNotRemoveFilesOfAGroupWhosePathSharesAPrefix() throws Exception {
        final Path other = dir.resolve("rv_x");
        writeRecord(other, 9, deadPid(), payload("other group"));
        final Path otherReady = dir.resolve("rv_x.barrier.rootinfo_ready.0");
        writeRecord(otherReady, 9, deadPid(), new byte[0]);
        final Path path = dir.resolve("rv");
        final FileRendezvous r0 = rendezvous(path, 0, 1, Duration.ofSeconds(5));
        exchange(r0, "mine");
        r0.removeAll();
        assertThat(other).as("other group's root info").exists();
        assertThat(otherReady).as("other group's barrier file").exists();
        assertThat(path).as("own root info after removeAll").doesNotExist();
    }

    @Test
    void shouldMeetAcrossRealProcesses() {
        final Path path = dir.resolve("rootinfo");
        final List<ChildJvm.Running> ranks = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            ranks.add(ChildJvm.of(RendezvousRank.class).args(path, r, 2).start());
        }
        assertEveryRankMet(ranks, Duration.ofSeconds(40));
        assertThat(path).as("root-info file after both ranks left").doesNotExist();
    }

    @Test
    void shouldFailABarrierAtOnceWhenAPeerThatJoinedThisRunHasDied() throws Exception {
        final Path path = dir.resolve("rootinfo");
        final Duration timeout = Duration.ofSeconds(30);
        final FileRendezvous r0 = rendezvous(path, 0, 2, timeout);
        final CompletableFuture<byte[]> f0 = exchangeAsync(r0, "p");
        final ChildJvm.Running peer = ChildJvm.of(DyingRank.class).args(path).start();
        final ChildJvm.Result died = peer.await(Duration.ofSeconds(40));
        f0.get(10, TimeUnit.SECONDS);
        assertThat(died.exitCode()).as("the peer halts after init: %s", died.describe()).isEqualTo(DyingRank.DIED);

        assertDestroyBarrierFailsEarly(r0, timeout, "a barrier waiting for a dead peer fails naming it",
            "rank 1 (pid " + peer.process().pid() + ", no longer running)");
        r0.leave();
    }

    /** Rank 1 of {@link #shouldFailABarrierAtOnceWhenAPeerThatJoinedThisRunHasDied}: joins, then halts without leaving. */
    static final class DyingRank {
        static final int DIED = 99;

        public static void main(final String[] args) {
            final FileRendezvous rv = new FileRendezvous(Path.of(args[0]), 1, 2, Duration.ofSeconds(30), "test", TAGS);
            exchange(rv, "unused");
            Runtime.getRuntime().halt(DIED);
        }
    }

    /** One rank of {@link #shouldMeetAcrossRealProcesses}: exchange, barrier, leave, print what it got. */
    static final class RendezvousRank {
        public static void main(final String[] args) {
            final FileRendezvous rv = new FileRendezvous(Path.of(args[0]), Integer.parseInt(args[1]),
                Integer.parseInt(args[2]), Duration.ofSeconds(30), "test", TAGS);
            leaveAndPrint(rv, exchange(rv, "from-pid"));
        }
    }
}
