package io.comm4j.bench;

import io.comm4j.Communicator;
import io.comm4j.collective.AllToAll;
import io.comm4j.collective.Allgather;
import io.comm4j.collective.Allreduce;
import io.comm4j.collective.Broadcast;
import io.comm4j.collective.ReduceScatter;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The five collectives' time per call, one process per rank, measured as the MPI reference
 * ({@code mpi_collectives.c}) measures MPI's counterparts.
 *
 * <pre>java io.comm4j.bench.CollectivesBench RANK NRANKS ROOTINFO [--warmup-bytes BYTES] [--round-bytes BYTES]
 *     [--chunk BYTES] [--interleave-heap] OPS BYTES...</pre>
 * {@code --interleave-heap}: each byte-moving op also on heap arrays (the staged path), round by
 * round in turn with the native one, printed as {@code impl=comm4j-staged via=heap}.
 *
 * <p>OPS is a comma-separated list of {@code broadcast, allgather, reduce_scatter, all_to_all,
 * allreduce}; BYTES the count MPI takes, in bytes: broadcast's buffer (root 0), each rank's input
 * (allgather, allreduce), each rank's result block (reduce_scatter, float32 sum: the input is
 * nranks blocks), each block (all_to_all). Per op and size, as {@link AllreduceBench}: buffers
 * allocated and touched once, a warm-up of about {@code --warmup-bytes} (1 GiB) through the timing
 * method in short rounds, then {@value AllreduceBench#ROUNDS} rounds of ITER calls between barriers,
 * timed on rank 0 (ITER: about {@code --round-bytes} (256 MiB) per size, 5..20000 calls), then every element of the last
 * result checked. {@code --chunk} bounds every collective's chunk (default: each one's default).
 * Prints on rank 0
 * {@code RESULT <op> ranks=N bytes=B impl=comm4j us=T min_us=A max_us=Z} (T the median round's time
 * per call, A and Z the fastest and slowest round's; {@code impl=comm4j-staged} under
 * {@code -Dio.comm4j.collective.singleCopy=false}).
 */
public final class CollectivesBench {
    private static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT;
    private static final long WARMUP_ROUND = 16;
    /**
     * {@code comm4j}, or {@code comm4j-staged} when this JVM runs with the collectives' single copy
     * switched off ({@code -Dio.comm4j.collective.singleCopy=false}): the staged path for a
     * before/after comparison in one run.
     */
    private static final String IMPL = "false".equalsIgnoreCase(System.getProperty("io.comm4j.collective.singleCopy"))
        ? "comm4j-staged" : "comm4j";
    private static final List<String> BYTE_MOVERS = List.of("broadcast", "allgather", "all_to_all");
    private static final List<String> OPS = List.of("broadcast", "allgather", "reduce_scatter", "all_to_all",
        "allreduce");

    private CollectivesBench() {
    }

    /** See the class description. */
    public static void main(final String[] args) {
        final int rank = Ranks.rank(args, 0);
        final int nranks = (int) Ranks.positive(args, 1, "NRANKS");
        final Path rootInfo = Ranks.path(args, 2, "ROOTINFO");
        long warmupBytes = 1L << 30;
        long roundBytes = 256L << 20;
        long chunk = -1;
        boolean interleave = false;
        int i = 3;
        while (i < args.length && args[i].startsWith("--")) {
            switch (args[i]) {
                case "--warmup-bytes" -> warmupBytes = Ranks.positive(args, i + 1, "--warmup-bytes");
                case "--round-bytes" -> roundBytes = Ranks.positive(args, i + 1, "--round-bytes");
                case "--chunk" -> chunk = Ranks.positive(args, i + 1, "--chunk");
                case "--interleave-heap" -> {
                    interleave = true;
                    i--;
                }
                default -> throw Ranks.usage("unknown option " + args[i]);
            }
            i += 2;
        }
        if (i >= args.length) {
            throw Ranks.usage("missing OPS");
        }
        final List<String> ops = List.of(args[i].split(","));
        for (final String op : ops) {
            if (!OPS.contains(op)) {
                throw Ranks.usage("unknown op '" + op + "', expected one of " + OPS);
            }
        }
        final List<Long> sizes = new ArrayList<>();
        for (int k = i + 1; k < args.length; k++) {
            final long b = Ranks.positive(args, k, "BYTES");
            if (b % Float.BYTES != 0) {
                throw Ranks.usage("BYTES must be a multiple of 4, got " + b);
            }
            sizes.add(b);
        }
        if (sizes.isEmpty()) {
            throw Ranks.usage("no BYTES given");
        }
        try (Communicator comm = Ranks.join(rank, nranks, rootInfo)) {
            comm.allocWindows(2 * (Math.max(chunk, Allreduce.Options.DEFAULT_MAX_CHUNK_BYTES) + 128));
            for (final String op : ops) {
                for (final long bytes : sizes) {
                    if (interleave && BYTE_MOVERS.contains(op)) {
                        measureInterleaved(comm, op, bytes, warmupBytes, roundBytes, chunk);
                    } else {
                        measure(comm, op, bytes, warmupBytes, roundBytes, chunk);
                    }
                }
            }
        }
    }

