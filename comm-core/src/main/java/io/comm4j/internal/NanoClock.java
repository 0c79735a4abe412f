package io.comm4j.internal;

/**
 * A monotonic nanosecond clock. Production uses {@link #SYSTEM} ({@link System#nanoTime()}), so a
 * wall-clock jump can never shorten or stretch a wait; tests inject a clock they move by hand.
 */
@FunctionalInterface
public interface NanoClock {
    /** {@link System#nanoTime()}. */
    NanoClock SYSTEM = System::nanoTime;

    /** Nanoseconds since an arbitrary origin; only differences mean anything. */
    long nanoTime();
}
