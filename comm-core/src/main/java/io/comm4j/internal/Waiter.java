package io.comm4j.internal;

import io.comm4j.CommException;
import io.comm4j.CommTimeoutException;
import io.comm4j.Stage;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The one way comm4j waits for other processes: poll a condition under a deadline with an
 * {@link IdleStrategy}.
 *
 * <p>The deadline is computed once from a {@link NanoClock} and compared overflow-safe; an expired
 * wait throws a {@link CommTimeoutException} whose message names what was awaited (built lazily, so
 * a wait that succeeds costs no string), the time it took and the limit. While spinning the clock
 * is read every {@value #SPINS_PER_CHECK} polls, so a wait can end that many spins (microseconds)
 * after its deadline. An interrupt ends the wait with a {@link CommException} and keeps the
 * thread's interrupt flag set.
 *
 * <p>Not thread-safe (it owns its idle strategy): one per waiting thread. Hot paths pass a condition
 * object built once, not a capturing lambda, so a wait allocates nothing.
 */
public final class Waiter {
    /**
     * While spinning, the deadline and the interrupt flag are checked once per this many polls: a
     * clock read costs about as much as the poll and the spin together, and doubles the time a
     * spinning waiter takes to notice its condition; 64 spins are a few microseconds.
     */
    static final int SPINS_PER_CHECK = 64;

    private static final Runnable NO_CHECK = () -> { };

    private final NanoClock clock;
    private final IdleStrategy idle;
    private final String backend;

    /**
     * @param backend named in the exceptions this waiter throws
     */
    public Waiter(final String backend, final NanoClock clock, final IdleStrategy idle) {
        this.backend = backend;
        this.clock = clock;
        this.idle = idle;
    }

    /** A waiter on {@link NanoClock#SYSTEM} with the default idle strategy. */
    public static Waiter system(final String backend) {
        return new Waiter(backend, NanoClock.SYSTEM, new IdleStrategy());
    }

    /** The clock this waiter measures with. */
    public NanoClock clock() {
        return clock;
    }

    /**
     * Returns when {@code condition} is true; checks it first, so a condition that already holds
     * costs one call.
     *
     * @param timeout what the wait may take
     * @param stage   the stage a timeout is reported at
     * @param awaited what the wait is for, as a phrase: "rank 1 to reach barrier 7"
     * @throws CommTimeoutException when the deadline passes first
     * @throws CommException        when the thread is interrupted
     */
    public void await(final BooleanSupplier condition, final Duration timeout, final Stage stage,
                      final Supplier<String> awaited) {
        if (condition.getAsBoolean()) {
            return;
        }
        awaitFrom(clock.nanoTime(), condition, timeout, stage, awaited);
    }

    /**
     * Like {@link #await}, for one of several waits that share one limit: the deadline is
     * {@code startNanos} (a reading of {@link #clock()}) plus {@code limit}, and a timeout reports the
     * time since {@code startNanos} and the whole limit, as the caller configured it.
     */
    public void awaitWithin(final long startNanos, final Duration limit, final BooleanSupplier condition,
                            final Stage stage, final Supplier<String> awaited) {
        if (condition.getAsBoolean()) {
            return;
        }
        awaitFrom(startNanos, condition, limit, stage, awaited);
    }

    /**
     * Like {@link #await}, and runs {@code periodicCheck} (which ends the wait by throwing, e.g. on a
     * group abort) where the deadline is checked: every {@value #SPINS_PER_CHECK} polls while
     * spinning, every poll once yielding or parking. A spin iteration costs nothing more.
     */
    public void await(final BooleanSupplier condition, final Duration timeout, final Stage stage,
                      final Supplier<String> awaited, final Runnable periodicCheck) {
        if (condition.getAsBoolean()) {
            return;
        }
        awaitFrom(clock.nanoTime(), condition, timeout, stage, awaited, periodicCheck);
    }


    private void awaitFrom(final long start, final BooleanSupplier condition, final Duration timeout,
                           final Stage stage, final Supplier<String> awaited) {
        awaitFrom(start, condition, timeout, stage, awaited, NO_CHECK);
    }

    private void awaitFrom(final long start, final BooleanSupplier condition, final Duration timeout,
                           final Stage stage, final Supplier<String> awaited, final Runnable periodicCheck) {
        final long timeoutNanos = timeout.toNanos();
        idle.reset();
        int spinsSinceCheck = 0;
        while (true) {
            final boolean spun = idle.idle();
            if (condition.getAsBoolean()) {
                return;
            }
            if (spun && ++spinsSinceCheck < SPINS_PER_CHECK) {
                continue;
            }
            spinsSinceCheck = 0;
            periodicCheck.run();
            final long elapsed = clock.nanoTime() - start;
            if (elapsed - timeoutNanos >= 0) {
                throw new CommTimeoutException(stage, backend, awaited.get(), Duration.ofNanos(elapsed), timeout);
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new CommException(stage, backend, "interrupted while waiting for " + awaited.get());
            }
        }
    }
}
