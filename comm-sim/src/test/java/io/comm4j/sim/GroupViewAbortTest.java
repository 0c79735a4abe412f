package io.comm4j.sim;

import io.comm4j.CommException;
import io.comm4j.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two ranks that detect a disagreement at once both try to record it; the one that loses the claim
 * must report the winner's record, even when it looks between the winner's claim and its publish.
 */
@Timeout(30)
class GroupViewAbortTest {

    @Test
    void shouldReportTheWinnersRecordWhenLookingBeforeItIsPublished() throws Exception {
        try (Arena arena = Arena.ofShared()) {
            final MemorySegment raw = arena.allocate(SegmentDescriptor.HEADER_BYTES, 4096);
            final SharedHeader header = new SharedHeader(raw);
            // the winner has claimed the record but not yet published it
            raw.set(ValueLayout.JAVA_INT, SegmentDescriptor.ABORT_CLAIM_OFFSET, 1);
            final Thread winner = Thread.ofPlatform().start(() -> {
                try {
                    Thread.sleep(50);
                } catch (final InterruptedException e) {
                    return;
                }
                raw.set(ValueLayout.JAVA_INT, SegmentDescriptor.ABORT_CLAIM_OFFSET, 0);
                header.abort(SharedHeader.Abort.windowSizeMismatch(1, 8192, 4096, 0));
            });
            final CommException failure = new GroupView(header, 2, Path.of("/tmp/rv")).abortFailure(Stage.ALLOC);
            winner.join();
            assertThat(failure.getMessage()).as("the loser's failure quotes the winner's record")
                .contains("rank 1 asked for 8192 bytes, rank 0 asked for 4096 bytes");
            assertThat(failure.stage()).isEqualTo(Stage.ALLOC);
        }
    }

    @Test
    void shouldSayTheRecordNeverCameWhenTheClaimerDiedBeforePublishing() {
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment raw = arena.allocate(SegmentDescriptor.HEADER_BYTES, 4096);
            raw.set(ValueLayout.JAVA_INT, SegmentDescriptor.ABORT_CLAIM_OFFSET, 1);
            final CommException failure = new GroupView(new SharedHeader(raw), 2, Path.of("/tmp/rv"))
                .abortFailure(Stage.INIT);
            assertThat(failure.getMessage()).as("message when no record is ever published")
                .contains("did not record why");
            assertThat(failure.stage()).isEqualTo(Stage.INIT);
        }
    }
}
