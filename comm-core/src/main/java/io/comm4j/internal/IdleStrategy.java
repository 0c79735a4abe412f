package io.comm4j.internal;

import java.util.concurrent.locks.LockSupport;

/**
 * How a thread waits for another process without a notification: spin, then yield, then park.
 *
 * <p>Spinning ({@link Thread#onSpinWait()}) answers within nanoseconds while the peer is about to
 * arrive; yielding gives the core away when the machine is oversubscribed (more ranks than cores);
 * parking with pauses that double up to {@link #MAX_PARK_NANOS} keeps a long wait from burning a
 * core. {@link #reset()} starts again with spinning. Stateful and not thread-safe: one per waiting
 * thread. Never allocates.
 */
public final class IdleStrategy {
    /** Spins before the first yield. On 2 cores about 10 us of spinning. */
    public static final int DEFAULT_SPINS = 2_000;
    /** Yields before the first park. */
    public static final int DEFAULT_YIELDS = 200;
    /** The first park. */
    public static final long MIN_PARK_NANOS = 1_000;
    /** The longest park: how late a long wait notices its condition at worst. */
    public static final long MAX_PARK_NANOS = 1_000_000;

    private final int maxSpins;
    private final int maxYields;
    private final long maxParkNanos;
    private int spins;
    private int yields;
    private long parkNanos;

    /** The default strategy (spin about 10 us, yield 200 times, park 1 us .. 1 ms). */
    public IdleStrategy() {
        this(DEFAULT_SPINS, DEFAULT_YIELDS, MAX_PARK_NANOS);
    }

    /**
     * @param maxSpins     how many times to spin before yielding
     * @param maxYields    how many times to yield before parking
     * @param maxParkNanos the cap of the doubling park
     */
    public IdleStrategy(final int maxSpins, final int maxYields, final long maxParkNanos) {
        if (maxSpins < 0 || maxYields < 0 || maxParkNanos < MIN_PARK_NANOS) {
            throw new IllegalArgumentException("maxSpins=" + maxSpins + " maxYields=" + maxYields
                + " maxParkNanos=" + maxParkNanos);
        }
        this.maxSpins = maxSpins;
        this.maxYields = maxYields;
        this.maxParkNanos = maxParkNanos;
        reset();
    }

    /**
     * Waits a little; each call waits as long as or longer than the one before, up to the cap.
     *
     * @return true when this call only spun (tens of nanoseconds), false when it yielded or parked
     */
    public boolean idle() {
        if (spins < maxSpins) {
            spins++;
            Thread.onSpinWait();
            return true;
        }
        if (yields < maxYields) {
            yields++;
            Thread.yield();
        } else {
            LockSupport.parkNanos(parkNanos);
            parkNanos = Math.min(parkNanos << 1, maxParkNanos);
        }
        return false;
    }

    /** Starts the next wait with spinning again. */
    public void reset() {
        spins = 0;
        yields = 0;
        parkNanos = MIN_PARK_NANOS;
    }
}
