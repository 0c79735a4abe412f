package io.comm4j;

import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

import static org.assertj.core.api.Assertions.assertThat;

class ContextInvariantsTest {

    private static MemorySegment goodContext(final Arena arena) {
        final MemorySegment raw = arena.allocate(CommContext.BYTES, 8);
        raw.set(ValueLayout.JAVA_INT, 16, 1);
        raw.set(ValueLayout.JAVA_INT, 20, 2);
        raw.set(ValueLayout.JAVA_LONG, 24, 4096);
        for (int i = 0; i < 2; i++) {
            raw.set(ValueLayout.JAVA_LONG, 32 + 8L * i, 0x1000L * (i + 1));
            raw.set(ValueLayout.JAVA_LONG, 544 + 8L * i, 0x1000L * (i + 1));
        }
        return raw;
    }

    @Test
    void shouldAcceptAContextThatKeepsEveryInvariant() {
        try (Arena arena = Arena.ofConfined()) {
            final CommContext ctx = CommContext.view(goodContext(arena), 0);
            assertThat(ContextInvariants.violations(ctx, 1, 2, 4096, 0x2000L)).as("violations").isEmpty();
        }
    }

    @Test
    void shouldNameEveryBrokenInvariantWithBothValues() {
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment raw = goodContext(arena);
            raw.set(ValueLayout.JAVA_LONG, 544 + 8, 0L);
            final CommContext ctx = CommContext.view(raw, 0);
            assertThat(ContextInvariants.violations(ctx, 0, 3, 8192, 0x9999L)).containsExactly(
                "rankId is 1, expected rank 0",
                "rankNum is 2, expected nranks 3",
                "winSize is 4096, expected windowSize() 8192",
                "windowsIn[0] is 0x1000, expected localWindowBase() 0x9999",
                "windowsOut[1] is 0",
                "windowsIn[2] is 0",
                "windowsOut[2] is 0");
        }
    }

    @Test
    void shouldLeaveWindowsOutUncheckedWhereTheBackendDoesNotPromiseIt() {
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment raw = goodContext(arena);
            raw.set(ValueLayout.JAVA_LONG, 544, 0L);
            raw.set(ValueLayout.JAVA_LONG, 544 + 8, 0L);
            final CommContext ctx = CommContext.view(raw, 0);
            assertThat(ContextInvariants.violations(ctx, 1, 2, 4096, 0x2000L, false))
                .as("windowsOut all 0 on a provider that does not promise it (HCCL MESH)").isEmpty();
            assertThat(ContextInvariants.violations(ctx, 1, 2, 4096, 0x2000L, true))
                .as("the same context where windowsOut is promised").containsExactly("windowsOut[0] is 0", "windowsOut[1] is 0");
        }
    }

    @Test
    void shouldNeverCompareAPeersWindowAddressWithAnythingButZero() {
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment raw = goodContext(arena);
            raw.set(ValueLayout.JAVA_LONG, 32, 0x7777_0000L); // this process's own view of rank 0's window
            final CommContext ctx = CommContext.view(raw, 0);
            assertThat(ContextInvariants.violations(ctx, 1, 2, 4096, 0x2000L))
                .as("peer views are per process (hardware-lessons section 1)").isEmpty();
        }
    }
}
