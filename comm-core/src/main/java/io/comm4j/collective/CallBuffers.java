package io.comm4j.collective;

import java.lang.foreign.MemorySegment;

/**
 * The chunk steps of a byte-moving collective with an input and an output ({@link Allgather},
 * {@link AllToAll}): the call's buffers, held only while the call runs (so an instance keeps no
 * caller memory reachable between calls), and the single-copy source, which is the input.
 */
abstract class CallBuffers implements WindowGroup.Chunks, WindowGroup.Direct {
    /** This rank's input during a call, else null. */
    MemorySegment in;
    /** This rank's output during a call, else null. */
    MemorySegment out;
    /** Whether this rank's own block is copied from input to output (the call is not in place). */
    boolean copyOwn;

    @Override
    public long source() {
        return in.address();
    }

    /**
     * Runs call {@code call} of {@code chunks} chunks through {@link WindowGroup#pipeline} with
     * these steps over {@code in} and {@code out}.
     */
    final void pipeline(final WindowGroup group, final long call, final MemorySegment in, final MemorySegment out,
                        final boolean copyOwn, final long chunks, final int op, final long count) {
        this.in = in;
        this.out = out;
        this.copyOwn = copyOwn;
        try {
            group.pipeline(chunks, op, call, count, SlotLayout.NO_ROOT, this);
        } finally {
            this.in = null;
            this.out = null;
        }
    }
}
