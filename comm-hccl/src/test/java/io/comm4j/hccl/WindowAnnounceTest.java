package io.comm4j.hccl;

import io.comm4j.CommException;
import io.comm4j.Stage;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The window announcement's bytes and the size rounding of the shareable-handle providers. In process. */
class WindowAnnounceTest {
    private static final long MIB2 = 2L << 20;

    @Test
    void shouldReadBackWhatItWrote() {
        final WindowAnnounce a = new WindowAnnounce(WindowAnnounce.KIND_VMM, 3, 1, 4242, MIB2,
            WindowAnnounce.vmmHandle(0x1234_5678_9abcL));
        final WindowAnnounce b = WindowAnnounce.decode(a.encode(), 3);
        assertThat(b.encode()).as("a decoded record encodes to the same bytes").isEqualTo(a.encode());
        assertThat(b.shareable()).as("the vmm handle survives").isEqualTo(0x1234_5678_9abcL);
        assertThat(a.encode()).as("the documented size").hasSize(WindowAnnounce.BYTES);
    }

    @Test
    void shouldPutTheFieldsAtTheDocumentedOffsets() {
        final ByteBuffer b = ByteBuffer.wrap(new WindowAnnounce(WindowAnnounce.KIND_FABRIC, 5, 7, 99, MIB2,
            new byte[WindowAnnounce.HANDLE_BYTES]).encode()).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getInt(0)).as("magic at 0").isEqualTo(WindowAnnounce.MAGIC);
        assertThat(b.getShort(4)).as("version at 4").isEqualTo((short) WindowAnnounce.VERSION);
        assertThat(b.getShort(6)).as("provider at 6").isEqualTo((short) WindowAnnounce.KIND_FABRIC);
        assertThat(b.getInt(8)).as("rank at 8").isEqualTo(5);
        assertThat(b.getInt(12)).as("device at 12").isEqualTo(7);
        assertThat(b.getLong(16)).as("pid at 16").isEqualTo(99);
        assertThat(b.getLong(24)).as("size at 24").isEqualTo(MIB2);
    }

    @Test
    void shouldRefuseARecordThatSaysItIsAnotherRank() {
        final byte[] bytes = new WindowAnnounce(1, 2, 0, 1, MIB2, new byte[128]).encode();
        assertThatThrownBy(() -> WindowAnnounce.decode(bytes, 1)).as("rank 1's key holds rank 2's record")
            .isInstanceOfSatisfying(CommException.class, e -> {
                assertThat(e.stage()).as("stage").isEqualTo(Stage.ALLOC);
                assertThat(e.getMessage()).as("message").contains("rank 1's window announcement says it is rank 2");
            });
    }

    @Test
    void shouldRefuseAForeignOrShortRecord() {
        final byte[] bytes = new WindowAnnounce(1, 0, 0, 1, MIB2, new byte[128]).encode();
        bytes[0] ^= 1;
        assertThatThrownBy(() -> WindowAnnounce.decode(bytes, 0)).as("a wrong magic")
            .hasMessageContaining("magic");
        assertThatThrownBy(() -> WindowAnnounce.decode(new byte[8], 0)).as("a short record")
            .hasMessageContaining("is 8 bytes, expected 160");
    }

    @Test
    void shouldRoundUpToTheGranularity() {
        assertThat(ShareableWindows.roundUp(4096, MIB2)).as("up to one block").isEqualTo(MIB2);
        assertThat(ShareableWindows.roundUp(MIB2, MIB2)).as("a multiple stays").isEqualTo(MIB2);
        assertThat(ShareableWindows.roundUp(MIB2 + 1, MIB2)).as("one past").isEqualTo(2 * MIB2);
    }

    @Test
    void shouldRefuseASizeThatOverflowsWhenRounded() {
        assertThatThrownBy(() -> ShareableWindows.roundUp(Long.MAX_VALUE, MIB2)).as("Long.MAX_VALUE rounded up")
            .isInstanceOfSatisfying(CommException.class, e -> {
                assertThat(e.stage()).as("stage").isEqualTo(Stage.ALLOC);
                assertThat(e.getMessage()).as("message").contains("does not fit in 64 bits");
            });
        assertThatThrownBy(() -> ShareableWindows.roundUp(4096, 0)).as("a granularity of 0")
            .hasMessageContaining("answered 0 bytes");
    }
}
