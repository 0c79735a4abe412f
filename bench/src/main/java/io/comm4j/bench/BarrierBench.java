package io.comm4j.bench;

import io.comm4j.Communicator;

import java.nio.file.Path;

/**
 * Barrier latency of the sim backend, one process per rank.
 *
 * <pre>java io.comm4j.bench.BarrierBench RANK NRANKS ROOTINFO ITERATIONS WARMUP</pre>
 *
 * <p>Joins the group, allocates 4 KiB windows, runs WARMUP barriers (JIT and caches warm) through
 * the same method that then times ITERATIONS back-to-back barriers. Rank 0 timestamps every barrier
 * exit; the samples are the intervals between consecutive exits, so their mean is exactly the total
 * time over ITERATIONS, as in the C and MPI references. Prints on rank 0:
 * {@code RESULT barrier ranks=N impl=comm4j mean_ns=M p99_ns=P p50_ns=Q stalls=S stall_ns=T} (S samples
 * above 50 us, T ns in them: {@link Results#stalls}).
 */
public final class BarrierBench {
    /** Barriers per warm-up call: short, so the warm-up calls the measuring method often. */
    private static final int WARMUP_ROUND = 64;

    private BarrierBench() {
    }

    /** See the class description. */
    public static void main(final String[] args) {
        final Ranks.Group group = Ranks.Group.parse(args, "ROOTINFO");
        run(group.rank(), group.nranks(), group.path(), Ranks.count(args, 3, "ITERATIONS"),
            Ranks.count(args, 4, "WARMUP"));
    }

    static void run(final int rank, final int nranks, final Path rootInfo, final int iterations, final int warmup) {
        try (Communicator comm = Ranks.join(rank, nranks, rootInfo)) {
            comm.allocWindows(4096);
            final long[] samples = new long[iterations];
            // Warm up through the method that measures, in short rounds: called this often, the JIT
            // compiles it whole instead of only replacing its loop on the stack midway through the
            // measured round, so the measured round runs compiled code from its first barrier and no
            // compilation takes a core from a rank while it is timed (it did: stalls of 3-4 ms).
            for (int done = 0; done < warmup; done += WARMUP_ROUND) {
                timedBarriers(comm, samples, Math.min(WARMUP_ROUND, warmup - done));
            }
            final long total = timedBarriers(comm, samples, iterations);
            if (rank == 0) {
                final long[] stalls = Results.stalls(samples);
                Results.print("barrier", "ranks", nranks, "impl", "comm4j",
                    "mean_ns", (double) total / iterations, "p99_ns", Results.quantile(samples, 0.99),
                    "p50_ns", Results.quantile(samples, 0.5), "stalls", stalls[0], "stall_ns", stalls[1]);
            }
        }
    }

    /**
     * Runs {@code count} back-to-back barriers, storing in {@code samples} the time from each exit
     * to the next; returns the time of all of them.
     */
    private static long timedBarriers(final Communicator comm, final long[] samples, final int count) {
        long prev = System.nanoTime();
        final long first = prev;
        for (int i = 0; i < count; i++) {
            comm.barrier();
            final long t = System.nanoTime();
            samples[i] = t - prev;
            prev = t;
        }
        return prev - first;
    }
}
