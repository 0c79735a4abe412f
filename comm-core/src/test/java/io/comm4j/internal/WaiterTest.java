package io.comm4j.internal;

import io.comm4j.CommException;
import io.comm4j.CommTimeoutException;
import io.comm4j.Stage;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WaiterTest {
    /** A clock that moves 1 ms every time it is read: no test here sleeps. */
    private long now = 0;
    private final NanoClock steppingClock = () -> now += 1_000_000;
    private final Waiter waiter = new Waiter("test", steppingClock, new IdleStrategy(0, 0, IdleStrategy.MIN_PARK_NANOS));

    @Test
    void shouldReturnAtOnceWhenConditionAlreadyHolds() {
        final long before = now;
        waiter.await(() -> true, Duration.ofSeconds(1), Stage.BARRIER, () -> "nothing");
        assertThat(now).as("a satisfied wait does not even read the clock").isEqualTo(before);
    }

    @Test
    void shouldReturnWhenConditionBecomesTrue() {
        final AtomicInteger polls = new AtomicInteger();
        waiter.await(() -> polls.incrementAndGet() == 5, Duration.ofSeconds(1), Stage.BARRIER, () -> "fifth poll");
        assertThat(polls).as("condition polled until it held").hasValue(5);
    }

    @Test
    void shouldTimeOutAtDeadlineNamingWhatWasAwaitedAndTheLimit() {
        assertThatThrownBy(() -> waiter.await(() -> false, Duration.ofMillis(50), Stage.BARRIER,
                () -> "rank 1 to reach barrier 7"))
            .isInstanceOfSatisfying(CommTimeoutException.class, e -> {
                assertThat(e.stage()).isEqualTo(Stage.BARRIER);
                assertThat(e.awaited()).isEqualTo("rank 1 to reach barrier 7");
            })
            .hasMessageContaining("timed out after 0.050 s (limit 50 ms) waiting for rank 1 to reach barrier 7");
    }

    @Test
    void shouldReturnTrueFromAwaitOrExpireWhenTheConditionHolds() {
        final AtomicInteger polls = new AtomicInteger();
        assertThat(waiter.awaitOrExpire(() -> polls.incrementAndGet() == 3, Duration.ofSeconds(1), Stage.INIT,
            () -> "third poll")).as("a condition that comes true in time").isTrue();
        assertThat(polls).as("condition polled until it held").hasValue(3);
    }

    @Test
    void shouldReturnFalseFromAwaitOrExpireAtTheDeadlineInsteadOfThrowing() {
        final long start = now;
        assertThat(waiter.awaitOrExpire(() -> false, Duration.ofMillis(50), Stage.INIT, () -> "never"))
            .as("an expired wait is the caller's to judge").isFalse();
        assertThat(now - start).as("the wait ran to its deadline").isGreaterThanOrEqualTo(50_000_000L);
    }

    @Test
    void shouldStillStopAwaitOrExpireOnInterruptAndKeepTheFlag() {
        assertInterruptEndsTheWaitAndKeepsTheFlag(
            () -> waiter.awaitOrExpire(() -> false, Duration.ofSeconds(10), Stage.INIT, () -> "peer"));
    }

    @Test
    void shouldShareOneLimitAcrossWaitsAndReportItWhole() {
        final long start = steppingClock.nanoTime();
        now += 30_000_000;   // an earlier wait of the same phase used 30 ms of the 50 ms
        assertThatThrownBy(() -> waiter.awaitWithin(start, Duration.ofMillis(50), () -> false, Stage.INIT,
                () -> "rank 1 to join"))
            .as("the second wait ends at start + limit and reports the configured limit")
            .isInstanceOf(CommTimeoutException.class)
            .hasMessageContaining("timed out after 0.050 s (limit 50 ms) waiting for rank 1 to join");
    }

    @Test
    void shouldTellThePeriodicCheckHowLongTheWaitHasTakenFromZeroAtTheFirstCheck() {
        final List<Long> seen = new ArrayList<>();
        assertThatThrownBy(() -> waiter.await(() -> false, Duration.ofMillis(50), Stage.BARRIER, () -> "a peer",
                (Waiter.PeriodicCheck) elapsed -> {
                    seen.add(elapsed);
                    if (elapsed >= 3_000_000) {
                        throw new CommException(Stage.BARRIER, "test", "the peer died");
                    }
                }))
            .as("the check ends the wait by throwing, long before the deadline")
            .isNotInstanceOf(CommTimeoutException.class).hasMessageContaining("the peer died");
        assertThat(seen).as("elapsed per check on a clock that moves 1 ms per read, without a second read")
            .containsExactly(0L, 1_000_000L, 2_000_000L, 3_000_000L);
    }

    @Test
    void shouldReadTheClockOncePerSpinsPerCheckPollsWhileSpinning() {
        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger polls = new AtomicInteger();
        final Waiter spinning = spinningWaiterCounting(reads);
        // Holds on the first poll after the tenth check (the first poll comes before the loop).
        final int holdsAt = 1 + 10 * Waiter.SPINS_PER_CHECK + 1;
        spinning.await(() -> polls.incrementAndGet() == holdsAt, Duration.ofSeconds(1), Stage.BARRIER,
            () -> "poll " + holdsAt);
        assertThat(reads).as("clock reads (one per %d spinning polls, the first of them the start) over %d polls",
                Waiter.SPINS_PER_CHECK, polls.get())
            .hasValue(10);
    }

    @Test
    void shouldNotReadTheClockWhenTheConditionHoldsWhileSpinningBeforeTheFirstCheck() {
        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger polls = new AtomicInteger();
        final Waiter spinning = spinningWaiterCounting(reads);
        // A barrier met while spinning: its release arrives within a few dozen polls.
        spinning.await(() -> polls.incrementAndGet() == 10, Duration.ofSeconds(1), Stage.BARRIER, () -> "poll 10");
        assertThat(reads).as("clock reads of a wait that ended within its first %d spins (a barrier's usual case)",
                Waiter.SPINS_PER_CHECK)
            .hasValue(0);
    }

    @Test
    void shouldTimeOutWhileStillSpinning() {
        final Waiter spinning = new Waiter("test", steppingClock,
            new IdleStrategy(Integer.MAX_VALUE, 0, IdleStrategy.MIN_PARK_NANOS));
        assertThatThrownBy(() -> spinning.await(() -> false, Duration.ofMillis(50), Stage.BARRIER, () -> "rank 1"))
            .as("a waiter that never gets past spinning still honours its deadline")
            .isInstanceOf(CommTimeoutException.class)
            .hasMessageContaining("(limit 50 ms) waiting for rank 1");
    }

    @Test
    void shouldNotBuildTheMessageUnlessItTimesOut() {
        final AtomicInteger built = new AtomicInteger();
        waiter.await(() -> true, Duration.ofMillis(5), Stage.INIT, () -> "x" + built.incrementAndGet());
        assertThat(built).as("awaited-message supplier called on success").hasValue(0);
    }

    @Test
    void shouldStopOnInterruptAndKeepTheFlag() {
        assertInterruptEndsTheWaitAndKeepsTheFlag(
            () -> waiter.await(() -> false, Duration.ofSeconds(10), Stage.INIT, () -> "peer"));
    }

    /** {@code wait} (for "peer", never satisfied) on an interrupted thread: a CommException, the flag kept. */
    private static void assertInterruptEndsTheWaitAndKeepsTheFlag(final ThrowingCallable wait) {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(wait)
                .isInstanceOf(CommException.class).isNotInstanceOf(CommTimeoutException.class)
                .hasMessageContaining("interrupted while waiting for peer");
            assertThat(Thread.currentThread().isInterrupted()).as("interrupt flag kept").isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void shouldBeSafeWhenTheClockWrapsAround() {
        now = Long.MAX_VALUE - 10_000_000;
        assertThatThrownBy(() -> waiter.await(() -> false, Duration.ofMillis(20), Stage.INIT, () -> "wrap"))
            .isInstanceOf(CommTimeoutException.class).hasMessageContaining("timed out after 0.020 s");
    }

    @Test
    void shouldWaitForRealThreadWithTheSystemClock() throws Exception {
        final AtomicInteger flag = new AtomicInteger();
        final Thread setter = Thread.ofPlatform().start(() -> {
            try {
                Thread.sleep(20);
            } catch (final InterruptedException ignored) {
                return;
            }
            flag.set(1);
        });
        Waiter.system("test").await(() -> flag.get() == 1, Duration.ofSeconds(10), Stage.BARRIER, () -> "setter");
        assertThat(flag).hasValue(1);
        setter.join();
    }

    /** A waiter that only spins (no yield, no park) on a clock standing at 0 that counts its reads. */
    private static Waiter spinningWaiterCounting(final AtomicInteger reads) {
        return new Waiter("test", () -> {
            reads.incrementAndGet();
            return 0;
        }, new IdleStrategy(1_000_000, 0, IdleStrategy.MIN_PARK_NANOS));
    }
}
