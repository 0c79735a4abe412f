package io.comm4j.sim;

import io.comm4j.collective.Allreduce.Algorithm;
import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Allreduce} across real processes on the sim backend: one JVM per rank
 * ({@link AllreduceRank}), results compared bit for bit with the rank-order reference and across ranks.
 */
class AllreduceSimProcessTest {
    /** Small enough that the calls take several chunks (a 4 KiB window carries 1984-byte chunks). */
    private static final long SMALL_WINDOW = 4096;
    /** Float, long, float: both types, and calls that follow each other on alternating slots. */
    private static final int CALLS = 3;
    /** Prime: not divisible by any rank count, so reduce-scatter blocks are uneven. */
    private static final int COUNT = 3001;

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        final List<Arguments> cases = new ArrayList<>();
        for (final int nranks : new int[] {1, 2, 3, 4}) {
            for (final Algorithm algorithm : new Algorithm[] {Algorithm.DIRECT, Algorithm.REDUCE_SCATTER_ALLGATHER}) {
                cases.add(Arguments.of(nranks, algorithm));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} ranks, {1}")
    @MethodSource("cases")
    @Timeout(120)
    void shouldGiveEveryRankTheRankOrderSumBitForBit(final int nranks, final Algorithm algorithm) {
        final Path rootInfo = dir.resolve("rootinfo");
        final List<ChildJvm.Result> results = CollectiveRanks.runGroup(AllreduceRank.class, nranks, rootInfo, SMALL_WINDOW,
            (r, child) -> child, algorithm, COUNT, CALLS);
        List<String> firstSums = null;
        for (int r = 0; r < nranks; r++) {
            // a wrong call is one whose sum differs from the rank-order reference
            final List<String> lines = CollectiveRanks.assertEveryCheckPassed(results.get(r), r, CALLS);
            final List<String> sums = lines.stream().filter(l -> l.startsWith("SUM ")).toList();
            if (firstSums == null) {
                firstSums = sums;
            } else {
                assertThat(sums).as("rank %d's result hashes must equal rank 0's (same bits on every rank)", r)
                    .isEqualTo(firstSums);
            }
        }
    }
}
