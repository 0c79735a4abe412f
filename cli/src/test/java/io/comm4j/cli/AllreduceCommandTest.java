package io.comm4j.cli;

import io.comm4j.Stage;
import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code comm-smoke allreduce}: one rank in process, several ranks launched as real processes, bad input. */
class AllreduceCommandTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void shouldCheckAndTimeBothTypesOnOneRank() {
        CommandRun.of("allreduce", "--rank", "0", "--nranks", "1", "--rootinfo", dir.resolve("ri").toString(),
            "--size", "64k", "--iterations", "2").assertPassedWithSteps(
            "ok +allreduce f32 .*16384 float32 per rank, direct, bit-identical to the rank-order sum; "
                + "[\\d.]+ us per call over 2 calls",
            "ok +allreduce i64 .*8192 int64 per rank");
    }

    @Test
    @Timeout(120)
    void shouldLaunchEveryRankAndPassWithChunkedUnevenSizes() {
        final ChildJvm.Result r = Launches.passing(ChildJvm.of(CommSmoke.class)
            .args("allreduce", "--nranks", "3", "--size", "10000", "--win-size", "1k", "--algorithm", "rsag",
                "--iterations", "1"), Duration.ofSeconds(100));
        Launches.assertEveryRankPrinted(r, 3,
            "ok +allreduce f32 .*2500 float32 per rank, reduce_scatter_allgather, bit-identical",
            "ok +allreduce i64 .*1250 int64 per rank");
        Launches.assertPassedResultLine(r, "allreduce", 3);
    }

    @Test
    void shouldFailAtAllocWhenTheBackendHasNoHostWindows() {
        final CommandRun run = CommandRun.of("allreduce", "--rank", "0", "--nranks", "1", "--backend", "scripted",
            "--rootinfo", dir.resolve("ri").toString(), "--size", "64");
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(Stage.ALLOC.exitCode());
        assertThat(run.out()).as("the failing step says why").containsPattern("(?m)^FAILED +alloc windows .*host-readable windows");
    }

    @Test
    void shouldRejectASizeThatIsNotWholeInt64s() {
        CommandRun.of("allreduce", "--rank", "0", "--nranks", "1", "--size", "12")
            .assertUsageError("--size 12 is not a multiple of 8");
    }

    @Test
    void shouldRejectAnUnknownAlgorithm() {
        CommandRun.of("allreduce", "--rank", "0", "--nranks", "1", "--algorithm", "ring")
            .assertUsageError("--algorithm 'ring' is not one of auto, direct, rsag");
    }
}
