package io.comm4j.hccl;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The group fails together on HCCL: a rank whose collective fails records an abort in the rendezvous
 * store, and a peer waiting in any of comm4j's waits of that run fails at once at its own stage, naming
 * the rank that failed first and why, instead of at its deadline. Real rank processes on the fake CANN.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HcclGroupAbortTest {
    /** Long, so a peer that fails well before it was told by the abort record, not by its deadline. */
    @RegisterExtension
    final FakeCannGroups fakeCann = new FakeCannGroups(Duration.ofSeconds(30));

    @BeforeEach
    void requireFakeCann() {
        assumeTrue(Files.isRegularFile(FakeCannGroup.nativeDir().resolve("fake-cann/libhccl.so")),
            "the fake CANN was not built (scripts/build-fake-cann, needs gcc)");
    }

    @Test
    void shouldFailThePeerWaitingForAWindowAnnounceAtOnceNamingTheRankThatFailedFirst() {
        final Run run = runFailingAllocOn(1);

        assertFailedTogetherAtAlloc(run, 1, 0);
        assertThat(run.ranks().get(0).value("MESSAGE")).as("rank 0 names the rank that failed first and its reason")
            .contains("rank 1 failed first at alloc windows").contains("aclrtMallocPhysical");
    }

    @Test
    void shouldFailThePeerAtOnceWhenRankZeroFailsAndRemovesTheRun() {
        final Run run = runFailingAllocOn(0);

        assertFailedTogetherAtAlloc(run, 0, 1);
        assertThat(run.ranks().get(1).value("MESSAGE")).as("rank 1 names rank 0").contains("rank 0");
    }

    /** A two-rank vmm group's ranks and how long the run took until all had exited. */
    private record Run(FakeCannGroup group, List<FakeCannGroup.Rank> ranks, Duration took) {
    }

    /** Runs a two-rank vmm group whose rank {@code faulty} gets 207001 from aclrtMallocPhysical. */
    private Run runFailingAllocOn(final int faulty) {
        final FakeCannGroup group = fakeCann.group().windows("vmm")
            .rankEnv(faulty, "FAKECANN_FAIL", "aclrtMallocPhysical:207001");
        final long t0 = System.nanoTime();
        final List<FakeCannGroup.Rank> ranks = group.run();
        return new Run(group, ranks, Duration.ofNanos(System.nanoTime() - t0));
    }

    /** The faulty rank fails where the fault is, its peer at its own alloc well before its deadline, nothing left. */
    private void assertFailedTogetherAtAlloc(final Run run, final int faulty, final int peer) {
        final FakeCannGroup.Rank failed = run.ranks().get(faulty);
        final FakeCannGroup.Rank told = run.ranks().get(peer);
        assertThat(failed.failure()).as("rank %d fails where the fault is\n%s", faulty, failed.describe())
            .isEqualTo("ALLOC 207001");
        assertThat(told.failure()).as("rank %d fails at its own alloc too\n%s", peer, told.describe())
            .startsWith("ALLOC ");
        assertThat(run.took()).as("rank %d learned it from the group, not from its %s deadline", peer,
            fakeCann.timeout()).isLessThan(fakeCann.timeout());
        assertThat(run.group().leftoverFiles()).as("nothing of the run is left next to the rendezvous path").isEmpty();
    }
}
