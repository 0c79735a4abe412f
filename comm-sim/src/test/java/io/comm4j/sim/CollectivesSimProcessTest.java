package io.comm4j.sim;

import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Broadcast, Allgather, ReduceScatter and AllToAll across real processes on the sim backend, one JVM
 * per rank ({@link CollectivesRank}): every byte checked on every rank (sizes of several chunks and
 * 0), 200 mixed calls back to back, ranks that disagree on the root fail together, a rank that dies
 * mid-sequence fails its peers as soon as they see it gone.
 */
class CollectivesSimProcessTest {
    /** A 4 KiB window carries 1984-byte chunks, so the calls take several. */
    private static final long SMALL_WINDOW = 4096;

    @TempDir
    Path dir;

    private List<ChildJvm.Result> runGroup(final int nranks, final String mode, final int size) {
        return runGroup(nranks, mode, size, -1);
    }

    /** As {@link #runGroup(int, String, int)}, with the single copy switched off on rank {@code stagedRank} (-1: none). */
    private List<ChildJvm.Result> runGroup(final int nranks, final String mode, final int size, final int stagedRank) {
        final Path rootInfo = dir.resolve("rootinfo");
        return CollectiveRanks.runGroup(CollectivesRank.class, nranks, rootInfo, SMALL_WINDOW,
            (r, child) -> r == stagedRank ? child.jvmArg("-Dio.comm4j.collective.singleCopy=false") : child, size, mode);
    }

    /** Asserts that every rank exited 0, then what {@code printed} asserts of rank r's result. */
    private static void assertEveryRankExitedZero(final List<ChildJvm.Result> results,
                                                  final BiConsumer<Integer, ChildJvm.Result> printed) {
        for (int r = 0; r < results.size(); r++) {
            final ChildJvm.Result result = results.get(r);
            assertThat(result.exitCode()).as("rank %d's exit code\n%s", r, result.describe()).isZero();
            printed.accept(r, result);
        }
    }

    @ParameterizedTest(name = "{0} ranks, {1} bytes")
    // 5003 is prime: no multiple of any rank count, element size or chunk
    @CsvSource({"1, 5003", "2, 5003", "3, 5003", "4, 5003", "3, 0"})
    @Timeout(120)
    void shouldGiveEveryRankExactlyTheMpiResultOfEachCollective(final int nranks, final int size) {
        final List<ChildJvm.Result> results = runGroup(nranks, "check", size);
        for (int r = 0; r < nranks; r++) {
            // a broadcast per root, 2 allgathers, 2 all-to-alls, 3 reduce-scatters
            CollectiveRanks.assertEveryCheckPassed(results.get(r), r, nranks + 7L);
        }
    }

    @Test
    @Timeout(120)
    void shouldGiveExactResultsOver200MixedBackToBackCallsOnFourRanks() {
        final List<ChildJvm.Result> results = runGroup(4, "stress", 7);
        assertEveryRankExitedZero(results, (r, result) -> assertThat(result.stdout())
            .as("rank %d: every call exact\n%s", r, result.describe()).contains("STRESS DONE").doesNotContain("WRONG"));
    }

    @Test
    @Timeout(60)
    void shouldFailEveryRankWhenRanksDisagreeOnTheRoot() {
        final List<ChildJvm.Result> results = runGroup(2, "root-disagree", 100);
        assertEveryRankExitedZero(results, (r, result) -> assertThat(result.stdout())
            .as("rank %d must fail at the barrier naming both roots\n%s", r, result.describe())
            .contains("FAILED BARRIER").contains("disagree on the root").contains("root 0").contains("root 1"));
    }

    @Test
    @Timeout(120)
    void shouldFailTheSurvivorsAtOnceNamingTheRankThatDiedMidSequence() {
        // timeout 30 s: the survivors must see rank 1's process gone, not wait out their deadline
        final List<ChildJvm.Result> results = runGroup(3, "die", 100_000);
        assertThat(results.get(1).exitCode()).as("rank 1 halts on purpose\n%s", results.get(1).describe())
            .isEqualTo(3);
        for (final int r : new int[] {0, 2}) {
            final ChildJvm.Result result = results.get(r);
            final String out = result.stdout();
            assertThat(out).as("rank %d must fail its call naming the dead rank 1, not return or hang\n%s", r,
                result.describe()).contains("FAILED BARRIER").contains("rank 1 (pid").contains("died")
                .doesNotContain("RETURNED");
            final long millis = Long.parseLong(out.lines().filter(l -> l.startsWith("AFTER ")).findFirst()
                .orElseThrow().substring(6));
            assertThat(millis).as("rank %d's failure comes from seeing rank 1 dead, long before its 30 s deadline\n%s",
                r, result.describe()).isLessThan(10_000);
        }
    }

    @Test
    @Timeout(120)
    void shouldFailThePeersAtOnceNamingTheRankWhoseCallFailedBetweenBarriers() {
        // timeout 30 s: the peers must learn of rank 1's failure from the group, not from their deadline
        final List<ChildJvm.Result> results = runGroup(3, "fail-locally", 100_000);
        assertThat(results.get(1).stdout()).as("rank 1's copy into a foreign thread's segment fails\n%s",
            results.get(1).describe()).contains("FAILED-LOCALLY java.lang.WrongThreadException");
        for (final int r : new int[] {0, 2}) {
            final ChildJvm.Result result = results.get(r);
            final String out = result.stdout();
            assertThat(out).as("rank %d must fail its call naming rank 1, not time out\n%s", r, result.describe())
                .contains("FAILED BARRIER").contains("rank 1 failed").doesNotContain("RETURNED");
            final long millis = Long.parseLong(out.lines().filter(l -> l.startsWith("AFTER ")).findFirst()
                .orElseThrow().substring(6));
            assertThat(millis).as("rank %d's failure comes from the group's abort, long before its 30 s deadline\n%s",
                r, result.describe()).isLessThan(15_000);
        }
    }

    @ParameterizedTest(name = "{0} ranks, {1} bytes, single copy off on rank {2}")
    // 530001: above the 512 KiB threshold, no multiple of anything; -1: every rank offers the single copy
    @CsvSource({"2, 530001, -1", "3, 530001, -1", "2, 530001, 1", "3, 530001, 0"})
    @Timeout(120)
    void shouldMoveNativeBuffersExactlyBySingleCopyOrAllTogetherStaged(final int nranks, final int size,
                                                                       final int stagedRank) {
        final List<ChildJvm.Result> results = runGroup(nranks, "native", size, stagedRank);
        // a broadcast per root, 2 allgathers, 1 all-to-all: 2 barriers each, and 1 for the group's probe
        final long singleCopyBarriers = 2L * (nranks + 3) + 1;
        for (int r = 0; r < nranks; r++) {
            final ChildJvm.Result result = results.get(r);
            final List<String> lines = CollectiveRanks.assertEveryCheckPassed(result, r, nranks + 3L);
            final long barriers = Long.parseLong(lines.stream().filter(l -> l.startsWith("BARRIERS ")).findFirst()
                .orElseThrow().substring(9));
            if (stagedRank < 0) {
                assertThat(barriers).as("rank %d: every call by single copy\n%s", r, result.describe())
                    .isEqualTo(singleCopyBarriers);
            } else {
                assertThat(barriers).as("rank %d: every rank staged, as rank %d asked\n%s", r, stagedRank,
                    result.describe()).isGreaterThan(30 * (nranks + 3L));
            }
        }
    }
}
