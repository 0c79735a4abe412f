package io.comm4j;

import io.comm4j.bindings.comm.comm_context_h;
import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommContextTest {

    /** The context layout with {@code head} in place of the members before winSize. */
    private static MemoryLayout contextWithHead(final MemoryLayout... head) {
        final List<MemoryLayout> members = new ArrayList<>(List.of(head));
        members.add(ValueLayout.JAVA_LONG.withName("winSize"));
        members.add(MemoryLayout.sequenceLayout(64, ValueLayout.JAVA_LONG).withName("windowsIn"));
        members.add(MemoryLayout.sequenceLayout(64, ValueLayout.JAVA_LONG).withName("windowsOut"));
        return MemoryLayout.structLayout(members.toArray(MemoryLayout[]::new));
    }

    @Test
    void shouldLoadWithTheLockedSizeAndOffsets() {
        assertThat(CommContext.LAYOUT.byteSize()).as("sizeof(CommContext)").isEqualTo(1056);
        assertThat(CommContext.LAYOUT.byteOffset(MemoryLayout.PathElement.groupElement("windowsOut")))
            .as("offsetof(windowsOut)").isEqualTo(544);
    }

    @Test
    void shouldHoldTheHeadersRankLimitAsTheWindowArraysLength() {
        assertThat(CommContext.MAX_RANKS).as("MAX_RANKS against COMM_MAX_RANK_NUM of comm_context.h")
            .isEqualTo(comm_context_h.COMM_MAX_RANK_NUM());
        final long windowsInBytes = CommContext.LAYOUT
            .select(MemoryLayout.PathElement.groupElement("windowsIn")).byteSize();
        assertThat(windowsInBytes).as("windowsIn holds one uint64 per rank up to MAX_RANKS")
            .isEqualTo(8L * CommContext.MAX_RANKS);
    }

    @Test
    void shouldRefuseARankLimitThatDiffersFromTheHeaderNamingBoth() {
        assertThatThrownBy(() -> CommContext.requireRankLimit(32))
            .as("a header with another COMM_MAX_RANK_NUM must stop the class from loading")
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("MAX_RANKS is 64")
            .hasMessageContaining("COMM_MAX_RANK_NUM 32");
    }

    @Test
    void shouldRefuseLayoutWithFieldMovedNamingFieldAndBothOffsets() {
        // rankNum and rankId swapped in width: rankId becomes 8 bytes and pushes everything after it
        final MemoryLayout drifted = contextWithHead(
            ValueLayout.JAVA_LONG.withName("workSpace"),
            ValueLayout.JAVA_LONG.withName("workSpaceSize"),
            ValueLayout.JAVA_LONG.withName("rankId"),
            ValueLayout.JAVA_INT.withName("rankNum"),
            MemoryLayout.paddingLayout(4));

        assertThatThrownBy(() -> CommContext.lockedLayout(drifted))
            .as("a layout whose fields moved must not pass the class-load check")
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("size: expected 1056, layout has 1064")
            .hasMessageContaining("rankNum: expected at 20, layout has it at 24")
            .hasMessageContaining("windowsOut: expected at 544, layout has it at 552");
    }

    @Test
    void shouldRefuseLayoutWithMissingField() {
        final MemoryLayout noWorkspace = contextWithHead(
            MemoryLayout.paddingLayout(16),
            ValueLayout.JAVA_INT.withName("rankId"),
            ValueLayout.JAVA_INT.withName("rankNum"));

        assertThatThrownBy(() -> CommContext.lockedLayout(noWorkspace))
            .hasMessageContaining("workSpace: expected at 0, layout has no such field");
    }

    @Test
    void shouldReadEveryFieldAtItsContractOffset() {
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment raw = arena.allocate(CommContext.BYTES, 8);
            raw.set(ValueLayout.JAVA_LONG, 0, 0x1111L);
            raw.set(ValueLayout.JAVA_LONG, 8, 0x2222L);
            raw.set(ValueLayout.JAVA_INT, 16, 3);
            raw.set(ValueLayout.JAVA_INT, 20, 4);
            raw.set(ValueLayout.JAVA_LONG, 24, 4096L);
            raw.set(ValueLayout.JAVA_LONG, 32 + 8 * 2, 0xAAAAL);
            raw.set(ValueLayout.JAVA_LONG, 544 + 8 * 63, 0xBBBBL);

            final CommContext ctx = CommContext.view(raw, 0xD000L);
            assertThat(ctx.workSpace()).isEqualTo(0x1111L);
            assertThat(ctx.workSpaceSize()).isEqualTo(0x2222L);
            assertThat(ctx.rankId()).isEqualTo(3);
            assertThat(ctx.rankNum()).isEqualTo(4);
            assertThat(ctx.winSize()).isEqualTo(4096L);
            assertThat(ctx.windowIn(2)).as("windowsIn[2] at 32 + 16").isEqualTo(0xAAAAL);
            assertThat(ctx.windowOut(63)).as("windowsOut[63] at 544 + 504").isEqualTo(0xBBBBL);
            assertThat(ctx.deviceAddress()).isEqualTo(0xD000L);
        }
    }

    @Test
    void shouldRejectTooSmallSegmentAndOutOfRangeRank() {
        try (Arena arena = Arena.ofConfined()) {
            assertThatThrownBy(() -> CommContext.view(arena.allocate(1000), 0))
                .hasMessageContaining("needs 1056 bytes, segment has 1000");
            final CommContext ctx = CommContext.view(arena.allocate(CommContext.BYTES, 8), 0);
            assertThatThrownBy(() -> ctx.windowIn(64)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }
}
