package io.comm4j.bench;

import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the benchmark drivers from rotting: each runs with tiny counts, across real processes where
 * it has ranks, and must print its RESULT line. No timing is asserted: benchmarks are not tests.
 */
@Timeout(120)
class BenchDriversSmokeTest {
    @TempDir
    Path dir;

    static Stream<Arguments> barrierDrivers() {
        return Stream.of(Arguments.of(BarrierBench.class, "comm4j"), Arguments.of(JavaSpinBarrierBench.class, "java-spin"));
    }

    /** comm4j's barrier and the bare segment spin barrier it is compared with print the same RESULT line. */
    @ParameterizedTest(name = "{1}")
    @MethodSource("barrierDrivers")
    void shouldPrintTheBarrierResultFromRankZero(final Class<?> driver, final String impl) {
        final List<ChildJvm.Result> ranks = runRanks(driver, 2, dir.resolve(impl).toString(), "200", "50");
        assertThat(ranks.get(0).stdout()).as("rank 0's output").containsPattern("RESULT barrier ranks=2 impl=" + impl
            + " mean_ns=\\d+(\\.\\d+)? p99_ns=\\d+ p50_ns=\\d+ stalls=\\d+ stall_ns=\\d+");
        assertThat(ranks.get(1).stdout()).as("only rank 0 reports").doesNotContain("RESULT");
    }

    @Test
    void shouldPrintAllreduceResultPerSizeAfterCheckingTheSum() {
        final List<ChildJvm.Result> ranks = runRanks(AllreduceBench.class, 2, dir.resolve("allreduce").toString(),
            "--chunk", "4096", "--warmup-bytes", "1000000", "4096", "100004");
        assertThat(ranks.get(0).stdout()).as("rank 0's output")
            .containsPattern("RESULT allreduce ranks=2 bytes=4096 impl=comm4j us=[\\d.]+ gbps=[\\d.]+ min_us=[\\d.]+ max_us=[\\d.]+ algo=direct chunk=4096")
            .containsPattern("RESULT allreduce ranks=2 bytes=100004 impl=comm4j ");
    }

    @Test
    void shouldPrintEveryCollectivesResultPerSizeAfterCheckingIt() {
        final List<ChildJvm.Result> ranks = runRanks(CollectivesBench.class, 2, dir.resolve("collectives").toString(),
            "--warmup-bytes", "100000", "--chunk", "65536", "broadcast,allgather,reduce_scatter,all_to_all,allreduce",
            "1048576", "1000004");
        for (final String op : new String[] {"broadcast", "allgather", "reduce_scatter", "all_to_all", "allreduce"}) {
            assertThat(ranks.get(0).stdout()).as("rank 0's output")
                .containsPattern("RESULT " + op + " ranks=2 bytes=1048576 impl=comm4j us=[\\d.]+ min_us=[\\d.]+ max_us=[\\d.]+")
                .containsPattern("RESULT " + op + " ranks=2 bytes=1000004 impl=comm4j ");
        }
        assertThat(ranks.get(1).stdout()).as("only rank 0 reports").doesNotContain("RESULT");
    }

    @Test
    void shouldPrintLifecycleResult() {
        final List<ChildJvm.Result> ranks = runRanks(LifecycleBench.class, 2, dir.toString(), "3", "1");
        assertThat(ranks.get(0).stdout()).as("rank 0's output")
            .containsPattern("RESULT lifecycle ranks=2 impl=comm4j ms=[\\d.]+ p90_ms=[\\d.]+ min_ms=[\\d.]+");
    }

    @Test
    void shouldPrintWindowAndKernelResultsFromJmh() {
        final ChildJvm.Result result = ChildJvm.of(WindowBench.class)
            .jvmArg("-Djava.io.tmpdir=" + dir)
            .args("1", "1", "20", "0")
            .run(Duration.ofSeconds(100));
        assertThat(result.exitCode()).as("WindowBench's exit code\n%s", result.describe()).isZero();
        assertThat(result.stdout()).as("WindowBench's output")
            .containsPattern("RESULT window op=write bytes=1048576 impl=comm4j gbps=[\\d.]+")
            .containsPattern("RESULT window op=read bytes=67108864 impl=comm4j gbps=[\\d.]+")
            .containsPattern("RESULT kernel shape=tiled bytes=65536 gbps=[\\d.]+")
            .containsPattern("RESULT kernel shape=segment-loop bytes=1048576 gbps=[\\d.]+");
    }

    /** Starts one JVM per rank ("RANK NRANKS args..."), waits for all, requires exit 0 from each. */
    private static List<ChildJvm.Result> runRanks(final Class<?> driver, final int nranks, final String first,
                                                  final String... rest) {
        final List<ChildJvm.Running> running = new ArrayList<>();
        for (int r = 0; r < nranks; r++) {
            running.add(ChildJvm.of(driver).args(r, nranks, first).args((Object[]) rest).start());
        }
        final List<ChildJvm.Result> results = new ArrayList<>();
        for (int r = 0; r < nranks; r++) {
            final ChildJvm.Result result = running.get(r).await(Duration.ofSeconds(90));
            assertThat(result.exitCode()).as("%s rank %d's exit code\n%s", driver.getSimpleName(), r, result.describe())
                .isZero();
            results.add(result);
        }
        return results;
    }
}
