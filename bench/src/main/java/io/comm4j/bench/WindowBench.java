package io.comm4j.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Runs {@link WindowBandwidthBenchmark} and {@link SumKernelBenchmark} with JMH and prints their
 * scores as RESULT lines:
 * {@code RESULT window op=write|read bytes=B impl=comm4j gbps=G} (G = bytes / average time) and
 * {@code RESULT kernel shape=segment-loop|tiled bytes=B gbps=G} (G = 3 x bytes / average time).
 *
 * <pre>java io.comm4j.bench.WindowBench [WARMUP_ITERATIONS MEASURE_ITERATIONS ITERATION_MS FORKS]</pre>
 *
 * Defaults 3 5 1000 1; the bench module's test runs it with tiny numbers and no fork.
 */
public final class WindowBench {
    private WindowBench() {
    }

    /** See the class description. */
    public static void main(final String[] args) throws RunnerException {
        final int warmup = args.length > 0 ? (int) Ranks.positive(args, 0, "WARMUP_ITERATIONS") : 3;
        final int measure = args.length > 1 ? (int) Ranks.positive(args, 1, "MEASURE_ITERATIONS") : 5;
        final long ms = args.length > 2 ? Ranks.positive(args, 2, "ITERATION_MS") : 1000;
        final int forks = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        final List<String> jvmArgs = new ArrayList<>(List.of("--enable-native-access=ALL-UNNAMED",
            "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir")));
        final String rootInfo = System.getProperty(WindowBandwidthBenchmark.ROOTINFO_PROPERTY);
        if (rootInfo != null) {
            jvmArgs.add("-D" + WindowBandwidthBenchmark.ROOTINFO_PROPERTY + "=" + rootInfo);
        }
        final Options options = new OptionsBuilder()
            .include("^" + WindowBandwidthBenchmark.class.getName() + "\\.")
            .include("^" + SumKernelBenchmark.class.getName() + "\\.")
            .warmupIterations(warmup).warmupTime(TimeValue.milliseconds(ms))
            .measurementIterations(measure).measurementTime(TimeValue.milliseconds(ms))
            .forks(forks)
            .jvmArgsAppend(jvmArgs.toArray(String[]::new))
            .verbosity(VerboseMode.SILENT)
            .build();
        report(new Runner(options).run());
    }

    private static void report(final Collection<RunResult> results) {
        for (final RunResult r : results) {
            final String label = r.getParams().getBenchmark();
            final String method = label.substring(label.lastIndexOf('.') + 1);
            final long bytes = Long.parseLong(r.getParams().getParam("bytes"));
            final double nsPerOp = r.getPrimaryResult().getScore();
            if (label.startsWith(WindowBandwidthBenchmark.class.getName())) {
                Results.print("window", "op", method, "bytes", bytes, "impl", "comm4j", "gbps", bytes / nsPerOp);
            } else {
                Results.print("kernel", "shape", method.equals("segmentLoop") ? "segment-loop" : "tiled",
                    "bytes", bytes, "gbps", 3.0 * bytes / nsPerOp);
            }
        }
    }
}
