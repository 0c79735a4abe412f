package io.comm4j.sim;

import io.comm4j.Stage;
import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.comm4j.sim.RankProcesses.describe;
import static io.comm4j.sim.RankProcesses.filesIn;
import static io.comm4j.sim.RankProcesses.segmentsOf;
import static io.comm4j.sim.RankProcesses.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Peers that die, files and segments of other users, permissions: with real rank processes. */
class SimFailureTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "a peer that dies {0} fails the survivor at {1}")
    @CsvSource({"die-before-alloc, ALLOC", "die-before-barrier, BARRIER", "die-before-destroy, DESTROY"})
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void shouldFailTheSurvivorAtThatStageWithinTheTimeoutNamingTheDeadRank(final String scenario, final Stage stage)
        throws Exception {
        final Path path = dir.resolve("rootinfo");
        final ChildJvm.Running survivor = start("lifecycle", 0, 2, path, TIMEOUT, 4096, 0);
        final ChildJvm.Running victim = start(scenario, 1, 2, path, TIMEOUT, 4096, 0);
        final CompletableFuture<Long> victimDied = victim.process().onExit().thenApply(p -> System.nanoTime());
        final CompletableFuture<Long> survivorDone = survivor.process().onExit().thenApply(p -> System.nanoTime());
        final ChildJvm.Result dead = victim.await(LIMIT);
        final ChildJvm.Result result = survivor.await(LIMIT);
        final List<ChildJvm.Result> results = List.of(result, dead);

        assertThat(dead.exitCode()).as("the victim died on purpose%s", describe(results)).isEqualTo(SimRank.DIED);
        assertThat(result.exitCode()).as("the survivor's exit code%s", describe(results)).isEqualTo(stage.exitCode());
        assertThat(result.stderr()).as("the survivor names the dead rank%s", describe(results))
            .contains("rank 1 (pid " + victim.process().pid() + ", no longer running)");
        final Duration afterDeath = Duration.ofNanos(survivorDone.get() - victimDied.get());
        assertThat(afterDeath).as("survivor failed within timeout + 1 s of the death").isLessThan(TIMEOUT.plusSeconds(1));
        assertThat(segmentsOf(path)).as("no segment leaks even though a rank died").isEmpty();
        assertThat(filesIn(dir)).isEmpty();
    }

    /** The survivor's and the victim's results, and how long the survivor ran on after the death. */
    private record Death(ChildJvm.Result survivor, long victimPid, Duration afterDeath, String described) {
    }

    /** Rank 0 runs the lifecycle with a 30 s timeout while rank 1 runs {@code victimMode} and dies. */
    private Death rankOneDiesIn(final String victimMode, final Path path) throws Exception {
        final ChildJvm.Running survivor = start("lifecycle", 0, 2, path, LONG_TIMEOUT, 4096, 0);
        final ChildJvm.Running victim = start(victimMode, 1, 2, path, LONG_TIMEOUT, 4096, 0);
        final CompletableFuture<Long> victimDied = victim.process().onExit().thenApply(p -> System.nanoTime());
        final CompletableFuture<Long> survivorDone = survivor.process().onExit().thenApply(p -> System.nanoTime());
        final ChildJvm.Result dead = victim.await(LIMIT);
        final ChildJvm.Result result = survivor.await(LIMIT);
        return new Death(result, victim.process().pid(), Duration.ofNanos(survivorDone.get() - victimDied.get()),
            describe(List.of(result, dead)));
    }

    /** Long enough that a survivor failing on the dead peer at once is told apart from one timing out. */
    private static final Duration LONG_TIMEOUT = Duration.ofSeconds(30);

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void shouldFailTheSurvivorsBarrierAsSoonAsItSeesThePeerDeadNotAtTheTimeout() throws Exception {
        final Path path = dir.resolve("rootinfo");
        final Death death = rankOneDiesIn("die-before-barrier", path);

        assertThat(death.survivor().exitCode()).as("the survivor fails at the barrier%s", death.described())
            .isEqualTo(Stage.BARRIER.exitCode());
        assertThat(death.survivor().stderr()).as("the survivor names the dead rank%s", death.described())
            .contains("rank 1 (pid " + death.victimPid() + ", no longer running) died");
        assertThat(death.afterDeath()).as("a dead peer must not hold the barrier to the %s timeout%s", LONG_TIMEOUT,
            death.described()).isLessThan(LONG_TIMEOUT.dividedBy(3));
        assertThat(segmentsOf(path)).as("no segment leaks even though a rank died").isEmpty();
        assertThat(filesIn(dir)).as("nothing left next to the rendezvous path").isEmpty();
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void shouldEndTheSurvivorsCloseAsSoonAsItSeesThePeerDeadNotAtTheTimeout() throws Exception {
        final Path path = dir.resolve("rootinfo");
        final Death death = rankOneDiesIn("die-before-destroy", path);

        assertThat(death.survivor().exitCode()).as("the survivor fails at destroy%s", death.described())
            .isEqualTo(Stage.DESTROY.exitCode());
        assertThat(death.survivor().stderr()).as("the survivor names the dead rank%s", death.described())
            .contains("rank 1 (pid " + death.victimPid() + ", no longer running)");
        assertThat(death.afterDeath()).as("a dead peer must not hold close to the %s timeout%s", LONG_TIMEOUT,
            death.described()).isLessThan(LONG_TIMEOUT.dividedBy(3));
        assertThat(segmentsOf(path)).as("no segment leaks even though a rank died").isEmpty();
        assertThat(filesIn(dir)).as("nothing left next to the rendezvous path").isEmpty();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldCreateTheRendezvousFileAndTheSegmentOwnerOnly() throws Exception {
        final Path path = dir.resolve("rootinfo");
        final ChildJvm.Running rank0 = start("join-only", 0, 2, path, Duration.ofSeconds(20), 4096, 0);
        final long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Files.exists(path) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        final String segment = RankProcesses.launchSegment(path);
        final Path shm = Path.of("/dev/shm", segment.substring(1));
        final String filePerms = PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        final String shmPerms = PosixFilePermissions.toString(Files.getPosixFilePermissions(shm));
        final ChildJvm.Running rank1 = start("join-only", 1, 2, path, Duration.ofSeconds(20), 4096, 0);
        final List<ChildJvm.Result> results = RankProcesses.awaitAll(List.of(rank0, rank1), LIMIT);

        assertThat(filePerms).as("rendezvous file mode").isEqualTo("rw-------");
        assertThat(shmPerms).as("segment mode").isEqualTo("rw-------");
        assertThat(results).as("the group still meets%s", describe(results)).allMatch(r -> r.exitCode() == 0);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldRefuseASegmentOwnedByAnotherUser() throws Exception {
        assumeTrue(Libc.getuid() == 0, "needs root to give a segment to another user");
        final Path path = dir.resolve("rootinfo");
        final String name = SegmentName.of(path, 0x5eed);
        final int fd = Libc.shmOpen(Stage.INIT, name, true, 0);
        try {
            Libc.reserve(Stage.INIT, name, fd, SegmentDescriptor.HEADER_BYTES);
            final UserPrincipal nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(Path.of("/dev/shm", name.substring(1)), nobody);
            // a live creator (this JVM) names the foreign segment in a file we own
            RankProcesses.publishLaunch(path, 2, 0x5eed);

            final ChildJvm.Result result = start("join-only", 1, 2, path, Duration.ofSeconds(10), 4096, 0).await(LIMIT);

            assertThat(result.exitCode()).as("joiner's exit code%n%s", result.describe()).isEqualTo(Stage.INIT.exitCode());
            assertThat(result.stderr()).as("the joiner says whose segment it refused")
                .contains("refusing segment " + name).contains("owned by uid 65534");
        } finally {
            Libc.close(Stage.DESTROY, name, fd);
            Libc.shmUnlink(Stage.DESTROY, name);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldRefuseARendezvousFileOwnedByAnotherUser() throws Exception {
        assumeTrue(Libc.getuid() == 0, "needs root to give a file to another user");
        final Path path = dir.resolve("rootinfo");
        RankProcesses.publishLaunch(path, 2, 0x5eed);
        Files.setOwner(path, dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));

        final ChildJvm.Result joiner = start("join-only", 1, 2, path, Duration.ofSeconds(10), 4096, 0).await(LIMIT);
        final ChildJvm.Result creator = start("join-only", 0, 2, path, Duration.ofSeconds(10), 4096, 0).await(LIMIT);

        for (final ChildJvm.Result result : List.of(joiner, creator)) {
            assertThat(result.exitCode()).as("exit code%n%s", result.describe()).isEqualTo(Stage.INIT.exitCode());
            assertThat(result.stderr()).as("names the file and its owner%n%s", result.describe())
                .contains("refusing rendezvous file " + path).contains("owned by uid 65534");
        }
        assertThat(path).as("another user's file is never deleted").exists();
    }
}
