package io.comm4j.collective;

import io.comm4j.CommException;
import io.comm4j.testing.AllreduceReference;
import io.comm4j.testing.MixedCalls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Broadcast, Allgather, ReduceScatter and AllToAll with ranks as threads: exact results on 1-4
 * ranks across chunk boundaries, in place, size 0, every root; disagreements; a mixed stress.
 * {@code CollectivesSimProcessTest} (comm-sim) repeats the core cases with processes.
 */
@Timeout(60)
class CollectivesTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** 448-byte chunks: a few thousand bytes already take many chunks. */
    private static final long SMALL_WINDOW = 1024;

    /** Rank {@code rank}'s bytes for a test with {@code seed}: a pure function, so every rank knows all. */
    static byte[] bytes(final int rank, final int n, final long seed) {
        return MixedCalls.bytes(rank, n, seed);
    }

    static Stream<Arguments> ranksAndSizes() {
        // 448 and 449 straddle the chunk boundary; 5000 takes 12 chunks; 1 and 7 are not element multiples
        return Stream.of(1, 2, 3, 4).flatMap(n -> Stream.of(0, 1, 7, 448, 449, 5000).map(s -> Arguments.of(n, s)));
    }

    static Stream<Arguments> rootsAndSizes() {
        return Stream.of(1, 2, 3, 4).flatMap(n -> Stream.iterate(0, r -> r < n, r -> r + 1)
            .flatMap(root -> Stream.of(0, 5, 449, 5000).map(s -> Arguments.of(n, root, s))));
    }

    @ParameterizedTest(name = "{0} ranks, root {1}, {2} bytes")
    @MethodSource("rootsAndSizes")
    void broadcastShouldGiveEveryRankTheRootsBytes(final int nranks, final int root, final int size) throws Exception {
        final List<Object> results = ThreadGroup.runOnce(nranks, SMALL_WINDOW, TIMEOUT, comm -> {
            final byte[] buf = bytes(comm.rank(), size, 3);
            Broadcast.over(comm).broadcast(MemorySegment.ofArray(buf), root);
            return buf;
        });
        final byte[] expected = bytes(root, size, 3);
        for (int r = 0; r < nranks; r++) {
            assertThat(Arrays.mismatch((byte[]) results.get(r), expected))
                .as("rank %d of %d, root %d, %d bytes: first byte that differs from the root's", r, nranks, root,
                    size)
                .isEqualTo(-1);
        }
    }

    /** A host with a core for every rank of these tests: the broadcast streams. */
    private static final int ANY_CORES = 64;

    /** A window whose 192 KiB chunks carry three 64 KiB stream pieces each. */
    private static final long PIECES_WINDOW = 2 * (3 * WindowGroup.STREAM_PIECE_BYTES + SlotLayout.HEADER_BYTES);

    static Stream<Arguments> streamedRootsAndSizes() {
        final int piece = (int) WindowGroup.STREAM_PIECE_BYTES;
        // one piece (not streamed), one byte more, a ring of two chunks exactly, and past the ring with
        // an odd tail, still below the single-copy threshold (where chunks take over)
        return Stream.of(2, 3, 4).flatMap(n -> Stream.iterate(0, r -> r < n, r -> r + 1)
            .flatMap(root -> Stream.of(piece, piece + 1, 6 * piece, 7 * piece + 12_345)
                .map(s -> Arguments.of(n, root, s))));
    }

    @ParameterizedTest(name = "{0} ranks, root {1}, {2} bytes")
    @MethodSource("streamedRootsAndSizes")
    void broadcastShouldStreamPiecesAcrossChunkAndRingBoundariesExactly(final int nranks, final int root,
                                                                         final int size) throws Exception {
        try (ThreadGroup group = new ThreadGroup(nranks, PIECES_WINDOW, TIMEOUT)) {
            final List<Object> results = group.run(comm -> {
                final byte[] buf = bytes(comm.rank(), size, 13);
                final Broadcast bcast = Broadcast.over(comm, Allreduce.Options.DEFAULT_MAX_CHUNK_BYTES, ANY_CORES);
                assertThat(bcast.streams(size)).as("streams more than one piece, below the single-copy threshold")
                    .isEqualTo(size > bcast.chunkBytes() / 3 && size < WindowGroup.SINGLE_COPY_MIN_BYTES);
                bcast.broadcast(MemorySegment.ofArray(buf), root);
                return buf;
            });
            final byte[] expected = bytes(root, size, 13);
            for (int r = 0; r < nranks; r++) {
                assertThat(Arrays.mismatch((byte[]) results.get(r), expected))
                    .as("rank %d of %d, root %d, %d bytes: first byte that differs from the root's", r, nranks, root,
                        size).isEqualTo(-1);
                assertThat(group.barriers(r)).as("rank %d: one barrier per call, streamed or not", r).isEqualTo(1);
            }
        }
    }

    @Test
    void broadcastShouldGoInChunksWithABarrierEachWhenRanksOutnumberTheCores() throws Exception {
        final int size = 5 * (int) WindowGroup.STREAM_PIECE_BYTES + 3;
        try (ThreadGroup group = new ThreadGroup(3, PIECES_WINDOW, TIMEOUT)) {
            final List<Object> results = group.run(comm -> {
                final byte[] buf = bytes(comm.rank(), size, 17);
                final Broadcast bcast = Broadcast.over(comm, Allreduce.Options.DEFAULT_MAX_CHUNK_BYTES, 2);
                assertThat(bcast.streams(size)).as("3 ranks on 2 cores do not stream").isFalse();
                bcast.broadcast(MemorySegment.ofArray(buf), 2);
                return buf;
            });
            for (int r = 0; r < 3; r++) {
                assertThat(Arrays.mismatch((byte[]) results.get(r), bytes(2, size, 17)))
                    .as("rank %d: the root's bytes through the per-chunk pipeline", r).isEqualTo(-1);
                assertThat(group.barriers(r)).as("rank %d: one barrier per 192 KiB chunk", r)
                    .isEqualTo(WindowGroup.ceilDiv(size, 3 * WindowGroup.STREAM_PIECE_BYTES));
            }
        }
    }

    @ParameterizedTest(name = "{0} ranks, the reader that falls behind is rank {1}")
    @CsvSource({"2, 1", "3, 0", "3, 2"})
    void broadcastShouldNeverOverwriteAPieceThatAReaderHasNotCopiedYet(final int nranks, final int slowRank)
        throws Exception {
        final int root = slowRank == 0 ? 1 : 0;
        final int size = 40 * (int) WindowGroup.STREAM_PIECE_BYTES + 77; // about 7 rings
        try (ThreadGroup group = new ThreadGroup(nranks, PIECES_WINDOW, TIMEOUT)) {
            // the slow reader sleeps whenever it would wait, so the root runs ahead to the ring's end
            group.beforeWindowWait(slowRank, () -> {
                try {
                    Thread.sleep(2);
                } catch (final InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            final List<Object> results = group.run(comm -> {
                final Broadcast bcast = Broadcast.over(comm, Allreduce.Options.DEFAULT_MAX_CHUNK_BYTES, ANY_CORES);
                final byte[] first = bytes(comm.rank(), size, 21);
                bcast.broadcast(MemorySegment.ofArray(first), root);
                final byte[] second = bytes(comm.rank(), size, 22);
                bcast.broadcast(MemorySegment.ofArray(second), root);
                return new byte[][] {first, second};
            });
            for (int r = 0; r < nranks; r++) {
                final byte[][] got = (byte[][]) results.get(r);
                assertThat(Arrays.mismatch(got[0], bytes(root, size, 21))).as("rank %d, first call", r).isEqualTo(-1);
                assertThat(Arrays.mismatch(got[1], bytes(root, size, 22)))
                    .as("rank %d, second call right after (the root rewrites its slots only when all have read)", r)
                    .isEqualTo(-1);
            }
        }
    }

    @ParameterizedTest(name = "{0} ranks, {1} bytes per rank")
    @MethodSource("ranksAndSizes")
    void allgatherShouldConcatenateEveryRanksBytesInRankOrder(final int nranks, final int size) throws Exception {
        final byte[] expected = new byte[nranks * size];
        for (int r = 0; r < nranks; r++) {
            System.arraycopy(bytes(r, size, 5), 0, expected, r * size, size);
        }
        final List<Object> results = ThreadGroup.runOnce(nranks, SMALL_WINDOW, TIMEOUT, comm -> {
            final Allgather allgather = Allgather.over(comm);
            final byte[] out = new byte[nranks * size];
            allgather.gather(MemorySegment.ofArray(bytes(comm.rank(), size, 5)), MemorySegment.ofArray(out));
            final byte[] inPlace = new byte[nranks * size];
            System.arraycopy(bytes(comm.rank(), size, 5), 0, inPlace, comm.rank() * size, size);
            allgather.gatherInPlace(MemorySegment.ofArray(inPlace));
            return new byte[][] {out, inPlace};
        });
        for (int r = 0; r < nranks; r++) {
            final byte[][] got = (byte[][]) results.get(r);
            assertThat(Arrays.mismatch(got[0], expected)).as("rank %d of %d, %d bytes: first wrong byte", r,
                nranks, size).isEqualTo(-1);
            assertThat(Arrays.mismatch(got[1], expected)).as("rank %d of %d, %d bytes in place: first wrong byte",
                r, nranks, size).isEqualTo(-1);
        }
    }

    @ParameterizedTest(name = "{0} ranks, {1} bytes per block")
    @MethodSource("ranksAndSizes")
    void allToAllShouldDeliverBlockROfRankQToBlockQOfRankR(final int nranks, final int block) throws Exception {
        final List<Object> results = ThreadGroup.runOnce(nranks, SMALL_WINDOW, TIMEOUT, comm -> {
            final AllToAll a2a = AllToAll.over(comm);
            final byte[] in = bytes(comm.rank(), nranks * block, 9);
            final byte[] out = new byte[in.length];
            a2a.exchange(MemorySegment.ofArray(in), MemorySegment.ofArray(out));
            final byte[] inPlace = in.clone();
            a2a.exchangeInPlace(MemorySegment.ofArray(inPlace));
            return new byte[][] {out, inPlace};
        });
        for (int r = 0; r < nranks; r++) {
            final byte[] expected = new byte[nranks * block];
            for (int q = 0; q < nranks; q++) {
                System.arraycopy(bytes(q, nranks * block, 9), r * block, expected, q * block, block);
            }
            final byte[][] got = (byte[][]) results.get(r);
            assertThat(Arrays.mismatch(got[0], expected)).as("rank %d of %d, blocks of %d: first wrong byte", r,
                nranks, block).isEqualTo(-1);
            assertThat(Arrays.mismatch(got[1], expected)).as("rank %d of %d, blocks of %d in place: first wrong "
                + "byte", r, nranks, block).isEqualTo(-1);
        }
    }

    @ParameterizedTest(name = "{0} ranks, {1} floats per block")
    @MethodSource("ranksAndSizes")
    void reduceScatterShouldGiveRankRBlockROfTheRankOrderFloatSum(final int nranks, final int block) throws Exception {
        final float[][] inputs = AllreduceReference.floatsOfEveryRank(nranks, nranks * block, 11);
        final float[] sum = AllreduceReference.sumInRankOrder(inputs);
        final List<Object> results = ThreadGroup.runOnce(nranks, SMALL_WINDOW, TIMEOUT, comm -> {
            final ReduceScatter rs = ReduceScatter.over(comm);
            final float[] out = rs.sum(inputs[comm.rank()]);
            try (Arena arena = Arena.ofConfined()) {
                final MemorySegment buffer = arena.allocate((long) nranks * block * Float.BYTES, 64);
                MemorySegment.copy(MemorySegment.ofArray(inputs[comm.rank()]), 0, buffer, 0, buffer.byteSize());
                rs.sumFloatsInPlace(buffer);
                final float[] inPlace = buffer.asSlice(0, (long) block * Float.BYTES)
                    .toArray(ValueLayout.JAVA_FLOAT);
                return new float[][] {out, inPlace};
            }
        });
        for (int r = 0; r < nranks; r++) {
            final float[] expected = Arrays.copyOfRange(sum, r * block, (r + 1) * block);
            final float[][] got = (float[][]) results.get(r);
            assertThat(AllreduceReference.firstBitDifference(got[0], expected))
                .as("rank %d of %d, %d floats: first element whose bits differ from the rank-order sum", r, nranks,
                    block)
                .isEqualTo(-1);
            assertThat(AllreduceReference.firstBitDifference(got[1], expected))
                .as("rank %d of %d, %d floats in place: first differing element", r, nranks, block).isEqualTo(-1);
        }
    }

    @ParameterizedTest(name = "{0} ranks, {1} longs per block")
    @MethodSource("ranksAndSizes")
    void reduceScatterShouldSumLongsWrapping(final int nranks, final int block) throws Exception {
        final long[][] inputs = AllreduceReference.longsOfEveryRank(nranks, nranks * block, 13);
        final long[] sum = AllreduceReference.sum(inputs);
        final List<Object> results = ThreadGroup.runOnce(nranks, SMALL_WINDOW, TIMEOUT, comm -> {
            final ReduceScatter rs = ReduceScatter.over(comm);
            final long[] out = rs.sum(inputs[comm.rank()]);
            final long[] buffer = inputs[comm.rank()].clone();
            rs.sumLongsInPlace(MemorySegment.ofArray(buffer));
            return new long[][] {out, Arrays.copyOf(buffer, block)};
        });
        for (int r = 0; r < nranks; r++) {
            final long[] expected = Arrays.copyOfRange(sum, r * block, (r + 1) * block);
            final long[][] got = (long[][]) results.get(r);
            assertThat(got[0]).as("rank %d of %d, %d longs", r, nranks, block).isEqualTo(expected);
            assertThat(got[1]).as("rank %d of %d, %d longs in place", r, nranks, block).isEqualTo(expected);
        }
    }

    @Test
    void reduceScatterBlocksShouldBeBitForBitTheAllreduceResult() throws Exception {
        final int nranks = 3;
        final int block = 777;
        final List<Object> results = ThreadGroup.runOnce(nranks, SMALL_WINDOW, TIMEOUT, comm -> {
            final float[] in = AllreduceReference.floats(comm.rank(), nranks * block, 17);
            return new float[][] {ReduceScatter.over(comm).sum(in), Allreduce.over(comm).sum(in)};
        });
        for (int r = 0; r < nranks; r++) {
            final float[][] got = (float[][]) results.get(r);
            assertThat(AllreduceReference.firstBitDifference(got[0],
                Arrays.copyOfRange(got[1], r * block, (r + 1) * block)))
                .as("rank %d: reduce-scatter's block against allreduce's", r).isEqualTo(-1);
        }
    }

    @Test
    void shouldRejectSizesThatAreNotWholeBlocksOnEveryRankBeforeCommunicating() throws Exception {
        try (ThreadGroup group = new ThreadGroup(3, SMALL_WINDOW, TIMEOUT)) {
            group.run(comm -> {
                assertThatThrownBy(() -> AllToAll.over(comm).exchange(MemorySegment.ofArray(new byte[10]),
                    MemorySegment.ofArray(new byte[10])))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiple of the rank count");
                assertThatThrownBy(() -> Allgather.over(comm).gatherInPlace(MemorySegment.ofArray(new byte[10])))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a multiple of the 3 ranks");
                assertThatThrownBy(() -> ReduceScatter.over(comm).sum(new float[10]))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 equal blocks")
                    .hasMessageContaining("float32");
                assertThatThrownBy(() -> ReduceScatter.over(comm).sumLongs(MemorySegment.ofArray(new byte[36]),
                    MemorySegment.ofArray(new byte[12])))
                    .as("36 bytes are 3 blocks of 12 bytes, but not of whole int64s")
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiple of 24");
                assertThatThrownBy(() -> Allgather.over(comm).gather(MemorySegment.ofArray(new byte[4]),
                    MemorySegment.ofArray(new byte[11])))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("need 12");
                assertThatThrownBy(() -> Broadcast.over(comm).broadcast(MemorySegment.ofArray(new byte[4]), 3))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("root 3");
                final byte[] b = new byte[12];
                assertThatThrownBy(() -> AllToAll.over(comm).exchange(MemorySegment.ofArray(b).asSlice(0, 9),
                    MemorySegment.ofArray(b).asSlice(3, 9)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
                // after rejected arguments (no communication happened) the ranks still agree: a call works
                final byte[] buf = bytes(comm.rank(), 6, 1);
                Broadcast.over(comm).broadcast(MemorySegment.ofArray(buf), 1);
                assertThat(buf).as("rank %d after rejected calls", comm.rank()).isEqualTo(bytes(1, 6, 1));
                return null;
            });
        }
    }

    @Test
    void shouldFailOnEveryRankWhenRanksDisagreeOnTheSize() throws Exception {
        try (ThreadGroup group = new ThreadGroup(3, SMALL_WINDOW, TIMEOUT)) {
            final List<String> messages = Disagreement.messages(group, comm -> Broadcast.over(comm)
                .broadcast(MemorySegment.ofArray(new byte[comm.rank() == 2 ? 101 : 100]), 0));
            Disagreement.assertEveryRankNamed(messages, "both sizes", "broadcast of 100 bytes", "broadcast of 101 bytes");
        }
    }

    @Test
    void shouldFailOnEveryRankWhenRanksDisagreeOnTheRootAndMoveNothing() throws Exception {
        final List<Object> results = ThreadGroup.runOnce(2, SMALL_WINDOW, TIMEOUT, comm -> {
            final byte[] buf = bytes(comm.rank(), 1000, 2);
            final String message = Disagreement.failure(() -> Broadcast.over(comm).broadcast(MemorySegment.ofArray(buf),
                comm.rank()));
            assertThat(buf).as("rank %d's buffer after the failed call", comm.rank())
                .isEqualTo(bytes(comm.rank(), 1000, 2));
            return message;
        });
        Disagreement.assertEveryRankNamed(results.stream().map(String.class::cast).toList(), "both roots",
            "disagree on the root", "root 0", "root 1");
    }

    @Test
    void shouldFailOnEveryRankWhenRanksCallDifferentCollectives() throws Exception {
        try (ThreadGroup group = new ThreadGroup(4, SMALL_WINDOW, TIMEOUT)) {
            final List<String> messages = Disagreement.messages(group, comm -> {
                switch (comm.rank()) {
                    case 0 -> Allgather.over(comm).gather(MemorySegment.ofArray(new byte[8]),
                        MemorySegment.ofArray(new byte[32]));
                    case 1 -> AllToAll.over(comm).exchange(MemorySegment.ofArray(new byte[32]),
                        MemorySegment.ofArray(new byte[32]));
                    case 2 -> ReduceScatter.over(comm).sum(new float[8]);
                    default -> Allreduce.over(comm).sum(new float[8]);
                }
            });
            for (int r = 0; r < 4; r++) {
                assertThat(messages.get(r)).as("rank %d must fail naming another rank's collective", r)
                    .isNotNull().containsAnyOf("allgather of", "all-to-all of", "reduce-scatter sum of", "float32 sum of");
            }
            assertThat(messages.get(0)).as("rank 0 compares with rank 1 first")
                .contains("allgather of 8 bytes").contains("all-to-all of 8 bytes");
        }
    }

    @Test
    void shouldFailOnEveryRankWhenRanksDisagreeOnTheElementType() throws Exception {
        try (ThreadGroup group = new ThreadGroup(2, SMALL_WINDOW, TIMEOUT)) {
            final List<String> messages = Disagreement.messages(group, comm -> {
                if (comm.rank() == 0) {
                    ReduceScatter.over(comm).sum(new float[8]);
                } else {
                    ReduceScatter.over(comm).sum(new long[8]);
                }
            });
            Disagreement.assertEveryRankNamed(messages, "both element types",
                "float32 reduce-scatter sum of 4 elements", "int64 reduce-scatter sum of 4 elements");
        }
    }

    @Test
    void shouldRefuseEveryCollectiveAfterAFailedOne() throws Exception {
        try (ThreadGroup group = new ThreadGroup(2, SMALL_WINDOW, TIMEOUT)) {
            group.run(comm -> {
                assertThatThrownBy(() -> AllToAll.over(comm).exchangeInPlace(
                    MemorySegment.ofArray(new byte[2 * (comm.rank() + 1)]))).isInstanceOf(CommException.class);
                assertThatThrownBy(() -> Allreduce.over(comm).sum(new float[1]))
                    .as("an allreduce after a failed all-to-all on rank %d", comm.rank())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("earlier AllToAll call failed");
                assertThatThrownBy(() -> Broadcast.over(comm).broadcast(MemorySegment.ofArray(new byte[1]), 0))
                    .isInstanceOf(IllegalStateException.class);
                return null;
            });
        }
    }

    @Test
    void shouldRefuseABackendWithoutHostWindows() throws Exception {
        try (ThreadGroup group = new ThreadGroup(1, SMALL_WINDOW, TIMEOUT)) {
            assertThatThrownBy(() -> Allgather.over(group.memberWithoutHostWindows(0)))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("Allgather needs host-readable");
        }
    }

    /**
     * Back-to-back calls of all five collectives, in an order and with sizes drawn from one seed
     * (the same on every rank), each result checked: the slot hand-over between different
     * collectives, sizes and chunk counts. 200 calls on 3 ranks; fewer on the smallest window (64-byte
     * chunks: blocks of 16-21 bytes that are not cache-line aligned, many chunks per call).
     */
    @ParameterizedTest(name = "{0} ranks, {1}-byte windows, {2} calls")
    @CsvSource({"3, 1024, 200", "4, 256, 40", "3, 256, 40"})
    void shouldGiveExactResultsOverManyMixedBackToBackCalls(final int nranks, final long window, final int calls)
        throws Exception {
        final List<Object> results = ThreadGroup.runOnce(nranks, window, TIMEOUT, comm -> MixedCalls.run(comm, calls, 99));
        for (int r = 0; r < nranks; r++) {
            assertThat((List<?>) results.get(r)).as("rank %d: calls with a wrong result", r).isEmpty();
        }
    }
}
