package io.comm4j.cli;

import io.comm4j.CommException;
import io.comm4j.Communicator;
import io.comm4j.Stage;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
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

    /** Fills {@code count} float32 (or int64) elements of {@code in} with rank {@code rank}'s values. */
    protected static void fillSummands(final MemorySegment in, final int rank, final boolean floats, final long count) {
        for (long i = 0; i < count; i++) {
            if (floats) {
                in.setAtIndex(ValueLayout.JAVA_FLOAT, i, GeneratedValues.floatAt(rank, i));
            } else {
                in.setAtIndex(ValueLayout.JAVA_LONG, i, GeneratedValues.longAt(rank, i));
            }
        }
    }

    /**
     * Checks the {@code count} elements of {@code out} bit for bit against the rank-order sum of
     * elements {@code first..first+count-1} of every rank's values.
     */
    protected static void checkSums(final Communicator c, final MemorySegment out, final boolean floats,
                                    final long first, final long count, final String what) {
        final int nranks = c.nranks();
        for (long i = 0; i < count; i++) {
            if (floats) {
                final float e = GeneratedValues.floatSum(nranks, first + i);
                final float g = out.getAtIndex(ValueLayout.JAVA_FLOAT, i);
                if (Float.floatToRawIntBits(g) != Float.floatToRawIntBits(e)) {
                    throw wrong(c, what, i, count, g, e);
                }
            } else {
                final long e = GeneratedValues.longSum(nranks, first + i);
                final long g = out.getAtIndex(ValueLayout.JAVA_LONG, i);
                if (g != e) {
                    throw wrong(c, what, i, count, g, e);
                }
            }
        }
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
