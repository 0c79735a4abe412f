package io.comm4j.bench;

import io.comm4j.Communicator;
import io.comm4j.collective.Allreduce;
import io.comm4j.collective.Allreduce.Algorithm;
import io.comm4j.collective.Allreduce.Options;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Allreduce (float32 sum) time and bandwidth, one process per rank, measured as the MPI reference
 * ({@code mpi_allreduce.c}) measures {@code MPI_Allreduce}.
 *
 * <pre>java io.comm4j.bench.AllreduceBench RANK NRANKS ROOTINFO [--algorithm auto|direct|rsag]
 *      [--chunk BYTES] [--warmup-bytes BYTES] BYTES...</pre>
 *
 * <p>Windows are allocated once, two chunks plus headers per rank. For each size: input and output
 * buffers allocated and touched once, a warm-up of about {@code --warmup-bytes} (8 GiB) reduced
 * (20..200000 calls: the JIT must have compiled the kernel), then {@value #ROUNDS} rounds of ITER calls,
 * each between two barriers and timed on rank 0 (ITER from the size: about 256 MiB reduced per
 * size, 5..20000 calls, as in the MPI reference). The last result is then checked element by
 * element against the rank-order sum (a benchmark of a wrong answer is worthless). Prints on rank 0
 * per size:
 * {@code RESULT allreduce ranks=N bytes=B impl=comm4j us=T gbps=G min_us=A max_us=Z algo=rsag chunk=C}
 * with T the median round's time per call, A and Z the fastest and slowest round's, and G = B / T
 * in GB/s (10^9 bytes); impl is {@code comm4j} for the default algorithm choice and
 * {@code comm4j-direct} / {@code comm4j-rsag} when one is forced.
 */
public final class AllreduceBench {
    private static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT;
    /**
     * Timed rounds per size; the result is the median round, so a burst of noise from elsewhere on
     * the machine (one round in several, on a shared VM) moves the spread, not the result.
     */
    static final int ROUNDS = 5;
    /** Calls per warm-up round: short, so the warm-up calls the timing method often. */
    private static final long WARMUP_ROUND = 16;

    private AllreduceBench() {
    }

    /** See the class description. */
    public static void main(final String[] args) {
        final Ranks.Group group = Ranks.Group.parse(args, "ROOTINFO");
        Options options = Options.DEFAULT;
        String impl = "comm4j";
        // With 2 GiB (0.4 s at 1 MiB) two of five rounds still ran 1.3-1.5x slow while the JIT
        // recompiled the reduce-scatter path; with 8 GiB the rounds agree within a few percent.
        long warmupBytes = 8L << 30;
        final List<Long> sizes = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            switch (args[i]) {
                case "--algorithm" -> {
                    final String a = args[++i].toLowerCase(Locale.ROOT);
                    options = options.withAlgorithm(switch (a) {
                        case "auto" -> Algorithm.AUTO;
                        case "direct" -> Algorithm.DIRECT;
                        case "rsag" -> Algorithm.REDUCE_SCATTER_ALLGATHER;
                        default -> throw Ranks.usage("--algorithm must be auto, direct or rsag, got " + a);
                    });
                    impl = a.equals("auto") ? "comm4j" : "comm4j-" + a;
                }
                case "--chunk" -> options = options.withMaxChunkBytes(Ranks.positive(args, ++i, "--chunk"));
                case "--warmup-bytes" -> warmupBytes = Ranks.positive(args, ++i, "--warmup-bytes");
                default -> sizes.add(Ranks.positive(args, i, "BYTES"));
            }
        }
        if (sizes.isEmpty()) {
            throw Ranks.usage("no BYTES given");
        }
        run(group.rank(), group.nranks(), group.path(), options, impl, sizes, warmupBytes);
    }

    static void run(final int rank, final int nranks, final Path rootInfo, final Options options, final String impl,
                    final List<Long> sizes, final long warmupBytes) {
        try (Communicator comm = Ranks.join(rank, nranks, rootInfo)) {
            comm.allocWindows(2 * (options.maxChunkBytes() + 128));
            final Allreduce allreduce = Allreduce.over(comm, options);
            for (final long bytes : sizes) {
                if (bytes % Float.BYTES != 0) {
                    throw Ranks.usage("BYTES must be a multiple of 4, got " + bytes);
                }
                measure(comm, allreduce, bytes, impl, warmupBytes);
            }
        }
    }

    /** The value rank {@code r} contributes at element {@code i}: the MPI reference's pattern. */
    static float input(final int r, final long i) {
        return (r + 1) * 0.5f + (i & 1023);
    }

    private static void measure(final Communicator comm, final Allreduce allreduce, final long bytes,
                                final String impl, final long warmupBytes) {
        final long count = bytes / Float.BYTES;
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment in = arena.allocate(bytes, 64);
            final MemorySegment out = arena.allocate(bytes, 64);
            for (long i = 0; i < count; i++) {
                in.setAtIndex(F, i, input(comm.rank(), i));
            }
            out.fill((byte) 0);
            final long iterations = Math.clamp((256L << 20) / bytes, 5, 20_000);
            // The JIT needs a few hundred thousand small calls (or a few GB of large ones) before the
            // kernel runs compiled by C2; fewer, and the mean includes interpreted and C1 calls.
            final long warmup = Math.clamp(warmupBytes / bytes, 20, 200_000);
            // Warm up through the method that times, in short rounds, so the JIT compiles it whole
            // and the timed round neither starts interpreted nor shares a core with a compilation.
            for (long done = 0; done < warmup; done += WARMUP_ROUND) {
                timedCalls(comm, allreduce, in, out, Math.min(WARMUP_ROUND, warmup - done));
            }
            final long[] rounds = new long[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                rounds[r] = timedCalls(comm, allreduce, in, out, iterations);
            }
            verify(out, count, comm.nranks());
            if (comm.rank() == 0) {
                final double us = Results.quantile(rounds, 0.5) / (double) iterations / 1e3;
                Results.print("allreduce", "ranks", comm.nranks(), "bytes", bytes, "impl", impl, "us", us,
                    "gbps", bytes / (us * 1e3), "min_us", Results.quantile(rounds, 0) / (double) iterations / 1e3,
                    "max_us", Results.quantile(rounds, 1) / (double) iterations / 1e3,
                    "algo", allreduce.algorithmFor(bytes).name().toLowerCase(Locale.ROOT), "chunk", allreduce.chunkBytes());
            }
        }
    }

    /** The time of {@code calls} back-to-back calls, from a barrier to a barrier. */
    private static long timedCalls(final Communicator comm, final Allreduce allreduce, final MemorySegment in,
                                   final MemorySegment out, final long calls) {
        comm.barrier();
        final long t0 = System.nanoTime();
        for (long i = 0; i < calls; i++) {
            allreduce.sumFloats(in, out);
        }
        comm.barrier();
        return System.nanoTime() - t0;
    }

    private static void verify(final MemorySegment out, final long count, final int nranks) {
        for (long i = 0; i < count; i++) {
            float expected = input(0, i);
            for (int r = 1; r < nranks; r++) {
                expected += input(r, i);
            }
            final float got = out.getAtIndex(F, i);
            if (Float.floatToRawIntBits(got) != Float.floatToRawIntBits(expected)) {
                throw new IllegalStateException("allreduce gave " + got + " at element " + i + ", expected " + expected);
            }
        }
    }
}
