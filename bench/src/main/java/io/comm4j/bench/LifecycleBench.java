package io.comm4j.bench;

import io.comm4j.Communicator;

import java.nio.file.Path;

/**
 * The whole life of a communicator in a warm JVM: init + allocWindows + first barrier + close.
 *
 * <pre>java io.comm4j.bench.LifecycleBench RANK NRANKS DIR CYCLES WARMUP</pre>
 *
 * <p>Every rank runs WARMUP + CYCLES lives in a row, each with its own rendezvous path
 * {@code DIR/life-<i>} (a fresh group each time, as a new job would be). Rank 0 times each life from
 * before init to after close, which includes waiting for the slowest peer; the first WARMUP lives
 * (class loading, JIT) are not counted. Prints on rank 0:
 * {@code RESULT lifecycle ranks=N impl=comm4j ms=MEDIAN p90_ms=P90 min_ms=MIN}.
 */
public final class LifecycleBench {
    private LifecycleBench() {
    }

    /** See the class description. */
    public static void main(final String[] args) {
        final int rank = Ranks.rank(args, 0);
        final int nranks = (int) Ranks.positive(args, 1, "NRANKS");
        final Path dir = Path.of(args[2]);
        final int cycles = (int) Ranks.positive(args, 3, "CYCLES");
        final int warmup = (int) Ranks.positive(args, 4, "WARMUP");
        run(rank, nranks, dir, cycles, warmup);
    }

    static void run(final int rank, final int nranks, final Path dir, final int cycles, final int warmup) {
        final long[] samples = new long[cycles];
        for (int i = 0; i < warmup + cycles; i++) {
            final long t0 = System.nanoTime();
            try (Communicator comm = Ranks.join(rank, nranks, dir.resolve("life-" + i))) {
                comm.allocWindows(4096);
                comm.barrier();
            }
            final long t = System.nanoTime() - t0;
            if (i >= warmup) {
                samples[i - warmup] = t;
            }
        }
        if (rank == 0) {
            Results.print("lifecycle", "ranks", nranks, "impl", "comm4j",
                "ms", Results.quantile(samples, 0.5) / 1e6, "p90_ms", Results.quantile(samples, 0.9) / 1e6,
                "min_ms", Results.quantile(samples, 0.0) / 1e6);
        }
    }
}
