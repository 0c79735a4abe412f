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
 * <p>The deadline is counted on a {@link NanoClock} and compared overflow-safe; an expired
 * wait throws a {@link CommTimeoutException} whose message names what was awaited (built lazily, so
 * a wait that succeeds costs no string), the time it took and the limit. While spinning the clock
 * is read every {@value #SPINS_PER_CHECK} polls, starting with the first of these checks, so a wait
 * can end up to twice that many spins (microseconds) after its deadline, and one that ends within
 * its first spins reads no clock at all. An interrupt ends the wait with a {@link CommException} and keeps the
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

    /**
     * What a wait runs where it checks its deadline (see {@link #awaitFrom}): it ends the wait by
     * throwing. Given the time the wait has taken so far, so a costly check (a look at another
     * process) can run at intervals without reading the clock again.
     */
    @FunctionalInterface
    public interface PeriodicCheck {
        /** Throws when the wait must end; {@code elapsedNanos} is 0 at the first check of a wait. */
        void check(long elapsedNanos);
    }

    private static final PeriodicCheck NO_CHECK = elapsed -> { };

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
        awaitFrom(false, 0L, condition, timeout, stage, awaited);
    }

    /**
     * Like {@link #await}, for a caller that decides itself what an expired wait means (a launcher that
     * samples its ranks between waits): returns false when {@code timeout} passes first, instead of
     * throwing. An interrupt still ends the wait with a {@link CommException} and keeps the flag set.
     *
     * @return whether {@code condition} came true within {@code timeout}
     */
    public boolean awaitOrExpire(final BooleanSupplier condition, final Duration timeout, final Stage stage,
                                 final Supplier<String> awaited) {
        try {
            await(condition, timeout, stage, awaited);
            return true;
        } catch (final CommTimeoutException expired) {
            return false;
        }
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
        awaitFrom(true, startNanos, condition, limit, stage, awaited);
    }

    /**
     * Like {@link #await}, and runs {@code periodicCheck} (which ends the wait by throwing, e.g. on a
     * group abort) where the deadline is checked, in {@link #awaitFrom}'s one periodic block: a spin
     * iteration costs nothing more.
     */
    public void await(final BooleanSupplier condition, final Duration timeout, final Stage stage,
                      final Supplier<String> awaited, final Runnable periodicCheck) {
        if (condition.getAsBoolean()) {
            return;
        }
        awaitFrom(false, 0L, condition, timeout, stage, awaited, elapsed -> periodicCheck.run());
    }

    /**
     * Like {@link #await(BooleanSupplier, Duration, Stage, Supplier, Runnable)}, with a check that is
     * told how long the wait has taken: allocation-free when {@code periodicCheck} is built once.
     */
    public void await(final BooleanSupplier condition, final Duration timeout, final Stage stage,
                      final Supplier<String> awaited, final PeriodicCheck periodicCheck) {
        if (condition.getAsBoolean()) {
            return;
        }
        awaitFrom(false, 0L, condition, timeout, stage, awaited, periodicCheck);
    }

    private void awaitFrom(final boolean started, final long startNanos, final BooleanSupplier condition,
                           final Duration timeout, final Stage stage, final Supplier<String> awaited) {
        awaitFrom(started, startNanos, condition, timeout, stage, awaited, NO_CHECK);
    }

    /**
     * The wait loop. Per poll it only idles and tests the condition; everything else a wait must
     * notice (the caller's periodic check such as a group abort, the deadline, an interrupt) runs once
     * per {@value #SPINS_PER_CHECK} spinning polls and after every yield or park, and nowhere else.
     * Without a given start the clock is first read at the first check: a wait that ends while
     * spinning, as a barrier between ranks on their own cores usually does, never reads it (a clock
     * read costs about as much as a barrier's poll), and the deadline counts from at most
     * {@value #SPINS_PER_CHECK} spins or one idle step after the wait began.
     */
    private void awaitFrom(final boolean started, final long startNanos, final BooleanSupplier condition,
                           final Duration timeout, final Stage stage, final Supplier<String> awaited,
                           final PeriodicCheck periodicCheck) {
        final long timeoutNanos = timeout.toNanos();
        idle.reset();
        boolean haveStart = started;
        long start = startNanos;
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
            final long now = clock.nanoTime();
            if (!haveStart) {
                haveStart = true;
                start = now;
            }
            periodicCheck.check(now - start);
            check(now - start, timeout, timeoutNanos, stage, awaited);
        }
    }

    /** The periodic check of a wait that has taken {@code elapsed} so far: throws when it must end. */
    private void check(final long elapsed, final Duration timeout, final long timeoutNanos, final Stage stage,
                       final Supplier<String> awaited) {
        if (elapsed - timeoutNanos >= 0) {
            throw new CommTimeoutException(stage, backend, awaited.get(), Duration.ofNanos(elapsed), timeout);
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new CommException(stage, backend, "interrupted while waiting for " + awaited.get());
        }
    }
}
