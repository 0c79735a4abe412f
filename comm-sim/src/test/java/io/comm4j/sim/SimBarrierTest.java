package io.comm4j.sim;

import io.comm4j.CommException;
import io.comm4j.CommTimeoutException;
import io.comm4j.Stage;
import io.comm4j.internal.NanoClock;
import io.comm4j.internal.Waiter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The barrier logic with threads standing in for ranks over one header in native memory. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SimBarrierTest {

    private static SimBarrier barrier(final SharedHeader header, final int rank, final int nranks, final Duration timeout) {
        return new SimBarrier(header, new GroupView(header, nranks, Path.of("/test")), rank, nranks,
            new Waiter("sim", NanoClock.SYSTEM, SimBarrier.idleStrategy(nranks, Runtime.getRuntime().availableProcessors())),
            timeout);
    }

    /** A zeroed group header in {@code arena}, aligned as the segment's. */
    private static SharedHeader header(final Arena arena) {
        return new SharedHeader(arena.allocate(SegmentDescriptor.HEADER_BYTES, 4096));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldNeverLetARankPassBeforeEveryRankArrivedInBackToBackRounds() throws Exception {
        final int nranks = 3;
        final int rounds = 20_000;
        try (Arena arena = Arena.ofShared()) {
            final SharedHeader header = header(arena);
            // each "rank" publishes its round in its own slot; after a barrier all must show the round
            final MemorySegment slots = arena.allocate(nranks * 2L * 64, 64);
            final AtomicReference<String> failure = new AtomicReference<>();
            final List<Thread> threads = new ArrayList<>();
            for (int r = 0; r < nranks; r++) {
                final int rank = r;
                threads.add(Thread.ofPlatform().start(() -> {
                    final SimBarrier b = barrier(header, rank, nranks, Duration.ofSeconds(60));
                    for (long k = 1; k <= rounds && failure.get() == null; k++) {
                        final long slot = (k & 1) * nranks * 64;
                        slots.set(ValueLayout.JAVA_LONG, slot + rank * 64L, k);
                        b.await();
                        for (int p = 0; p < nranks; p++) {
                            final long seen = slots.get(ValueLayout.JAVA_LONG, slot + p * 64L);
                            if (seen != k) {
                                failure.compareAndSet(null, "rank " + rank + " saw round " + seen + " of rank " + p
                                    + " after barrier " + k);
                            }
                        }
                    }
                }));
            }
            for (final Thread t : threads) {
                t.join();
            }
            assertThat(failure.get()).as("a skipped or merged generation").isNull();
            assertThat(header.maskAcquire(SegmentDescriptor.BARRIER_MASK_OFFSET)).as("arrival mask after the last round")
                .isZero();
            assertThat(header.phaseAcquire()).as("one generation per round").isEqualTo(rounds);
        }
    }

    @Test
    void shouldTimeOutNamingTheRanksThatNeverArrived() {
        try (Arena arena = Arena.ofConfined()) {
            final SharedHeader header = header(arena);
            // rank 2 joined as a process that still runs (this one) but never comes to the barrier
            header.claimRank(2, ProcessIdentity.self());
            final SimBarrier b = barrier(header, 0, 3, Duration.ofMillis(200));

            assertThatThrownBy(b::await).isInstanceOfSatisfying(CommTimeoutException.class, e -> {
                assertThat(e.stage()).isEqualTo(Stage.BARRIER);
                assertThat(e.getMessage()).as("names the missing ranks and what is known of them")
                    .contains("rank 1 (never joined)").contains("rank 2 (pid " + ProcessIdentity.self().pid() + ")")
                    .contains("1 of 3 arrived").contains("barrier 1");
            });
        }
    }

    @Test
    void shouldFailAtOnceNamingAMissingRankWhoseProcessIsGoneAndRecordItForThePeers() {
        try (Arena arena = Arena.ofConfined()) {
            final SharedHeader header = header(arena);
            header.claimRank(1, ProcessIdentity.self());
            header.claimRank(2, new ProcessIdentity(Long.MAX_VALUE - 1, 7)); // no such process
            final SimBarrier b = barrier(header, 0, 3, Duration.ofSeconds(20));
            final long start = System.nanoTime();

            assertThatThrownBy(b::await).as("rank 2 can never arrive").isInstanceOfSatisfying(CommException.class, e -> {
                assertThat(e).as("a dead peer is not a timeout").isNotInstanceOf(CommTimeoutException.class);
                assertThat(e.stage()).isEqualTo(Stage.BARRIER);
                assertThat(e.getMessage()).as("names the dead rank and its process, not the live missing one")
                    .contains("rank 2 (pid " + (Long.MAX_VALUE - 1) + ", no longer running) died")
                    .contains("barrier 1").doesNotContain("rank 1");
            });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("seen well before the 20 s deadline")
                .isLessThan(Duration.ofSeconds(5));
            final SharedHeader.Abort record = header.abortRecord();
            assertThat(record).as("the group learns of the death from the abort slot").isNotNull();
            assertThat(record.reason()).isEqualTo(SharedHeader.AbortReason.RANK_DIED);
            assertThat(record.rank()).as("the record names the dead rank").isEqualTo(2);
            assertThat(record.otherRank()).as("and the rank that saw it").isZero();
        }
    }

    @Test
    void shouldReleaseEveryWaiterWhenTheLastRankArrives() throws Exception {
        try (Arena arena = Arena.ofShared()) {
            final SharedHeader header = header(arena);
            final CompletableFuture<Void> first = CompletableFuture.runAsync(() -> barrier(header, 0, 2, Duration.ofSeconds(10)).await());
            Thread.sleep(100);
            assertThat(first).as("rank 0 waits while rank 1 has not arrived").isNotDone();
            barrier(header, 1, 2, Duration.ofSeconds(10)).await();
            first.get(10, TimeUnit.SECONDS);
            assertThat(header.phaseAcquire()).isEqualTo(1);
        }
    }
}