    /** Rank {@code r}'s byte at {@code i}, for the byte-moving ops. */
    static byte byteAt(final int r, final long i) {
        return (byte) (r * 31 + i * 7 + (i >>> 12));
    }

    /** One op's buffers, call and check. */
    private record Case(Runnable call, Runnable verify) {
    }

    private static Case prepare(final Communicator comm, final Arena arena, final String op, final long bytes,
                                final long chunkOption) {
        return prepare(comm, arena, size -> arena.allocate(size, 64), op, bytes, chunkOption);
    }

    /**
     * {@code alloc} makes the byte-moving ops' buffers: native (the single copy applies) or heap
     * arrays (a peer cannot read those by address, so the call stays staged).
     */
    private static Case prepare(final Communicator comm, final Arena arena, final LongFunction<MemorySegment> alloc,
                                final String op, final long bytes, final long chunkOption) {
        final long chunk = chunkOption > 0 ? chunkOption : Allreduce.Options.DEFAULT_MAX_CHUNK_BYTES;
        final int rank = comm.rank();
        final int n = comm.nranks();
        return switch (op) {
            case "broadcast" -> {
                final Broadcast b = Broadcast.over(comm, chunk);
                final MemorySegment buf = bytes(alloc, bytes, rank, 0);
                yield new Case(() -> b.broadcast(buf, 0), () -> checkBytes(buf, 0, 0, 0, bytes, op));
            }
            case "allgather" -> {
                final Allgather g = Allgather.over(comm, chunk);
                final MemorySegment in = bytes(alloc, bytes, rank, 0);
                final MemorySegment out = alloc.apply(bytes * n);
                out.fill((byte) 0);
                yield new Case(() -> g.gather(in, out), () -> {
                    for (int r = 0; r < n; r++) {
                        checkBytes(out, r * bytes, r, 0, bytes, op);
                    }
                });
            }
            case "all_to_all" -> {
                final AllToAll a = AllToAll.over(comm, chunk);
                final MemorySegment in = bytes(alloc, bytes * n, rank, 0);
                final MemorySegment out = alloc.apply(bytes * n);
                out.fill((byte) 0);
                yield new Case(() -> a.exchange(in, out), () -> {
                    for (int q = 0; q < n; q++) {
                        checkBytes(out, q * bytes, q, rank * bytes, bytes, op);
                    }
                });
            }
            case "reduce_scatter" -> {
                final ReduceScatter rs = ReduceScatter.over(comm, chunk);
                final MemorySegment in = floats(arena, bytes * n, rank);
                final MemorySegment out = arena.allocate(bytes, 64);
                out.fill((byte) 0);
                yield new Case(() -> rs.sumFloats(in, out), () -> checkSum(out, rank * (bytes / Float.BYTES), n, op));
            }
            case "allreduce" -> {
                final Allreduce ar = Allreduce.over(comm, Allreduce.Options.DEFAULT.withMaxChunkBytes(chunk));
                final MemorySegment in = floats(arena, bytes, rank);
                final MemorySegment out = arena.allocate(bytes, 64);
                out.fill((byte) 0);
                yield new Case(() -> ar.sumFloats(in, out), () -> checkSum(out, 0, n, op));
            }
            default -> throw Ranks.usage("unknown op " + op);
        };
    }

    private static MemorySegment bytes(final LongFunction<MemorySegment> alloc, final long size, final int rank,
                                       final long from) {
        final MemorySegment s = alloc.apply(size);
        for (long i = 0; i < size; i++) {
            s.set(ValueLayout.JAVA_BYTE, i, byteAt(rank, from + i));
        }
        return s;
    }

    private static MemorySegment floats(final Arena arena, final long size, final int rank) {
        final MemorySegment s = arena.allocate(size, 64);
        for (long i = 0; i < size / Float.BYTES; i++) {
            s.setAtIndex(F, i, AllreduceBench.input(rank, i));
        }
        return s;
    }

