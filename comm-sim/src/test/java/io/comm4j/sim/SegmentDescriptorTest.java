package io.comm4j.sim;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import static io.comm4j.sim.SegmentDescriptor.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SegmentDescriptorTest {

    @Test
    void shouldPlaceEveryFieldAtTheOffsetOfTheDocumentedTable() {
        assertThat(List.of(MAGIC_OFFSET, VERSION_OFFSET, NRANKS_OFFSET, LAUNCH_TOKEN_OFFSET, CREATOR_PID_OFFSET,
            CREATOR_START_OFFSET)).as("identity fields").containsExactly(0, 8, 12, 16, 24, 32);
        assertThat(List.of(READY_MASK_OFFSET, ALLOC_STATE_OFFSET, ALLOC_WIN_SIZE_OFFSET, BARRIER_MASK_OFFSET,
            BARRIER_PHASE_OFFSET, DESTROY_MASK_OFFSET, ABORT_CLAIM_OFFSET, MAPPED_MASK_OFFSET))
            .as("counter slots").containsExactly(128, 256, 264, 384, 512, 640, 768, 896);
        assertThat(List.of(ABORT_REASON_OFFSET, ABORT_RANK_OFFSET, ABORT_ERRNO_OFFSET, ABORT_VALUE_OFFSET,
            ABORT_EXPECTED_OFFSET, ABORT_OTHER_RANK_OFFSET, ABORT_STAGE_OFFSET)).as("abort record")
            .containsExactly(772, 776, 780, 784, 792, 800, 804);
        assertThat(List.of(RANKS_OFFSET, WIN_REQUEST_OFFSET, END_OF_FIELDS)).as("tables")
            .containsExactly(1024, 2048, 2560);
        assertThat(HEADER_BYTES).isEqualTo(4096);
    }

    @Test
    void shouldGiveEveryContendedCounterItsOwn128ByteSlot() {
        final List<Integer> contended = List.of(READY_MASK_OFFSET, BARRIER_MASK_OFFSET, BARRIER_PHASE_OFFSET,
            DESTROY_MASK_OFFSET, ABORT_CLAIM_OFFSET, MAPPED_MASK_OFFSET, ALLOC_STATE_OFFSET);
        assertThat(contended).as("each starts a slot").allMatch(o -> o % SLOT_BYTES == 0);
        assertThat(contended.stream().map(o -> o / SLOT_BYTES).distinct().count()).as("no two share a slot")
            .isEqualTo(contended.size());
        assertThat(contended).as("none shares a slot with the identity fields").allMatch(o -> o >= SLOT_BYTES);
    }

    @Test
    void shouldKeepAtomicFieldsNaturallyAligned() {
        assertThat(List.of(MAGIC_OFFSET, READY_MASK_OFFSET, BARRIER_MASK_OFFSET, DESTROY_MASK_OFFSET,
            MAPPED_MASK_OFFSET, ALLOC_WIN_SIZE_OFFSET, ABORT_VALUE_OFFSET, rankPidOffset(63), winRequestOffset(63)))
            .as("64-bit atomics on 8-byte boundaries").allMatch(o -> o % 8 == 0);
        assertThat(List.of(BARRIER_PHASE_OFFSET, ALLOC_STATE_OFFSET, ABORT_CLAIM_OFFSET, ABORT_REASON_OFFSET))
            .as("32-bit atomics on 4-byte boundaries").allMatch(o -> o % 4 == 0);
    }

    @Test
    void shouldFitTheRankAndRequestTablesForSixtyFourRanksInTheHeader() {
        assertThat(rankStartOffset(MAX_RANKS - 1) + 8).isEqualTo(WIN_REQUEST_OFFSET);
        assertThat(winRequestOffset(MAX_RANKS - 1) + 8).isLessThanOrEqualTo(HEADER_BYTES);
    }

    @Test
    void shouldStartEveryWindowPageAlignedAfterTheHeader() {
        final long size = roundedWindowSize(5000);
        assertThat(size).isEqualTo(8192);
        assertThat(IntStream.range(0, 64).mapToLong(r -> windowOffset(r, size)))
            .allMatch(o -> o % WINDOW_ALIGNMENT == 0).first().isEqualTo(4096L);
        assertThat(segmentBytes(2, size)).isEqualTo(4096 + 2 * 8192);
    }

    @Test
    void shouldMakeFullMasksForEveryGroupSizeIncludingSixtyFour() {
        assertThat(fullMask(1)).isEqualTo(1L);
        assertThat(fullMask(2)).isEqualTo(3L);
        assertThat(fullMask(64)).as("bit 63 included").isEqualTo(-1L);
        long sum = 0;
        for (int r = 0; r < 64; r++) {
            sum += 1L << r;
        }
        assertThat(sum).as("adding each rank's bit once equals the full mask").isEqualTo(fullMask(64));
    }

    @Test
    void shouldRejectSizesThatOverflow() {
        assertThatThrownBy(() -> roundedWindowSize(Long.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> segmentBytes(64, Long.MAX_VALUE / 32)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void shouldSpellC4jsim01InTheMagic() {
        final byte[] bytes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(MAGIC).array();
        assertThat(new String(bytes, StandardCharsets.US_ASCII)).isEqualTo("C4JSIM01");
    }
}
