package io.comm4j.sim;

import io.comm4j.CommBackend;
import io.comm4j.CommConfig;
import io.comm4j.Communicator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * The rank side of the sim benchmarks, for {@code scripts/bench}: start one per rank (any launcher;
 * ranks meet through the rootinfo path) and read one result line per rank on standard output.
 *
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -cp ... io.comm4j.sim.SimBenchmark \
 *      barrier   RANK NRANKS ROOTINFO BARRIERS [WARMUP]     latency of back-to-back barriers
 * java ... io.comm4j.sim.SimBenchmark \
 *      lifecycle RANK NRANKS ROOTINFO ROUNDS [WARMUP]       init + allocWindows(4096) + barrier + close
 * </pre>
 *
 * <p>Each result is one line of JSON: {@code {"bench":"barrier","rank":0,"nranks":2,"n":100000,
 * "mean_ns":...,"p50_ns":...,"p99_ns":...,"max_ns":...}}. Barrier times are per barrier as this
 * rank sees them (two {@code nanoTime} reads around each); the warm-up rounds (JIT) are not counted.
 * Lifecycle rounds reuse the path: each round is a fresh launch (new segment, new token), so the
 * numbers include the rendezvous through the file system. Exit code 0, or the failing stage's.
 */
public final class SimBenchmark {
    private SimBenchmark() {
    }

    /** Runs one rank of a benchmark; see the class description for the arguments. */
    public static void main(final String[] args) {
        if (args.length < 5) {
            System.err.println("usage: SimBenchmark barrier|lifecycle RANK NRANKS ROOTINFO COUNT [WARMUP]");
            System.exit(2);
        }
        final String bench = args[0];
        final int rank = Integer.parseInt(args[1]);
        final int nranks = Integer.parseInt(args[2]);
        final CommConfig config = CommConfig.of(rank, nranks, Path.of(args[3])).withTimeout(Duration.ofSeconds(60));
        final int count = Integer.parseInt(args[4]);
        final int warmup = args.length > 5 ? Integer.parseInt(args[5]) : Math.max(1, count / 10);
        try {
            final long[] samples = switch (bench) {
                case "barrier" -> barrier(config, count, warmup);
                case "lifecycle" -> lifecycle(config, count, warmup);
                default -> throw new IllegalArgumentException("unknown benchmark " + bench);
            };
            System.out.println(json(bench, rank, nranks, samples));
        } catch (final io.comm4j.CommException e) {
            System.err.println(e.getMessage());
            System.exit(e.stage().exitCode());
        }
    }

    private static long[] barrier(final CommConfig config, final int count, final int warmup) {
        try (Communicator comm = CommBackend.named(SimBackend.NAME).init(config)) {
            comm.allocWindows(4096);
            for (int i = 0; i < warmup; i++) {
                comm.barrier();
            }
            final long[] samples = new long[count];
            for (int i = 0; i < count; i++) {
                final long start = System.nanoTime();
                comm.barrier();
                samples[i] = System.nanoTime() - start;
            }
            return samples;
        }
    }

    private static long[] lifecycle(final CommConfig config, final int count, final int warmup) {
        final CommBackend sim = CommBackend.named(SimBackend.NAME);
        final long[] samples = new long[count];
        for (int i = -warmup; i < count; i++) {
            final long start = System.nanoTime();
            try (Communicator comm = sim.init(config)) {
                comm.allocWindows(4096);
                comm.barrier();
            }
            if (i >= 0) {
                samples[i] = System.nanoTime() - start;
            }
        }
        return samples;
    }

    private static String json(final String bench, final int rank, final int nranks, final long[] samples) {
        final long[] sorted = samples.clone();
        Arrays.sort(sorted);
        final double mean = Arrays.stream(sorted).average().orElse(0);
        return String.format(Locale.ROOT, "{\"bench\":\"%s\",\"rank\":%d,\"nranks\":%d,\"n\":%d,\"mean_ns\":%.1f,"
                + "\"p50_ns\":%d,\"p99_ns\":%d,\"max_ns\":%d}", bench, rank, nranks, sorted.length, mean,
            percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
    }

    private static long percentile(final long[] sorted, final double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    }
}
