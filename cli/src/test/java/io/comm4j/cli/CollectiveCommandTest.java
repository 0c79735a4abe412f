package io.comm4j.cli;

import io.comm4j.Stage;
import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code comm-smoke collective --op ...}: every op on one rank in process, three launched ranks, bad input. */
class CollectiveCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "broadcast|broadcast +.*1000 bytes from root 0, every byte checked; [\\d.]+ us per call over 2 calls",
        "allgather|allgather +.*1000 bytes from each of 1 ranks, every byte checked",
        "all-to-all|all-to-all +.*blocks of 1000 bytes to and from each of 1 ranks, every byte checked",
        "reduce-scatter|reduce-scatter i64 +.*125 int64 per rank's block, bit-identical",
        "allreduce|allreduce i64 +.*125 int64 per rank, direct, bit-identical"})
    @Timeout(60)
    void shouldCheckEveryOpOnOneRank(final String op, final String line) {
        CommandRun.of("collective", "--op", op, "--rank", "0", "--nranks", "1", "--rootinfo",
            dir.resolve("ri").toString(), "--size", "1000", "--iterations", "2").assertPassedWithSteps("ok +" + line);
    }

    @Test
    @Timeout(120)
    void shouldLaunchEveryRankAndCheckABroadcastFromTheLastRankAcrossChunks() {
        final ChildJvm.Result r = Launches.passing(ChildJvm.of(CommSmoke.class)
            .args("collective", "--op", "broadcast", "--root", "2", "--nranks", "3", "--size", "10001",
                "--win-size", "1k", "--iterations", "1", "--rootinfo", dir.resolve("ri").toString()),
            Duration.ofSeconds(100));
        Launches.assertEveryRankPrinted(r, 3, "ok +broadcast .*10001 bytes from root 2, every byte checked");
        Launches.assertPassedResultLine(r, "broadcast", 3);
    }

    @Test
    void shouldFailAtAllocWhenTheBackendHasNoHostWindows() {
        final CommandRun run = CommandRun.of("collective", "--op", "allgather", "--rank", "0", "--nranks", "1",
            "--backend", "scripted", "--rootinfo", dir.resolve("ri").toString(), "--size", "64");
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(Stage.ALLOC.exitCode());
        assertThat(run.out()).as("the failing step says why")
            .containsPattern("(?m)^FAILED +alloc windows .*Allgather needs host-readable windows");
    }

    @Test
    void shouldRejectAnUnknownOp() {
        CommandRun.of("collective", "--op", "scan", "--rank", "0", "--nranks", "1")
            .assertUsageError("--op 'scan' is not one of allreduce, broadcast, allgather, reduce-scatter, all-to-all");
    }

    @Test
    void shouldRejectASumSizeThatIsNotWholeInt64s() {
        CommandRun.of("collective", "--op", "reduce-scatter", "--rank", "0", "--nranks", "1", "--size", "12")
            .assertUsageError("--size 12 is not a multiple of 8");
    }

    @Test
    void shouldRejectARootOutsideTheGroup() {
        CommandRun.of("collective", "--op", "broadcast", "--rank", "0", "--nranks", "2", "--root", "2")
            .assertUsageError("--root 2 is not a rank of the 2-rank group");
    }
}