    private static void checkBytes(final MemorySegment seg, final long at, final int rank, final long from,
                                   final long n, final String op) {
        for (long i = 0; i < n; i++) {
            if (seg.get(ValueLayout.JAVA_BYTE, at + i) != byteAt(rank, from + i)) {
                throw new IllegalStateException(op + " gave a wrong byte at " + (at + i));
            }
        }
    }

    private static void checkSum(final MemorySegment out, final long first, final int nranks, final String op) {
        for (long i = 0; i < out.byteSize() / Float.BYTES; i++) {
            float expected = AllreduceBench.input(0, first + i);
            for (int r = 1; r < nranks; r++) {
                expected += AllreduceBench.input(r, first + i);
            }
            final float got = out.getAtIndex(F, i);
            if (Float.floatToRawIntBits(got) != Float.floatToRawIntBits(expected)) {
                throw new IllegalStateException(op + " gave " + got + " at element " + i + ", expected " + expected);
            }
        }
    }

    private static void measure(final Communicator comm, final String op, final long bytes, final long warmupBytes,
                                final long roundBytes, final long chunk) {
        try (Arena arena = Arena.ofConfined()) {
            final Case c = prepare(comm, arena, op, bytes, chunk);
            final long iterations = Math.clamp(roundBytes / bytes, 5, 20_000);
            final long warmup = Math.clamp(warmupBytes / bytes, 20, 100_000);
            for (long done = 0; done < warmup; done += WARMUP_ROUND) {
                timedCalls(comm, c.call(), Math.min(WARMUP_ROUND, warmup - done));
            }
            final long[] rounds = new long[AllreduceBench.ROUNDS];
            for (int r = 0; r < rounds.length; r++) {
                rounds[r] = timedCalls(comm, c.call(), iterations);
            }
            c.verify().run();
            if (comm.rank() == 0) {
                final double us = Results.quantile(rounds, 0.5) / (double) iterations / 1e3;
                Results.print(op, "ranks", comm.nranks(), "bytes", bytes, "impl", IMPL, "us", us,
                    "min_us", Results.quantile(rounds, 0) / (double) iterations / 1e3,
                    "max_us", Results.quantile(rounds, 1) / (double) iterations / 1e3);
            }
        }
    }

    /**
     * The single copy against the staged path in one launch: the op on native buffers and on heap
     * arrays (which stay staged), round by round in turn, so a slow spell of a shared machine hits
     * both. Prints {@code impl=comm4j} and {@code impl=comm4j-staged via=heap} lines.
     */
    private static void measureInterleaved(final Communicator comm, final String op, final long bytes,
                                           final long warmupBytes, final long roundBytes, final long chunk) {
        try (Arena arena = Arena.ofConfined()) {
            final Case single = prepare(comm, arena, op, bytes, chunk);
            final Case staged = prepare(comm, arena, size -> MemorySegment.ofArray(new byte[Math.toIntExact(size)]),
                op, bytes, chunk);
            final long iterations = Math.clamp(roundBytes / bytes, 5, 20_000);
            final long warmup = Math.clamp(warmupBytes / bytes, 20, 100_000);
            for (long done = 0; done < warmup; done += WARMUP_ROUND) {
                timedCalls(comm, single.call(), Math.min(WARMUP_ROUND, warmup - done));
                timedCalls(comm, staged.call(), Math.min(WARMUP_ROUND, warmup - done));
            }
            final long[] a = new long[AllreduceBench.ROUNDS];
            final long[] b = new long[AllreduceBench.ROUNDS];
            for (int r = 0; r < a.length; r++) {
                a[r] = timedCalls(comm, single.call(), iterations);
                b[r] = timedCalls(comm, staged.call(), iterations);
            }
            single.verify().run();
            staged.verify().run();
            if (comm.rank() == 0) {
                for (final Object[] line : new Object[][] {{"comm4j", a}, {"comm4j-staged", b}}) {
                    final long[] rounds = (long[]) line[1];
                    Results.print(op, "ranks", comm.nranks(), "bytes", bytes, "impl", line[0], "via",
                        line[0].equals("comm4j") ? "native" : "heap",
                        "us", Results.quantile(rounds, 0.5) / (double) iterations / 1e3,
                        "min_us", Results.quantile(rounds, 0) / (double) iterations / 1e3,
                        "max_us", Results.quantile(rounds, 1) / (double) iterations / 1e3);
                }
            }
        }
    }

    /** The time of {@code calls} back-to-back calls, from a barrier to a barrier. */
    private static long timedCalls(final Communicator comm, final Runnable call, final long calls) {
        comm.barrier();
        final long t0 = System.nanoTime();
        for (long i = 0; i < calls; i++) {
            call.run();
        }
        comm.barrier();
        return System.nanoTime() - t0;
    }
}
