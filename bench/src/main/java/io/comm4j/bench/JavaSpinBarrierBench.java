package io.comm4j.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The third barrier reference: the sim backend's sense-reversing barrier written directly on a
 * bare shared {@link MemorySegment}, with no comm4j code around it (no communicator state, no
 * {@code Waiter}, no condition object, no deadline clock). It separates what the JVM costs from
 * what comm4j's layers cost: comm4j vs this is the library, this vs the C spin barrier is the JVM.
 *
 * <pre>java io.comm4j.bench.JavaSpinBarrierBench RANK NRANKS FILE ITERATIONS WARMUP</pre>
 *
 * <p>Every rank maps the first 4 KiB of FILE (created by whichever rank comes first; the caller
 * passes a fresh path) shared; count and phase sit on their own 128-byte slots, as in the C
 * reference and the sim header. The wait spins on {@link Thread#onSpinWait()} 2000 times (20 when
 * ranks outnumber cores), then yields; every 1024 polls it reads the clock, so a dead peer ends the
 * run after 60 s (exit 3) instead of hanging it. The first barrier is also the start: every rank
 * has mapped the file when it passes. Prints on rank 0
 * {@code RESULT barrier ranks=N impl=java-spin mean_ns=M p99_ns=P p50_ns=Q stalls=S stall_ns=T}, as
 * {@link BarrierBench}.
 */
public final class JavaSpinBarrierBench {
    private static final VarHandle INT = ValueLayout.JAVA_INT.varHandle();
    private static final long COUNT_OFFSET = 0;
    private static final long PHASE_OFFSET = 128;
    private static final long DEADLINE_NANOS = 60_000_000_000L;
    private static final int WARMUP_ROUND = 64;

    private final MemorySegment shared;
    private final int nranks;
    private final int spins;

    private JavaSpinBarrierBench(final MemorySegment shared, final int nranks) {
        this.shared = shared;
        this.nranks = nranks;
        this.spins = nranks <= Runtime.getRuntime().availableProcessors() ? 2_000 : 20;
    }

    /** See the class description. */
    public static void main(final String[] args) {
        final Ranks.Group group = Ranks.Group.parse(args, "FILE");
        final int nranks = group.nranks();
        final Path file = group.path();
        final int iterations = Ranks.count(args, 3, "ITERATIONS");
        final int warmup = Ranks.count(args, 4, "WARMUP");
        try (Arena arena = Arena.ofConfined();
             FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                 StandardOpenOption.WRITE)) {
            final JavaSpinBarrierBench b = new JavaSpinBarrierBench(ch.map(FileChannel.MapMode.READ_WRITE, 0, 4096, arena), nranks);
            final long[] samples = new long[iterations];
            for (int done = 0; done < warmup; done += WARMUP_ROUND) {
                b.timedBarriers(samples, Math.min(WARMUP_ROUND, warmup - done));
            }
            final long total = b.timedBarriers(samples, iterations);
            if (group.rank() == 0) {
                final long[] stalls = Results.stalls(samples);
                Results.print("barrier", "ranks", nranks, "impl", "java-spin",
                    "mean_ns", (double) total / iterations, "p99_ns", Results.quantile(samples, 0.99),
                    "p50_ns", Results.quantile(samples, 0.5), "stalls", stalls[0], "stall_ns", stalls[1]);
            }
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot map " + file, e);
        }
    }

    private long timedBarriers(final long[] samples, final int count) {
        long prev = System.nanoTime();
        final long first = prev;
        for (int i = 0; i < count; i++) {
            barrier();
            final long t = System.nanoTime();
            samples[i] = t - prev;
            prev = t;
        }
        return prev - first;
    }

    private void barrier() {
        final int phase = (int) INT.getAcquire(shared, PHASE_OFFSET);
        if ((int) INT.getAndAdd(shared, COUNT_OFFSET, 1) == nranks - 1) {
            INT.set(shared, COUNT_OFFSET, 0);
            INT.setRelease(shared, PHASE_OFFSET, phase + 1);
            return;
        }
        int spun = 0;
        int polls = 0;
        long start = 0;
        while ((int) INT.getAcquire(shared, PHASE_OFFSET) == phase) {
            if (spun < spins) {
                spun++;
                Thread.onSpinWait();
                continue;
            }
            Thread.yield();
            if ((++polls & 1023) == 0) {
                final long t = System.nanoTime();
                if (start == 0) {
                    start = t;
                } else if (t - start > DEADLINE_NANOS) {
                    System.err.println("JavaSpinBarrierBench: a peer never reached the barrier within 60 s");
                    System.exit(3);
                }
            }
        }
    }
}
