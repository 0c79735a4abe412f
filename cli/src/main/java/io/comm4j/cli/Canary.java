package io.comm4j.cli;

import io.comm4j.CommException;
import io.comm4j.Stage;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The runtime canary (contract section 9): each rank fills its own window with a pattern that
 * depends on its rank and on the position, and after a barrier every rank checks every window. A
 * window that is not shared, a mapping of the wrong rank's window, an offset error or a barrier that
 * does not order memory shows up as a mismatch that names the rank, the offset and both values.
 */
final class Canary {
    /** "comm4j" in ASCII, in the high bytes; ranks and positions vary the rest. */
    private static final long MAGIC = 0x636F_6D6D_346A_0000L;

    private Canary() {
    }

    /** The word at index {@code i} of rank {@code rank}'s window; never zero. */
    static long word(final int rank, final long i) {
        return MAGIC ^ ((long) (rank + 1) << 40) ^ i;
    }

    /** Fills {@code window} (rank {@code rank}'s) with its pattern. */
    static void write(final MemorySegment window, final int rank) {
        final long words = window.byteSize() / Long.BYTES;
        for (long i = 0; i < words; i++) {
            window.setAtIndex(ValueLayout.JAVA_LONG, i, word(rank, i));
        }
    }

    /**
     * Checks that {@code window} holds rank {@code rank}'s pattern.
     *
     * @throws CommException at {@link Stage#BARRIER} at the first word that differs
     */
    static void check(final MemorySegment window, final int rank, final String backend) {
        final long words = window.byteSize() / Long.BYTES;
        for (long i = 0; i < words; i++) {
            final long seen = window.getAtIndex(ValueLayout.JAVA_LONG, i);
            if (seen != word(rank, i)) {
                throw new CommException(Stage.BARRIER, backend, "canary: rank " + rank + "'s window holds 0x"
                    + Long.toHexString(seen) + " at offset " + i * Long.BYTES + ", expected 0x"
                    + Long.toHexString(word(rank, i)) + " (rank " + rank
                    + "'s write did not reach this rank through the shared window)");
            }
        }
    }
}
