package io.comm4j.cli;

import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, case 4: two HCCL ranks started by hand (rank mode) on the fake CANN, one fault each time at
 * alloc, barrier or context copy, or a peer that dies or hangs inside CANN; afterwards the rendezvous
 * directory and /dev/shm hold nothing of the run, whatever each rank's outcome.
 */
class HcclRankModeLeftoversTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    /**
     * One fault.
     *
     * @param name     what is injected
     * @param rank0Env "NAME=value" for rank 0 only, or ""
     * @param rank1Env "NAME=value" for rank 1 only, or ""
     * @param killsARank whether a rank is SIGKILLed: the fake's stand-in for its device memory (a
     *                   {@code _vmm_} segment, which on hardware the driver frees with the process) stays
     */
    record Fault(String name, String rank0Env, String rank1Env, boolean killsARank) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Fault> faults() {
        return Stream.of(
            new Fault("rank 1's physical allocation fails", "", "FAKECANN_FAIL=aclrtMallocPhysical:207001", false),
            new Fault("both barriers time out", "FAKECANN_FAIL=HcclBarrier:9", "FAKECANN_FAIL=HcclBarrier:9", false),
            new Fault("rank 0's context read-back fails", "FAKECANN_FAIL=aclrtMemcpy:507018:2", "", false),
            new Fault("rank 1 dies in the barrier", "", "FAKECANN_DIE=HcclBarrier", true),
            new Fault("rank 1 hangs in the barrier", "", "FAKECANN_HANG=HcclBarrier", false));
    }

    @TempDir
    Path dir;
    private Path fakeCann;
    private String shmPrefix;

    @BeforeEach
    void findFakeCann() {
        fakeCann = FakeCannLibraries.requireBuilt();
        shmPrefix = "fakecann_cli_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    @Timeout(150)
    void shouldLeaveNothingNextToTheRendezvousPathOrInDevShm(final Fault fault) throws IOException {
        final Path rendezvous = Files.createDirectory(dir.resolve("rendezvous"));
        final List<ChildJvm.Running> ranks = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            final ChildJvm rank = ChildJvm.of(CommSmoke.class).jvmArg("-Dcomm4j.cann.libdir=" + fakeCann)
                .env("FAKECANN_SHM_PREFIX", shmPrefix).env("FAKECANN_TIMEOUT_MS", "3000")
                .env("FAKECANN_HANG_SECONDS", "60")
                .args("--backend", "hccl", "--rank", r, "--nranks", 2, "--device", r,
                    "--rootinfo", rendezvous.resolve("rootinfo"), "--timeout", "8s");
            final String own = r == 0 ? fault.rank0Env() : fault.rank1Env();
            if (!own.isEmpty()) {
                rank.env(own.substring(0, own.indexOf('=')), own.substring(own.indexOf('=') + 1));
            }
            ranks.add(rank.start());
        }
        final List<ChildJvm.Result> results = new ArrayList<>();
        for (final ChildJvm.Running r : ranks) {
            results.add(r.await(LIMIT));
        }
        final String described = results.get(0).describe() + "\n" + results.get(1).describe();

        assertThat(results).as("both ranks end on their own, within the limit\n%s", described)
            .noneMatch(ChildJvm.Result::timedOut);
        assertThat(results).as("at least one rank reports the fault\n%s", described)
            .anyMatch(r -> r.exitCode() != 0);
        try (Stream<Path> left = Files.list(rendezvous)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList())
                .as("nothing of the run is left next to the rendezvous path\n%s", described).isEmpty();
        }
        assertThat(fakeSegments().stream().filter(n -> !(fault.killsARank() && n.contains("_vmm_"))).toList())
            .as("no segment of the fake's is left in /dev/shm\n%s", described).isEmpty();
    }

    @AfterEach
    void removeTheFakesSegments() throws IOException {
        for (final String name : fakeSegments()) {
            Files.deleteIfExists(Path.of("/dev/shm", name));
        }
    }

    private List<String> fakeSegments() throws IOException {
        try (Stream<Path> shm = Files.list(Path.of("/dev/shm"))) {
            return shm.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(shmPrefix)).toList();
        }
    }
}
