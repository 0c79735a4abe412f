package io.comm4j.sim;

import io.comm4j.Stage;
import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

import static org.assertj.core.api.Assertions.assertThat;

/** The abort record crosses shared memory field by field: the stage in its own slot field, not in {@code value}. */
class SharedHeaderAbortTest {

    @Test
    void shouldCarryTheStageInItsOwnFieldAndLeaveTheValueFree() {
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment raw = arena.allocate(SegmentDescriptor.HEADER_BYTES, 4096);
            final SharedHeader header = new SharedHeader(raw);
            header.abort(SharedHeader.Abort.rankTimedOut(1, Stage.BARRIER));
            assertThat(raw.get(ValueLayout.JAVA_INT, SegmentDescriptor.ABORT_STAGE_OFFSET))
                .as("the stage field holds the barrier's stable code").isEqualTo(Stage.BARRIER.exitCode());
            assertThat(raw.get(ValueLayout.JAVA_LONG, SegmentDescriptor.ABORT_VALUE_OFFSET))
                .as("a timeout has no value to report").isZero();
            assertThat(header.abortRecord()).as("the record read back")
                .isEqualTo(SharedHeader.Abort.rankTimedOut(1, Stage.BARRIER));
        }
    }

    @Test
    void shouldReadBackEveryFactorysRecordUnchanged() {
        for (final SharedHeader.Abort record : new SharedHeader.Abort[] {
            SharedHeader.Abort.nranksMismatch(3, 4, 2), SharedHeader.Abort.windowSizeMismatch(1, 8192, 4096, 0),
            SharedHeader.Abort.segmentSizeFailed(28, 1L << 40), SharedHeader.Abort.duplicateRank(2, 1234, 5678),
            SharedHeader.Abort.rankFailed(5, Stage.ALLOC), SharedHeader.Abort.rankTimedOut(0, Stage.DESTROY)}) {
            try (Arena arena = Arena.ofConfined()) {
                final SharedHeader header = new SharedHeader(arena.allocate(SegmentDescriptor.HEADER_BYTES, 4096));
                assertThat(header.abort(record)).as("first abort of a fresh header is published: %s", record).isTrue();
                assertThat(header.abortRecord()).as("round trip of %s", record).isEqualTo(record);
            }
        }
    }
}
