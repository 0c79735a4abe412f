package io.comm4j.hccl;

import io.comm4j.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
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
class HcclGroupAbortTest {
    /** Long, so a peer that fails well before it was told by the abort record, not by its deadline. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @RegisterExtension
    final FakeCannGroups fakeCann = new FakeCannGroups();

    @BeforeEach
    void requireFakeCann() {
        assumeTrue(Files.isRegularFile(FakeCannGroup.nativeDir().resolve("fake-cann/libhccl.so")),
            "the fake CANN was not built (scripts/build-fake-cann, needs gcc)");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldFailThePeerWaitingForAWindowAnnounceAtOnceNamingTheRankThatFailedFirst() {
        final FakeCannGroup group = fakeCann.in(dir).windows("vmm").timeout(TIMEOUT)
            .rankEnv(1, "FAKECANN_FAIL", "aclrtMallocPhysical:207001");
        final long t0 = System.nanoTime();
        final List<FakeCannGroup.Rank> ranks = group.run();
        final Duration took = Duration.ofNanos(System.nanoTime() - t0);

        assertThat(ranks.get(1).failure()).as("rank 1 fails where the fault is\n%s", ranks.get(1).describe())
            .isEqualTo("ALLOC 207001");
        assertThat(ranks.get(0).failure()).as("rank 0 fails at its own alloc too\n%s", ranks.get(0).describe())
            .startsWith("ALLOC ");
        assertThat(ranks.get(0).value("MESSAGE")).as("rank 0 names the rank that failed first and its reason")
            .contains("rank 1 failed first at alloc windows").contains("aclrtMallocPhysical");
        assertThat(took).as("rank 0 learned it from the abort record, not from its %s deadline", TIMEOUT)
            .isLessThan(TIMEOUT);
        assertThat(group.leftoverFiles()).as("nothing of the run is left next to the rendezvous path").isEmpty();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldFailThePeerAtOnceWhenRankZeroFailsAndRemovesTheRun() {
        final FakeCannGroup group = fakeCann.in(dir).windows("vmm").timeout(TIMEOUT)
            .rankEnv(0, "FAKECANN_FAIL", "aclrtMallocPhysical:207001");
        final long t0 = System.nanoTime();
        final List<FakeCannGroup.Rank> ranks = group.run();
        final Duration took = Duration.ofNanos(System.nanoTime() - t0);

        assertThat(ranks.get(0).failure()).as("rank 0 fails where the fault is\n%s", ranks.get(0).describe())
            .isEqualTo("ALLOC 207001");
        assertThat(ranks.get(1).failure()).as("rank 1 fails at its own alloc\n%s", ranks.get(1).describe())
            .startsWith("ALLOC ");
        assertThat(ranks.get(1).value("MESSAGE")).as("rank 1 names rank 0").contains("rank 0");
        assertThat(took).as("rank 1 did not wait out its %s deadline", TIMEOUT).isLessThan(TIMEOUT);
        assertThat(group.leftoverFiles()).as("nothing of the run is left next to the rendezvous path").isEmpty();
    }
}
