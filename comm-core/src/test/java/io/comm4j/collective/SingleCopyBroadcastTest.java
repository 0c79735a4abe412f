package io.comm4j.collective;

import io.comm4j.testing.MixedCalls;
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
 * The single-copy broadcast (from {@link WindowGroup#SINGLE_COPY_MIN_BYTES} with native buffers):
 * the receivers read the root's buffer with process_vm_readv. Every receiver gets every byte, for
 * the first and the last root, at and past the threshold (odd sizes too), through windows smaller
 * than a chunk's worth of the buffer and larger than all of it, and the call takes two barriers
 * (three with the group's probe), never the staged path's one per chunk. Ranks are threads of one
 * process, which may read itself.
 */
@Timeout(60)
class SingleCopyBroadcastTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int MIN = (int) WindowGroup.SINGLE_COPY_MIN_BYTES;

    @ParameterizedTest(name = "{0} ranks, {1} bytes, root {2}, window {3}")
    @MethodSource("cases")
    void everyReceiverShouldGetEveryByteOfTheRootsBuffer(final int nranks, final int size, final int root,
                                                         final long window) throws Exception {
        final byte[] expected = MixedCalls.bytes(root, size, 11);
        try (ThreadGroup group = new ThreadGroup(nranks, window, TIMEOUT); Arena arena = Arena.ofShared()) {
            final List<Object> results = group.run(comm -> {
                final MemorySegment buffer = arena.allocate(size);
                if (comm.rank() == root) {
                    MemorySegment.copy(MemorySegment.ofArray(expected), 0, buffer, 0, size);
                }
                Broadcast.over(comm).broadcast(buffer, root);
                return buffer.toArray(ValueLayout.JAVA_BYTE);
            });
            for (int r = 0; r < nranks; r++) {
                assertThat(Arrays.mismatch((byte[]) results.get(r), expected))
                    .as("rank %d of %d: first byte that differs from root %d's buffer", r, nranks, root)
                    .isEqualTo(-1);
                assertThat(group.barriers(r)).as("rank %d: a single copy (probe, header, closing barrier)", r)
                    .isEqualTo(3);
            }
        }
    }

    /** Sizes at and past the threshold, odd ones included; a 1 KiB window (448-byte chunks) and one larger than the buffer. */
    static Stream<Arguments> cases() {
        final long large = 4L * MIN + 1024;
        return Stream.of(2, 3).flatMap(n -> Stream.of(MIN, MIN + 7, 2 * MIN + 13).flatMap(s ->
            Stream.of(1024L, large).flatMap(w -> Stream.of(0, n - 1).map(root -> Arguments.of(n, s, root, w)))));
    }
}
