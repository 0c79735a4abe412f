package io.comm4j.sim;

import io.comm4j.Stage;
import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

/** Peers that die or stop, files and segments of other users, permissions: with real rank processes. */
class SimFailureTest {
    @RegisterExtension
    final RankGroup group = new RankGroup(Duration.ofSeconds(3));

    /** Long enough that a survivor failing on the dead peer at once is told apart from one timing out. */
    private static final Duration LONG_TIMEOUT = Duration.ofSeconds(30);

    @ParameterizedTest(name = "a peer that dies {0} fails the survivor at {1}")
    @CsvSource({"die-before-alloc, ALLOC", "die-before-barrier, BARRIER", "die-before-destroy, DESTROY"})
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void shouldFailTheSurvivorAtThatStageWithinTheTimeoutNamingTheDeadRank(final String scenario, final Stage stage)
        throws Exception {
        final Death death = rankOneDiesIn(scenario, group.timeout());

        assertThat(death.victim().exitCode()).as("the victim died on purpose%s", death.described())
            .isEqualTo(SimRank.DIED);
        assertThat(death.survivor().exitCode()).as("the survivor's exit code%s", death.described())
            .isEqualTo(stage.exitCode());
        assertThat(death.survivor().stderr()).as("the survivor names the dead rank%s", death.described())
            .contains("rank 1 (pid " + death.victimPid() + ", no longer running)");
        assertThat(death.afterDeath()).as("survivor failed within timeout + 1 s of the death")
            .isLessThan(group.timeout().plusSeconds(1));
        assertThat(segmentsOf(group.rootInfo())).as("no segment leaks even though a rank died").isEmpty();
        assertThat(filesIn(group.dir())).isEmpty();
    }

    @ParameterizedTest(name = "a peer that dies {0} ends the survivor's {2} at once, at {1}")
    @CsvSource({"die-before-barrier, BARRIER, barrier, 'no longer running) died'",
        "die-before-destroy, DESTROY, close, 'no longer running)'"})
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void shouldEndTheSurvivorsWaitAsSoonAsItSeesThePeerDeadNotAtTheTimeout(final String scenario, final Stage stage,
                                                                          final String wait, final String named)
        throws Exception {
        final Death death = rankOneDiesIn(scenario, LONG_TIMEOUT);

        assertThat(death.survivor().exitCode()).as("the survivor fails at %s%s", stage, death.described())
            .isEqualTo(stage.exitCode());
        assertThat(death.survivor().stderr()).as("the survivor names the dead rank%s", death.described())
            .contains("rank 1 (pid " + death.victimPid() + ", " + named);
        assertThat(death.afterDeath()).as("a dead peer must not hold the %s to the %s timeout%s", wait, LONG_TIMEOUT,
            death.described()).isLessThan(LONG_TIMEOUT.dividedBy(3));
        assertThat(segmentsOf(group.rootInfo())).as("no segment leaks even though a rank died").isEmpty();
        assertThat(filesIn(group.dir())).as("nothing left next to the rendezvous path").isEmpty();
    }

    /** Issue 13 case 1: a barrier that timed out on one rank fails the group, never a split outcome. */
    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void shouldFailAStoppedRankResumedAfterItsPeerTimedOutAtTheBarrier() throws Exception {
        final ChildJvm.Running rank0 = group.start("stop-after-barrier", 0);
        final ChildJvm.Running rank1 = group.start("stop-after-barrier", 1);
        final ChildJvm.Result first = rank0.await(RankGroup.LIMIT);
        new ProcessBuilder("kill", "-CONT", Long.toString(rank1.process().pid())).start().waitFor();
        final ChildJvm.Result late = rank1.await(RankGroup.LIMIT);
        final List<ChildJvm.Result> results = List.of(first, late);

        assertThat(first.exitCode()).as("rank 0 times out at the barrier%s", describe(results))
            .isEqualTo(Stage.BARRIER.exitCode());
        assertThat(late.exitCode()).as("resumed rank 1 must fail too, not pass alone%s", describe(results))
            .isEqualTo(Stage.BARRIER.exitCode());
        assertThat(late.stderr()).as("rank 1 names the rank that failed first%s", describe(results))
            .contains("rank 0 timed out at");
        assertThat(segmentsOf(group.rootInfo())).as("no segment left").isEmpty();
        assertThat(filesIn(group.dir())).as("nothing left next to the rendezvous path").isEmpty();
    }

