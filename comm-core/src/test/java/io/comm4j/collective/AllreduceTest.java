package io.comm4j.collective;

import io.comm4j.CommException;
import io.comm4j.collective.Allreduce.Algorithm;
import io.comm4j.collective.Allreduce.Options;
import io.comm4j.testing.AllreduceReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The allreduce algorithm with ranks as threads; {@code AllreduceSimProcessTest} (comm-sim) repeats the core cases with processes. */
@Timeout(60)
class AllreduceTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** A small window, so a few thousand elements already take many chunks. */
    private static final long SMALL_WINDOW = 1024;

    static Stream<Arguments> groups() {
        return Stream.of(1, 2, 3, 4).flatMap(n -> Stream.of(Algorithm.DIRECT, Algorithm.REDUCE_SCATTER_ALLGATHER)
            .flatMap(a -> Stream.of(0, 1, 7, 1001, 12_345).map(count -> Arguments.of(n, a, count))));
    }

    @ParameterizedTest(name = "{0} ranks, {1}, {2} floats")
    @MethodSource("groups")
    void shouldSumFloatsBitIdenticalToTheRankOrderReferenceOnEveryRank(final int nranks, final Algorithm algorithm,
                                                                      final int count) throws Exception {
        final float[][] inputs = AllreduceReference.floatsOfEveryRank(nranks, count, 42);
        final float[] expected = AllreduceReference.sumInRankOrder(inputs);
        final List<Object> results = ThreadGroup.runOnce(nranks, SMALL_WINDOW, TIMEOUT, comm ->
            Allreduce.over(comm, Options.DEFAULT.withAlgorithm(algorithm)).sum(inputs[comm.rank()]));
        for (int r = 0; r < nranks; r++) {
            final float[] got = (float[]) results.get(r);
            assertThat(AllreduceReference.firstBitDifference(got, expected))
                .as("rank %d of %d (%s, %d floats): first element whose bits differ from the rank-order sum",
                    r, nranks, algorithm, count)
                .isEqualTo(-1);
        }
    }

    @ParameterizedTest(name = "{0} ranks, {1}, {2} longs")
    @MethodSource("groups")
    void shouldSumLongsWrappingOnOverflow(final int nranks, final Algorithm algorithm, final int count) throws Exception {
        final long[][] inputs = AllreduceReference.longsOfEveryRank(nranks, count, 7);
        final long[] expected = AllreduceReference.sum(inputs);
        final List<Object> results = ThreadGroup.runOnce(nranks, SMALL_WINDOW, TIMEOUT, comm ->
            Allreduce.over(comm, Options.DEFAULT.withAlgorithm(algorithm)).sum(inputs[comm.rank()]));
        for (int r = 0; r < nranks; r++) {
            assertThat((long[]) results.get(r)).as("rank %d of %d (%s, %d longs)", r, nranks, algorithm, count)
                .isEqualTo(expected);
        }
    }

    @Test
    void shouldTestDataWhoseSumDependsOnTheOrder() {
        final float[][] inputs = {AllreduceReference.floats(0, 1000, 42), AllreduceReference.floats(1, 1000, 42), AllreduceReference.floats(2, 1000, 42)};
        assertThat(AllreduceReference.firstBitDifference(AllreduceReference.sumInRankOrder(inputs), AllreduceReference.sumInReverseOrder(inputs)))
            .as("the float inputs must be order-sensitive, or the bit-exact comparison proves nothing")
            .isNotEqualTo(-1);
    }

    @Test
    void shouldGiveTheSameBitsWithBothAlgorithmsAndManyConsecutiveCalls() throws Exception {
        final int nranks = 3;
        final int calls = 20;
        final List<Object> results = ThreadGroup.runOnce(nranks, SMALL_WINDOW, TIMEOUT, comm -> {
            final Allreduce direct = Allreduce.over(comm, Options.DEFAULT.withAlgorithm(Algorithm.DIRECT));
            final float[][] out = new float[calls][];
            for (int c = 0; c < calls; c++) {
                // alternating algorithms on one window exercise the slot hand-over between calls
                final Allreduce a = c % 2 == 0 ? direct
                    : Allreduce.over(comm, Options.DEFAULT.withAlgorithm(Algorithm.REDUCE_SCATTER_ALLGATHER));
                out[c] = (c % 2 == 0 ? direct : a).sum(AllreduceReference.floats(comm.rank(), 333 + c, c));
            }
            return out;
        });
        for (int c = 0; c < calls; c++) {
            final float[][] inputs = AllreduceReference.floatsOfEveryRank(nranks, 333 + c, c);
            final float[] expected = AllreduceReference.sumInRankOrder(inputs);
            for (int r = 0; r < nranks; r++) {
                assertThat(AllreduceReference.firstBitDifference(((float[][]) results.get(r))[c], expected))
                    .as("call %d, rank %d: first differing element", c, r).isEqualTo(-1);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Algorithm.class, names = {"DIRECT", "REDUCE_SCATTER_ALLGATHER"})
    void shouldSumInPlaceWhenOutputIsTheInput(final Algorithm algorithm) throws Exception {
        final int count = 1001;
        final List<Object> results = ThreadGroup.runOnce(3, SMALL_WINDOW, TIMEOUT, comm -> {
            final long[] data = AllreduceReference.longs(comm.rank(), count, 3);
            Allreduce.over(comm, Options.DEFAULT.withAlgorithm(algorithm)).sum(data, data);
            return data;
        });
        final long[] expected = AllreduceReference.sum(new long[][] {AllreduceReference.longs(0, count, 3),
            AllreduceReference.longs(1, count, 3), AllreduceReference.longs(2, count, 3)});
        for (int r = 0; r < 3; r++) {
            assertThat((long[]) results.get(r)).as("in-place %s sum on rank %d", algorithm, r).isEqualTo(expected);
        }
    }

    @Test
    void shouldStayExactOverManyBackToBackCallsOfUnevenSizesAndMixedAlgorithms() throws Exception {
        final int nranks = 4;
        final int calls = 150;
        final SplittableRandom sizes = new SplittableRandom(11);
        final int[] counts = new int[calls];
        for (int c = 0; c < calls; c++) {
            counts[c] = sizes.nextInt(0, 2_000);
        }
        final List<Object> results = ThreadGroup.runOnce(nranks, SMALL_WINDOW, TIMEOUT, comm -> {
            final Allreduce direct = Allreduce.over(comm, Options.DEFAULT.withAlgorithm(Algorithm.DIRECT));
            final Allreduce rsag = Allreduce.over(comm, Options.DEFAULT.withAlgorithm(Algorithm.REDUCE_SCATTER_ALLGATHER));
            final float[][] out = new float[calls][];
            for (int c = 0; c < calls; c++) {
                // runs of the same algorithm, then switches: both hand-overs between calls are exercised
                out[c] = ((c / 3) % 2 == 0 ? rsag : direct).sum(AllreduceReference.floats(comm.rank(), counts[c], c));
            }
            return out;
        });
        for (int c = 0; c < calls; c++) {
            final float[][] inputs = AllreduceReference.floatsOfEveryRank(nranks, counts[c], c);
            final float[] expected = AllreduceReference.sumInRankOrder(inputs);
            for (int r = 0; r < nranks; r++) {
                assertThat(AllreduceReference.firstBitDifference(((float[][]) results.get(r))[c], expected))
                    .as("call %d (%d floats), rank %d: first differing element", c, counts[c], r).isEqualTo(-1);
            }
        }
    }

    @Test
    void shouldSumNativeSegments() throws Exception {
        try (ThreadGroup group = new ThreadGroup(2, 64 * 1024, TIMEOUT); Arena arena = Arena.ofShared()) {
            final MemorySegment[] outs = {arena.allocate(4L * 5000), arena.allocate(4L * 5000)};
            group.run(comm -> {
                final MemorySegment in = arena.allocate(4L * 5000);
                for (int i = 0; i < 5000; i++) {
                    in.setAtIndex(ValueLayout.JAVA_FLOAT, i, i * (comm.rank() + 1));
                }
                Allreduce.over(comm).sumFloats(in, outs[comm.rank()]);
                return null;
            });
            for (int i = 0; i < 5000; i += 499) {
                assertThat(outs[1].getAtIndex(ValueLayout.JAVA_FLOAT, i)).as("element %d on rank 1", i).isEqualTo(3f * i);
            }
            assertThat(outs[0].mismatch(outs[1])).as("first byte where rank 0 and rank 1 differ").isEqualTo(-1);
        }
    }

    @Test
    void shouldFailOnEveryRankWhenRanksDisagreeOnTheCount() throws Exception {
        try (ThreadGroup group = new ThreadGroup(2, SMALL_WINDOW, TIMEOUT)) {
            final List<String> messages = Disagreement.messages(group,
                comm -> Allreduce.over(comm).sum(new float[comm.rank() == 0 ? 100 : 101]));
            Disagreement.assertEveryRankNamed(messages, "both counts", "100 elements", "101 elements");
        }
    }

    @Test
    void shouldFailWhenRanksDisagreeOnTheType() throws Exception {
        try (ThreadGroup group = new ThreadGroup(2, SMALL_WINDOW, TIMEOUT)) {
            final List<String> messages = Disagreement.messages(group, comm -> {
                final Allreduce a = Allreduce.over(comm);
                if (comm.rank() == 0) {
                    a.sum(new float[8]);
                } else {
                    a.sum(new long[8]);
                }
            });
            Disagreement.assertEveryRankNamed(messages, "both types", "float32 sum", "int64 sum");
        }
    }

    @Test
    void shouldFailOnEveryRankWhenRanksDisagreeOnTheAlgorithm() throws Exception {
        try (ThreadGroup group = new ThreadGroup(2, SMALL_WINDOW, TIMEOUT)) {
            final List<String> messages = Disagreement.messages(group, comm -> {
                final Algorithm mine = comm.rank() == 0 ? Algorithm.DIRECT : Algorithm.REDUCE_SCATTER_ALLGATHER;
                Allreduce.over(comm, Options.DEFAULT.withAlgorithm(mine)).sum(new float[1000]);
            });
            Disagreement.assertEveryRankNamed(messages, "both algorithms",
                "disagree on the options", "DIRECT", "REDUCE_SCATTER_ALLGATHER");
        }
    }

    @Test
    void shouldFailOnEveryRankWhenRanksDisagreeOnTheChunkSize() throws Exception {
        try (ThreadGroup group = new ThreadGroup(2, SMALL_WINDOW, TIMEOUT)) {
            final List<String> messages = Disagreement.messages(group,
                comm -> Allreduce.over(comm, Options.DEFAULT.withMaxChunkBytes(comm.rank() == 0 ? 128 : 256))
                    .sum(new long[100]));
            Disagreement.assertEveryRankNamed(messages, "both chunk sizes", "chunks of 128 bytes", "chunks of 256 bytes");
        }
    }

    @Test
    void shouldRefuseFurtherCallsAfterAFailure() throws Exception {
        try (ThreadGroup group = new ThreadGroup(2, SMALL_WINDOW, TIMEOUT)) {
            group.run(comm -> {
                final Allreduce a = Allreduce.over(comm);
                assertThatThrownBy(() -> a.sum(new float[comm.rank() + 1])).isInstanceOf(CommException.class);
                assertThatThrownBy(() -> a.sum(new float[1]))
                    .as("a call after a failed one on rank %d", comm.rank())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("earlier Allreduce call failed");
                return null;
            });
        }
    }

    @Test
    void shouldRefuseABackendWithoutHostWindows() {
        try (ThreadGroup group = new ThreadGroup(1, SMALL_WINDOW, TIMEOUT)) {
            assertThatThrownBy(() -> Allreduce.over(group.memberWithoutHostWindows(0)))
                .as("Allreduce over a device-only backend")
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("host-readable windows").hasMessageContaining("device-only");
        }
    }

    @Test
    void shouldRefuseAWindowTooSmallForTwoSlots() {
        try (ThreadGroup group = new ThreadGroup(1, SlotLayout.MIN_WINDOW_BYTES - 1, TIMEOUT)) {
            assertThatThrownBy(() -> Allreduce.over(group.member(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too small");
        }
    }

    @Test
    void shouldRejectBadBuffersBeforeTouchingTheWindows() {
        try (ThreadGroup group = new ThreadGroup(1, SMALL_WINDOW, TIMEOUT)) {
            final Allreduce a = Allreduce.over(group.member(0));
            assertThatThrownBy(() -> a.sum(new float[3], new float[4])).as("sizes differ")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same size");
            assertThatThrownBy(() -> a.sumFloats(MemorySegment.ofArray(new byte[6]), MemorySegment.ofArray(new byte[6])))
                .as("not a whole number of floats").isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole number");
            final MemorySegment buf = MemorySegment.ofArray(new float[8]);
            assertThatThrownBy(() -> a.sumFloats(buf.asSlice(0, 16), buf.asSlice(8, 16))).as("partial overlap")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
            try (Arena arena = Arena.ofConfined()) {
                final MemorySegment nat = arena.allocate(64);
                assertThatThrownBy(() -> a.sumFloats(nat.asSlice(0, 32), nat.asSlice(4, 32))).as("partial overlap, native")
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
                a.sumFloats(nat.asSlice(0, 32), nat.asSlice(32, 32));
                a.sumFloats(nat.asSlice(0, 32), nat.asSlice(0, 32));
            }
            assertThatThrownBy(() -> a.sumFloats(buf, buf.asReadOnly())).as("read-only output")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("read-only");
            assertThat(a.sum(new float[] {1.5f})).as("the instance is still usable after rejected arguments").containsExactly(1.5f);
        }
    }

    @Test
    void shouldChooseReduceScatterFromTheThresholdOnTwoOrMoreRanks() {
        try (ThreadGroup one = new ThreadGroup(1, SMALL_WINDOW, TIMEOUT); ThreadGroup two = new ThreadGroup(2, SMALL_WINDOW, TIMEOUT);
             ThreadGroup three = new ThreadGroup(3, SMALL_WINDOW, TIMEOUT)) {
            final long min = Options.DEFAULT_REDUCE_SCATTER_MIN_BYTES;
            assertThat(Allreduce.over(three.member(0)).algorithmFor(min)).as("3 ranks, at the threshold")
                .isEqualTo(Algorithm.REDUCE_SCATTER_ALLGATHER);
            assertThat(Allreduce.over(three.member(0)).algorithmFor(min - 1)).as("3 ranks, below").isEqualTo(Algorithm.DIRECT);
            assertThat(Allreduce.over(two.member(0)).algorithmFor(min)).as("2 ranks, at the threshold")
                .isEqualTo(Algorithm.REDUCE_SCATTER_ALLGATHER);
            assertThat(Allreduce.over(two.member(0)).algorithmFor(min - 1)).as("2 ranks, below").isEqualTo(Algorithm.DIRECT);
            assertThat(Allreduce.over(one.member(0)).algorithmFor(64 * min)).as("1 rank: nothing to scatter")
                .isEqualTo(Algorithm.DIRECT);
        }
    }

    @Test
    void shouldCutChunksToTheSlotAndTheOptionBound() {
        try (ThreadGroup group = new ThreadGroup(1, 64 * 1024, TIMEOUT)) {
            assertThat(Allreduce.over(group.member(0)).chunkBytes()).as("chunk of a 64 KiB window")
                .isEqualTo(32 * 1024 - SlotLayout.HEADER_BYTES);
            assertThat(Allreduce.over(group.member(0), Options.DEFAULT.withMaxChunkBytes(1000)).chunkBytes())
                .as("chunk bounded by the option, rounded down to a cache line").isEqualTo(960);
        }
    }
}
