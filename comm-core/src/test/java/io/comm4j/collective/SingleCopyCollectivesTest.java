package io.comm4j.collective;

import io.comm4j.testing.MixedCalls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The single-copy path of Allgather and AllToAll (peers' buffers read with process_vm_readv; here
 * the ranks are threads of one process, which may read itself) and its fallbacks: exact results at
 * and around the threshold, in place; a rank whose buffer is
 * heap memory or who switched it off, and a failed probe, put every rank on the staged path
 * together. Which path ran is read from the barrier count: a single-copy call takes 2 barriers (3
 * with the group's probe), a staged call of these sizes through 1 KiB windows hundreds.
 */
@Timeout(60)
class SingleCopyCollectivesTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** 448-byte chunks: the staged path takes hundreds of barriers at these sizes. */
    private static final long SMALL_WINDOW = 1024;
    private static final int MIN = (int) WindowGroup.SINGLE_COPY_MIN_BYTES;

    private static byte[] bytes(final int rank, final int n, final long seed) {
        return MixedCalls.bytes(rank, n, seed);
    }

    private static MemorySegment nativeCopy(final Arena arena, final byte[] data) {
        final MemorySegment s = arena.allocate(Math.max(1, data.length)).asSlice(0, data.length);
        MemorySegment.copy(MemorySegment.ofArray(data), 0, s, 0, data.length);
        return s;
    }

    /** The rank-order concatenation of every rank's {@code bytes(r, size, seed)}: what an allgather gives. */
    private static byte[] gathered(final int nranks, final int size, final long seed) {
        final byte[] expected = new byte[nranks * size];
        for (int r = 0; r < nranks; r++) {
            System.arraycopy(bytes(r, size, seed), 0, expected, r * size, size);
        }
        return expected;
    }

    @Test
    void shouldStayStagedJustBelowTheThreshold() throws Exception {
        try (ThreadGroup group = new ThreadGroup(2, SMALL_WINDOW, TIMEOUT); Arena arena = Arena.ofShared()) {
            final List<Object> results = group.run(comm -> {
                final MemorySegment out = arena.allocate(2L * (MIN - 1));
                Allgather.over(comm).gather(nativeCopy(arena, bytes(comm.rank(), MIN - 1, 4)), out);
                return out.toArray(ValueLayout.JAVA_BYTE);
            });
            assertThat(Arrays.mismatch((byte[]) results.get(1), gathered(2, MIN - 1, 4))).as("rank 1's bytes")
                .isEqualTo(-1);
            assertThat(group.barriers(1)).as("a staged call: one barrier per 448-byte chunk")
                .isEqualTo(WindowGroup.ceilDiv(MIN - 1, 448));
        }
    }

    @ParameterizedTest(name = "{0} ranks, {1} bytes per rank, in place {2}")
    @MethodSource("allgatherCases")
    void allgatherShouldReadEveryPeersInputDirectly(final int nranks, final int size, final boolean inPlace)
        throws Exception {
        final byte[] expected = new byte[nranks * size];
        for (int r = 0; r < nranks; r++) {
            System.arraycopy(bytes(r, size, 5), 0, expected, r * size, size);
        }
        try (ThreadGroup group = new ThreadGroup(nranks, SMALL_WINDOW, TIMEOUT); Arena arena = Arena.ofShared()) {
            final List<Object> results = group.run(comm -> {
                final Allgather allgather = Allgather.over(comm);
                final MemorySegment out = arena.allocate((long) nranks * size);
                if (inPlace) {
                    MemorySegment.copy(MemorySegment.ofArray(bytes(comm.rank(), size, 5)), 0, out,
                        (long) comm.rank() * size, size);
                    allgather.gatherInPlace(out);
                } else {
                    allgather.gather(nativeCopy(arena, bytes(comm.rank(), size, 5)), out);
                }
                return out.toArray(ValueLayout.JAVA_BYTE);
            });
            for (int r = 0; r < nranks; r++) {
                assertThat(Arrays.mismatch((byte[]) results.get(r), expected))
                    .as("rank %d of %d: first byte that differs from the rank-order concatenation", r, nranks)
                    .isEqualTo(-1);
                assertThat(group.barriers(r)).as("rank %d: single copy", r).isEqualTo(3);
            }
        }
    }

    static Stream<Arguments> allgatherCases() {
        return Stream.of(2, 3, 4).flatMap(n -> Stream.of(MIN, MIN + 7).flatMap(s ->
            Stream.of(Arguments.of(n, s, false), Arguments.of(n, s, true))));
    }

    @ParameterizedTest(name = "{0} ranks, blocks of {1} bytes")
    @MethodSource("allToAllCases")
    void allToAllShouldReadEachBlockFromItsSendersInput(final int nranks, final int block) throws Exception {
        try (ThreadGroup group = new ThreadGroup(nranks, SMALL_WINDOW, TIMEOUT); Arena arena = Arena.ofShared()) {
            final List<Object> results = group.run(comm -> {
                final MemorySegment out = arena.allocate((long) nranks * block);
                AllToAll.over(comm).exchange(nativeCopy(arena, bytes(comm.rank(), nranks * block, 7)), out);
                return out.toArray(ValueLayout.JAVA_BYTE);
            });
            for (int r = 0; r < nranks; r++) {
                assertThat(Arrays.mismatch((byte[]) results.get(r), allToAllExpected(r, nranks, block, 7)))
                    .as("rank %d of %d: first byte that differs from block %d of every sender", r, nranks, r)
                    .isEqualTo(-1);
                assertThat(group.barriers(r)).as("rank %d: single copy", r).isEqualTo(3);
            }
        }
    }

    static Stream<Arguments> allToAllCases() {
        return Stream.of(2, 3, 4).flatMap(n -> Stream.of(MIN, MIN + 1).map(b -> Arguments.of(n, b)));
    }

    private static byte[] allToAllExpected(final int rank, final int nranks, final int block, final long seed) {
        final byte[] expected = new byte[nranks * block];
        for (int q = 0; q < nranks; q++) {
            System.arraycopy(bytes(q, nranks * block, seed), rank * block, expected, q * block, block);
        }
        return expected;
    }

    @Test
    void allToAllShouldFallBackTogetherWhenOneRankExchangesInPlace() throws Exception {
        final int nranks = 3;
        final int block = MIN + 3;
        try (ThreadGroup group = new ThreadGroup(nranks, SMALL_WINDOW, TIMEOUT); Arena arena = Arena.ofShared()) {
            final List<Object> results = group.run(comm -> {
                final MemorySegment in = nativeCopy(arena, bytes(comm.rank(), nranks * block, 8));
                if (comm.rank() == 1) {
                    AllToAll.over(comm).exchangeInPlace(in);
                    return in.toArray(ValueLayout.JAVA_BYTE);
                }
                final MemorySegment out = arena.allocate((long) nranks * block);
                AllToAll.over(comm).exchange(in, out);
                return out.toArray(ValueLayout.JAVA_BYTE);
            });
            for (int r = 0; r < nranks; r++) {
                assertThat(Arrays.mismatch((byte[]) results.get(r), allToAllExpected(r, nranks, block, 8)))
                    .as("rank %d: exact result on the staged path", r).isEqualTo(-1);
                assertThat(group.barriers(r)).as("rank %d: staged, plus the one barrier of a declined offer", r)
                    .isGreaterThan(100);
            }
        }
    }

    @Test
    void allgatherShouldFallBackTogetherWhenOneRanksBufferIsHeapMemory() throws Exception {
        final int size = 2 * MIN + 5;
        try (ThreadGroup group = new ThreadGroup(3, SMALL_WINDOW, TIMEOUT); Arena arena = Arena.ofShared()) {
            final List<Object> results = group.run(comm -> {
                final byte[] mine = bytes(comm.rank(), size, 9);
                final Allgather allgather = Allgather.over(comm);
                if (comm.rank() == 2) {
                    final byte[] out = new byte[3 * size];
                    allgather.gather(MemorySegment.ofArray(mine), MemorySegment.ofArray(out));
                    return out;
                }
                final MemorySegment out = arena.allocate(3L * size);
                allgather.gather(nativeCopy(arena, mine), out);
                return out.toArray(ValueLayout.JAVA_BYTE);
            });
            for (int r = 0; r < 3; r++) {
                assertThat(Arrays.mismatch((byte[]) results.get(r), gathered(3, size, 9)))
                    .as("rank %d: every rank's bytes through the staged path", r).isEqualTo(-1);
                assertThat(group.barriers(r)).as("rank %d: every rank staged (one extra barrier for the offers)", r)
                    .isEqualTo(WindowGroup.ceilDiv(size, 448) + 1);
            }
        }
    }

    @Test
    void shouldFallBackTogetherForGoodWhenTheProbeFails() throws Exception {
        final int size = MIN + 11;
        try (ThreadGroup group = new ThreadGroup(2, SMALL_WINDOW, TIMEOUT); Arena arena = Arena.ofShared()) {
            // rank 1 publishes a pid no process has: its peer's probe read fails (ESRCH)
            group.beforeBarrier(1, () -> {
                for (final int slot : new int[] {0, 1}) {
                    final long at = SlotLayout.slotOffset(SMALL_WINDOW, slot) + SlotLayout.PID_OFFSET;
                    if (group.window(1).get(ValueLayout.JAVA_INT_UNALIGNED, at) != 0) {
                        group.window(1).set(ValueLayout.JAVA_INT_UNALIGNED, at, Integer.MAX_VALUE - 1);
                    }
                }
            });
            final long[] afterFirst = new long[2];
            final List<Object> results = group.run(comm -> {
                final Allgather allgather = Allgather.over(comm);
                final MemorySegment first = arena.allocate(2L * size);
                allgather.gather(nativeCopy(arena, bytes(comm.rank(), size, 10)), first);
                afterFirst[comm.rank()] = group.barriers(comm.rank());
                final MemorySegment second = arena.allocate(2L * size);
                allgather.gather(nativeCopy(arena, bytes(comm.rank(), size, 11)), second);
                return new byte[][] {first.toArray(ValueLayout.JAVA_BYTE), second.toArray(ValueLayout.JAVA_BYTE)};
            });
            final long staged = WindowGroup.ceilDiv(size, 448);
            for (int r = 0; r < 2; r++) {
                final byte[][] got = (byte[][]) results.get(r);
                assertThat(Arrays.mismatch(got[0], gathered(2, size, 10))).as("rank %d, first call", r).isEqualTo(-1);
                assertThat(Arrays.mismatch(got[1], gathered(2, size, 11))).as("rank %d, second call", r).isEqualTo(-1);
                assertThat(afterFirst[r]).as("rank %d: header, probe, declined-offer barrier, then staged", r)
                    .isEqualTo(2 + staged);
                assertThat(group.barriers(r) - afterFirst[r]).as("rank %d: after a failed probe no rank offers", r)
                    .isEqualTo(staged);
            }
        }
    }
}