    /** Both ranks' results, the victim's pid, and how long the survivor ran on after the death. */
    private record Death(ChildJvm.Result survivor, ChildJvm.Result victim, long victimPid, Duration afterDeath,
                         String described) {
    }

    /** Rank 0 runs the lifecycle with {@code timeout} while rank 1 runs {@code victimMode} and dies. */
    private Death rankOneDiesIn(final String victimMode, final Duration timeout) {
        final ChildJvm.Running survivor = start("lifecycle", 0, 2, group.rootInfo(), timeout, RankGroup.WINDOW, 0);
        final ChildJvm.Running victim = start(victimMode, 1, 2, group.rootInfo(), timeout, RankGroup.WINDOW, 0);
        final CompletableFuture<Long> victimDied = victim.process().onExit().thenApply(p -> System.nanoTime());
        final CompletableFuture<Long> survivorDone = survivor.process().onExit().thenApply(p -> System.nanoTime());
        final ChildJvm.Result dead = victim.await(RankGroup.LIMIT);
        final ChildJvm.Result result = survivor.await(RankGroup.LIMIT);
        return new Death(result, dead, victim.process().pid(),
            Duration.ofNanos(survivorDone.join() - victimDied.join()), describe(List.of(result, dead)));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldCreateTheRendezvousFileAndTheSegmentOwnerOnly() throws Exception {
        final Path path = group.rootInfo();
        final ChildJvm.Running rank0 = start("join-only", 0, 2, path, Duration.ofSeconds(20), 4096, 0);
        group.awaitRendezvousFile(Duration.ofSeconds(20));
        final String segment = RankProcesses.launchSegment(path);
        final Path shm = Path.of("/dev/shm", segment.substring(1));
        final String filePerms = PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        final String shmPerms = PosixFilePermissions.toString(Files.getPosixFilePermissions(shm));
        final ChildJvm.Running rank1 = start("join-only", 1, 2, path, Duration.ofSeconds(20), 4096, 0);
        final List<ChildJvm.Result> results = group.awaitAll(List.of(rank0, rank1));

        assertThat(filePerms).as("rendezvous file mode").isEqualTo("rw-------");
        assertThat(shmPerms).as("segment mode").isEqualTo("rw-------");
        assertThat(results).as("the group still meets%s", describe(results)).allMatch(r -> r.exitCode() == 0);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldRefuseASegmentOwnedByAnotherUser() throws Exception {
        assumeTrue(Libc.getuid() == 0, "needs root to give a segment to another user");
        final Path path = group.rootInfo();
        final String name = SegmentName.of(path, 0x5eed);
        final int fd = Libc.shmOpen(Stage.INIT, name, true, 0);
        try {
            Libc.reserve(Stage.INIT, name, fd, SegmentDescriptor.HEADER_BYTES);
            final UserPrincipal nobody = path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(Path.of("/dev/shm", name.substring(1)), nobody);
            // a live creator (this JVM) names the foreign segment in a file we own
            RankProcesses.publishLaunch(path, 2, 0x5eed);

            final ChildJvm.Result result = start("join-only", 1, 2, path, Duration.ofSeconds(10), 4096, 0).await(RankGroup.LIMIT);

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
        final Path path = group.rootInfo();
        RankProcesses.publishLaunch(path, 2, 0x5eed);
        Files.setOwner(path, path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));

        final ChildJvm.Result joiner = start("join-only", 1, 2, path, Duration.ofSeconds(10), 4096, 0).await(RankGroup.LIMIT);
        final ChildJvm.Result creator = start("join-only", 0, 2, path, Duration.ofSeconds(10), 4096, 0).await(RankGroup.LIMIT);

        for (final ChildJvm.Result result : List.of(joiner, creator)) {
            assertThat(result.exitCode()).as("exit code%n%s", result.describe()).isEqualTo(Stage.INIT.exitCode());
            assertThat(result.stderr()).as("names the file and its owner%n%s", result.describe())
                .contains("refusing rendezvous file " + path).contains("owned by uid 65534");
        }
        assertThat(path).as("another user's file is never deleted").exists();
    }
}
