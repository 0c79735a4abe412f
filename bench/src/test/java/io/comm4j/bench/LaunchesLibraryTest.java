package io.comm4j.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark method of scripts/lib/launches.sh (alternating launches, medians over launches,
 * paired verdicts), run through bash on made-up launch results whose answers are worked out by hand.
 */
@Timeout(60)
class LaunchesLibraryTest {
    private static final Path LIBRARY = Path.of(System.getProperty("user.dir")).getParent()
        .resolve("scripts/lib/launches.sh");

    /** Three launches of three barriers; comm4j meets 1.3x c-spin only in launch 2, beats mpi in 1 and 2. */
    private static final String RAW = """
        RESULT barrier-launch launch=1 ranks=2 impl=comm4j mean_ns=300 p99_ns=500
        RESULT barrier-launch launch=1 ranks=2 impl=c-spin mean_ns=100 p99_ns=400
        RESULT barrier-launch launch=1 ranks=2 impl=mpi mean_ns=400 p99_ns=900
        RESULT barrier-launch launch=2 ranks=2 impl=comm4j mean_ns=120 p99_ns=510
        RESULT barrier-launch launch=2 ranks=2 impl=c-spin mean_ns=100 p99_ns=410
        RESULT barrier-launch launch=2 ranks=2 impl=mpi mean_ns=200 p99_ns=800
        RESULT barrier-launch launch=3 ranks=2 impl=comm4j mean_ns=125.5 p99_ns=520
        RESULT barrier-launch launch=3 ranks=2 impl=c-spin mean_ns=90 p99_ns=420
        RESULT barrier-launch launch=3 ranks=2 impl=mpi mean_ns=100 p99_ns=700
        RESULT other-launch launch=1 ranks=2 impl=comm4j mean_ns=1
        """;

    @TempDir
    Path dir;

    @Test
    void shouldReportTheMedianAndSpreadOfEveryImplementationOverItsLaunches() throws Exception {
        final List<String> lines = aggregate();
        assertThat(lines).as("one line per implementation, medians of every number, spread of the metric")
            .element(0).isEqualTo("RESULT barrier ranks=2 impl=comm4j mean_ns=125.50 p99_ns=510 mean_ns_lo=120 "
                + "mean_ns_hi=300 launches=3 held=1");
    }

    @Test
    void shouldCountTheLaunchesInWhichEachVerdictHeldAgainstItsPair() throws Exception {
        final List<String> lines = aggregate();
        assertThat(lines.get(1)).as("c-spin: comm4j <= 1.3x c-spin only in launch 2 (120 <= 130)")
            .endsWith("launches=3 ratio=1.25 goal=1.3 held=1");
        assertThat(lines.get(2)).as("mpi: comm4j <= mpi in launches 1 and 2, not 3 (125.5 > 100)")
            .startsWith("RESULT barrier ranks=2 impl=mpi mean_ns=200 ").endsWith("ratio=0.63 goal=1 held=2");
        assertThat(lines).as("lines of another part are not mixed in").hasSize(3);
    }

    @Test
    void shouldReportAnInformativeVerdictWithoutCountingItInTheSubjectsHeld() throws Exception {
        Files.writeString(dir.resolve("raw"), RAW);
        final Run run = bash("launches_aggregate raw barrier ranks mean_ns comm4j:mpi:1 comm4j:c-spin:~1.3");
        final List<String> lines = run.output.lines().toList();
        assertThat(lines.get(0)).as("comm4j's held counts only the mpi verdict (launches 1 and 2)").endsWith("held=2");
        assertThat(lines.get(1)).as("c-spin's line still reports its verdict").endsWith("ratio=1.25 goal=~1.3 held=1");
    }

    @Test
    void shouldCompareThroughputsTheOtherWayRound() throws Exception {
        Files.writeString(dir.resolve("raw"), """
            RESULT window-launch launch=1 bytes=64 impl=comm4j gbps=10
            RESULT window-launch launch=1 bytes=64 impl=memcpy gbps=12
            RESULT window-launch launch=2 bytes=64 impl=comm4j gbps=5
            RESULT window-launch launch=2 bytes=64 impl=memcpy gbps=12
            RESULT window-launch launch=3 bytes=64 impl=comm4j gbps=9
            RESULT window-launch launch=3 bytes=64 impl=memcpy gbps=12
            """);
        final Run run = bash("LAUNCHES_HIGHER_IS_BETTER=1 launches_aggregate raw window bytes gbps comm4j:memcpy:1.5");
        assertThat(run.output.lines().toList().get(1)).as("memcpy / comm4j = 12 / 9; 1.5 x comm4j >= 12 in launches 1 and 3")
            .endsWith("ratio=1.33 goal=1.5 held=2");
    }

    @Test
    void shouldPickTheBestOfSeveralSettingsPerLaunch() throws Exception {
        Files.writeString(dir.resolve("raw"), RAW);
        final Run run = bash("launches_best_of raw barrier ranks mean_ns best 'c-spin|mpi' | sort");
        assertThat(run.output.lines().toList()).as("per launch the faster of c-spin and mpi, named")
            .containsExactly(
                "RESULT barrier-launch launch=1 ranks=2 impl=best mean_ns=100 p99_ns=400 best_of=c-spin",
                "RESULT barrier-launch launch=2 ranks=2 impl=best mean_ns=100 p99_ns=410 best_of=c-spin",
                "RESULT barrier-launch launch=3 ranks=2 impl=best mean_ns=90 p99_ns=420 best_of=c-spin");
    }

    @Test
    void shouldAlternateTheImplementationsLaunchByLaunch() throws Exception {
        final Run run = bash("a() { echo A$1; }; b() { echo B$1; }; launches_alternate 3 a b");
        assertThat(run.output.lines().toList()).as("A B, A B, A B with the launch number")
            .containsExactly("A1", "B1", "A2", "B2", "A3", "B3");
    }

    @Test
    void shouldDefaultToFiveLaunchesAndRefuseANonNumber() throws Exception {
        assertThat(bash("unset BENCH_LAUNCHES; launches_count").output.strip()).isEqualTo("5");
        final Run bad = bash("BENCH_LAUNCHES=zero launches_count");
        assertThat(bad.exit).as("exit status for BENCH_LAUNCHES=zero").isEqualTo(2);
        assertThat(bad.output).contains("BENCH_LAUNCHES must be a positive number, got 'zero'");
    }

    @Test
    void shouldStopTheBusyLoadItStarted() throws Exception {
        final Run run = bash("launches_load_start 0; pid=$LAUNCHES_LOAD_PID; kill -0 $pid && echo running; "
            + "launches_load_stop; kill -0 $pid 2>/dev/null && echo still-running || echo stopped");
        assertThat(run.output.lines().toList()).as("the busy loop runs, then is gone").containsExactly("running", "stopped");
    }

    private List<String> aggregate() throws Exception {
        Files.writeString(dir.resolve("raw"), RAW);
        final Run run = bash("launches_aggregate raw barrier ranks mean_ns comm4j:c-spin:1.3 comm4j:mpi:1");
        assertThat(run.exit).as("launches_aggregate's exit; output:\n%s", run.output).isZero();
        return run.output.lines().toList();
    }

    private record Run(int exit, String output) {
    }

    private Run bash(final String script) throws IOException, InterruptedException {
        final Process p = new ProcessBuilder("bash", "-c", ". '" + LIBRARY + "' && " + script)
            .directory(dir.toFile()).redirectErrorStream(true).start();
        final byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Run(-1, "timed out");
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
