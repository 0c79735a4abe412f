package io.comm4j.cli;

import io.comm4j.CommBackend;
import io.comm4j.CommConfig;
import io.comm4j.CommException;
import io.comm4j.Communicator;
import io.comm4j.Stage;
import io.comm4j.collective.Allreduce;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code comm-smoke allreduce} does on one rank:
 *
 * <pre>
 * load -> init -> alloc windows -> allreduce f32 -> allreduce i64 -> destroy
 * </pre>
 *
 * <p>Each allreduce step sums {@code size} bytes per rank of generated values (float32, then int64)
 * with {@link Allreduce}, checks the result bit for bit against the rank-order sum computed here from
 * every rank's values (each rank can generate all of them), then times {@code iterations} more calls
 * between barriers. A wrong element fails the step at {@link Stage#BARRIER} naming the element, the
 * value and the expected one. Steps are reported through the same {@link SmokeSequence.Listener} as
 * the smoke, so the launcher, the text lines and {@code --json} work unchanged.
 */
public final class AllreduceSequence {

    /** The step names, in order, for the launcher. */
    public static final List<Map.Entry<String, Stage>> STEPS = List.of(Map.entry("load", Stage.LOAD),
        Map.entry("init", Stage.INIT), Map.entry("alloc windows", Stage.ALLOC),
        Map.entry("allreduce f32", Stage.BARRIER), Map.entry("allreduce i64", Stage.BARRIER),
        Map.entry("destroy", Stage.DESTROY));

    private final String backendName;
    private final CommConfig config;
    private final long winSize;
    private final long bytes;
    private final int iterations;
    private final Allreduce.Options options;
    private final SmokeSequence.Listener listener;
    private final List<StepResult> steps = new ArrayList<>();

    /**
     * An allreduce run of {@code bytes} per rank: one checked call, then {@code iterations} timed ones.
     *
     * @param bytes      bytes per rank and call, a multiple of 8
     * @param iterations timed calls after the checked one, 0 or more
     */
    public AllreduceSequence(final String backendName, final CommConfig config, final long winSize, final long bytes,
                             final int iterations, final Allreduce.Options options,
                             final SmokeSequence.Listener listener) {
        this.backendName = backendName;
        this.config = config;
        this.winSize = winSize;
        this.bytes = bytes;
        this.iterations = iterations;
        this.options = options;
        this.listener = listener;
    }

    /** Runs the steps; a failure is the result, never an exception. */
    public SmokeSequence.Result run() {
        final long start = System.nanoTime();
        Optional<StepResult> failed = Optional.empty();
        Communicator comm = null;
        try {
            final CommBackend backend = step("load", Stage.LOAD, () -> CommBackend.named(backendName),
                b -> "backend " + b.name());
            comm = step("init", Stage.INIT, () -> backend.init(config),
                c -> "rank " + c.rank() + " of " + c.nranks() + " at " + config.rootInfoPath());
            final Communicator c = comm;
            final Allreduce allreduce = step("alloc windows", Stage.ALLOC, () -> {
                c.allocWindows(winSize);
                return Allreduce.over(c, options);
            }, a -> c.windowSize() + " bytes per rank, chunks of " + a.chunkBytes() + " bytes");
            try (Arena arena = Arena.ofConfined()) {
                final MemorySegment in = arena.allocate(bytes, 64);
                final MemorySegment out = arena.allocate(bytes, 64);
                step("allreduce f32", Stage.BARRIER, () -> sum(c, allreduce, in, out, true), d -> d);
                step("allreduce i64", Stage.BARRIER, () -> sum(c, allreduce, in, out, false), d -> d);
            }
            comm = null; // closed by the destroy step, successfully or not
            step("destroy", Stage.DESTROY, () -> {
                c.close();
                return c;
            }, x -> "closed");
        } catch (final Failed f) {
            failed = Optional.of(f.result);
        } finally {
            if (comm != null) {
                SmokeSequence.closeAfterFailure(comm);
            }
        }
        return new SmokeSequence.Result(List.copyOf(steps), failed, System.nanoTime() - start);
    }

    /** One checked call, then {@code iterations} timed ones; returns the step's detail line. */
    private String sum(final Communicator c, final Allreduce allreduce, final MemorySegment in,
                       final MemorySegment out, final boolean floats) {
        final int rank = c.rank();
        final int nranks = c.nranks();
        final long count = bytes / (floats ? Float.BYTES : Long.BYTES);
        for (long i = 0; i < count; i++) {
            if (floats) {
                in.setAtIndex(ValueLayout.JAVA_FLOAT, i, GeneratedValues.floatAt(rank, i));
            } else {
                in.setAtIndex(ValueLayout.JAVA_LONG, i, GeneratedValues.longAt(rank, i));
            }
        }
        final Runnable call = floats ? () -> allreduce.sumFloats(in, out) : () -> allreduce.sumLongs(in, out);
        call.run();
        for (long i = 0; i < count; i++) {
            final boolean ok;
            final String got;
            final String expected;
            if (floats) {
                final float e = GeneratedValues.floatSum(nranks, i);
                final float g = out.getAtIndex(ValueLayout.JAVA_FLOAT, i);
                ok = Float.floatToRawIntBits(g) == Float.floatToRawIntBits(e);
                got = Float.toString(g);
                expected = Float.toString(e);
            } else {
                final long e = GeneratedValues.longSum(nranks, i);
                final long g = out.getAtIndex(ValueLayout.JAVA_LONG, i);
                ok = g == e;
                got = Long.toString(g);
                expected = Long.toString(e);
            }
            if (!ok) {
                throw new CommException(Stage.BARRIER, c.backendName(), "allreduce result differs from the "
                    + "rank-order sum at element " + i + " of " + count + ": got " + got + ", expected " + expected);
            }
        }
        String timing = "";
        if (iterations > 0) {
            c.barrier();
            final long t0 = System.nanoTime();
            for (int k = 0; k < iterations; k++) {
                call.run();
            }
            c.barrier();
            final double us = (System.nanoTime() - t0) / 1e3 / iterations;
            timing = String.format(Locale.ROOT, "; %.1f us per call over %d calls, %.2f GB/s", us, iterations,
                bytes / (us * 1e3));
        }
        return String.format(Locale.ROOT, "%d %s per rank, %s, bit-identical to the rank-order sum%s", count,
            floats ? "float32" : "int64", allreduce.algorithmFor(bytes).name().toLowerCase(Locale.ROOT), timing);
    }

    private interface Body<T> {
        T run();
    }

    private interface Describe<T> {
        String describe(T value);
    }

    /** Stops the sequence at a failed step; inside this class only. */
    private static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient StepResult result;

        Failed(final StepResult result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    private <T> T step(final String name, final Stage stage, final Body<T> body, final Describe<T> describe)
        throws Failed {
        final long t0 = System.nanoTime();
        StepResult r;
        try {
            final T value = body.run();
            r = new StepResult(name, stage, StepResult.Status.OK, System.nanoTime() - t0, describe.describe(value));
            report(r);
            return value;
        } catch (final CommException e) {
            r = new StepResult(name, e.stage(), StepResult.Status.FAILED, System.nanoTime() - t0, e.getMessage());
        } catch (final RuntimeException | Error e) {
            r = new StepResult(name, stage, StepResult.Status.FAILED, System.nanoTime() - t0,
                stage.label() + " failed: " + e);
        }
        report(r);
        throw new Failed(r);
    }

    private void report(final StepResult r) {
        steps.add(r);
        listener.step(r);
    }
}
