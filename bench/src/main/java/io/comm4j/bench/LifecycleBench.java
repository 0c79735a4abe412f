package io.comm4j.bench;

import io.comm4j.Communicator;

import java.nio.file.Path;

/**
 * The whole life of a communicator in a warm JVM: init + allocWindows + first barrier + close.
 *
 * <pre>java io.comm4j.bench.LifecycleBench RANK NRANKS DIR CYCLES WARMUP [tcp=PORT]</pre>
 *
 * <p>Every rank runs WARMUP + CYCLES lives in a row, each with its own rendezvous path
 * {@code DIR/life-<i>} (a fresh group each time, as a new job would be). Rank 0 times each life from
 * before init to after close, which includes waiting for the slowest peer; the first WARMUP lives
 * (class loading, JIT) are not counted. Prints on rank 0:
 * {@code RESULT lifecycle ranks=N impl=comm4j ms=MEDIAN p90_ms=P90 min_ms=MIN init_ms=.. alloc_ms=..
 * barrier_ms=.. close_ms=..}, the last four the medians of each phase (where the time goes).
 *
 * <p>With {@code tcp=PORT} every life meets at {@code tcp://127.0.0.1:PORT} instead (rank 0 serves
 * the launch record during init, then frees the port for the next life) and the line says
 * {@code impl=comm4j-tcp}: the TCP store's init time beside the file store's.
 */
public final class LifecycleBench {
    private LifecycleBench() {
    }

    /** See the class description. */
    public static void main(final String[] args) {
        final Ranks.Group group = Ranks.Group.parse(args, "DIR");
        final Integer port = args.length > 5 && args[5].startsWith("tcp=") ? Integer.valueOf(args[5].substring(4)) : null;
        run(group.rank(), group.nranks(), group.path(), Ranks.count(args, 3, "CYCLES"), Ranks.count(args, 4, "WARMUP"),
            port);
    }

    static void run(final int rank, final int nranks, final Path dir, final int cycles, final int warmup,
                    final Integer port) {
        final long[] total = new long[cycles];
        final long[][] phases = new long[4][cycles];
        for (int i = 0; i < warmup + cycles; i++) {
            final long t0 = System.nanoTime();
            final Communicator comm = Ranks.join(rank, nranks, port != null
                ? new io.comm4j.RendezvousAddress.Tcp("127.0.0.1", port)
                : new io.comm4j.RendezvousAddress.File(dir.resolve("life-" + i)));
            final long t1;
            final long t2;
            final long t3;
            try {
                t1 = System.nanoTime();
                comm.allocWindows(4096);
                t2 = System.nanoTime();
                comm.barrier();
                t3 = System.nanoTime();
            } finally {
                comm.close();
            }
            final long t4 = System.nanoTime();
            if (i >= warmup) {
                final int k = i - warmup;
                total[k] = t4 - t0;
                phases[0][k] = t1 - t0;
                phases[1][k] = t2 - t1;
                phases[2][k] = t3 - t2;
                phases[3][k] = t4 - t3;
            }
        }
        if (rank == 0) {
            Results.print("lifecycle", "ranks", nranks, "impl", port != null ? "comm4j-tcp" : "comm4j",
                "ms", ms(total, 0.5), "p90_ms", ms(total, 0.9), "min_ms", ms(total, 0.0),
                "init_ms", ms(phases[0], 0.5), "alloc_ms", ms(phases[1], 0.5), "barrier_ms", ms(phases[2], 0.5),
                "close_ms", ms(phases[3], 0.5));
        }
    }

    private static double ms(final long[] nanos, final double q) {
        return Results.quantile(nanos, q) / 1e6;
    }
}
