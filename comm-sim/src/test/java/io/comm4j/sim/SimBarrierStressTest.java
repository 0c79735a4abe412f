package io.comm4j.sim;

import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.comm4j.sim.RankProcesses.awaitAll;
import static io.comm4j.sim.RankProcesses.describe;
import static io.comm4j.sim.RankProcesses.segmentsOf;
import static io.comm4j.sim.RankProcesses.startGroup;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Back-to-back barriers across real processes: after round k every rank must see round k in every
 * peer's window ({@link SimRank}'s "barriers" scenario), so a skipped or merged generation fails.
 * Oversubscribed on small machines (8 ranks on 2 cores): the waiting strategy must yield.
 */
@Tag("slow")
class SimBarrierStressTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} ranks, {1} barriers")
    @CsvSource({"2, 100000", "4, 100000", "8, 10000"})
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void shouldNeverSkipOrMergeAGeneration(final int nranks, final long rounds) throws Exception {
        final Path path = dir.resolve("rootinfo");
        final List<ChildJvm.Result> results = awaitAll(
            startGroup("barriers", nranks, path, Duration.ofSeconds(60), 4096, rounds), Duration.ofSeconds(280));

        assertThat(results).as("every rank saw every peer's round after every barrier%s", describe(results))
            .allMatch(r -> r.exitCode() == 0);
        assertThat(segmentsOf(path)).isEmpty();
    }
}
