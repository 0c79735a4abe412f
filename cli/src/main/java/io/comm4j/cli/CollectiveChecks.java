package io.comm4j.cli;

import io.comm4j.CommException;
import io.comm4j.Communicator;
import io.comm4j.Stage;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Locale;

/**
 * The checked passes of a {@link CollectiveSequence}: one collective (or one element type of it)
 * per step. Each step fills its inputs with {@link GeneratedValues} (every rank can compute every
 * rank's input, so the expected result needs no exchange), makes one call, checks every element of
 * the result, then times {@code iterations} more calls between barriers. A wrong element fails the
 * step at {@link Stage#BARRIER} naming the element, the value and the expected one.
 */
abstract class CollectiveChecks implements AutoCloseable {
    /** The size argument: bytes per rank, as the subclass defines them. */
    protected final long bytes;
    /** Timed calls after the checked one. */
    protected final int iterations;
    /** The buffers of the steps; freed by {@link #close()}. */
    protected final Arena arena = Arena.ofConfined();
    private boolean closed;

    protected CollectiveChecks(final long bytes, final int iterations) {
        this.bytes = bytes;
        this.iterations = iterations;
    }

    /** The step names, in order. */
    abstract List<String> stepNames();

    /** Builds the collective over {@code c}'s windows; returns the alloc step's detail (e.g. the chunk size). */
    abstract String prepare(Communicator c);

    /** Runs step {@code index}: the checked call and the timed ones; returns the step's detail line. */
    abstract String run(int index, Communicator c);

    /** A native buffer of {@code n} bytes, cache-line aligned. */
    protected MemorySegment buffer(final long n) {
        return arena.allocate(n, 64);
    }

    /** The failure of a result element that differs from the expected one; {@code what} says which result. */
    protected static CommException wrong(final Communicator c, final String what, final long index, final long count,
                                         final Object got, final Object expected) {
        return new CommException(Stage.BARRIER, c.backendName(), what + " at element " + index + " of "
            + count + ": got " + got + ", expected " + expected);
    }

    /** Times {@code iterations} calls between barriers; returns the detail suffix ("" for none). */
    protected String timing(final Communicator c, final long movedBytes, final Runnable call) {
        if (iterations == 0) {
            return "";
        }
        c.barrier();
        final long t0 = System.nanoTime();
        for (int k = 0; k < iterations; k++) {
            call.run();
        }
        c.barrier();
        final double us = (System.nanoTime() - t0) / 1e3 / iterations;
        return String.format(Locale.ROOT, "; %.1f us per call over %d calls, %.2f GB/s", us, iterations,
            movedBytes / (us * 1e3));
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            arena.close();
        }
    }
}
