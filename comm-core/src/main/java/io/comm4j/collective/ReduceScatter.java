package io.comm4j.collective;

import io.comm4j.CommException;
import io.comm4j.Communicator;
import io.comm4j.Stage;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * Sums float32 or int64 arrays across every rank and leaves block {@code r} of the sum on rank
 * {@code r}, through the host windows, as {@code MPI_Reduce_scatter_block}: each rank's input is
 * {@code nranks} equal blocks of {@code m} elements; rank {@code r}'s output is the {@code m}-element
 * sum of every rank's block {@code r}.
 *
 * <pre>{@code
 * ReduceScatter rs = ReduceScatter.over(comm);
 * float[] mine = rs.sum(gradients);        // gradients.length == nranks * mine.length
 * }</pre>
 *
 * <p><b>Result.</b> As {@link Allreduce}'s: element {@code i} is {@code ((x0[i] + x1[i]) + x2[i]) +
 * ...}, inputs in rank order, each addition rounded to float32 (or wrapping int64); so the blocks of
 * all ranks put together are bit for bit what {@link Allreduce} gives.
 *
 * <p><b>Collective.</b> Same rules as {@link Broadcast}: every rank calls it in the same order with
 * the same size and element type; a disagreement fails every rank with a {@link CommException} at
 * {@link Stage#BARRIER} naming both sides, before anything is summed.
 *
 * <p><b>How.</b> A chunk carries one piece of every block; each rank stages into its window the
 * pieces the others sum (not its own), barrier, then sums its own piece from its input and the peers'
 * windows straight into the output, while staging the next chunk into the other slot: one barrier
 * per chunk, each rank reading {@code (nranks - 1) / nranks} of its input's size from peers.
 *
 * <p>Windows: as {@link Allreduce}'s; the call ends without a barrier. Not thread-safe. A call on
 * native segments allocates nothing.
 */
public final class ReduceScatter {
    private final WindowGroup group;
    private final SumKernel.Float32 floatSum = new SumKernel.Float32();
    private final SumKernel.Int64 longSum = new SumKernel.Int64();
    private final Steps steps;

    private ReduceScatter(final WindowGroup group) {
        this.group = group;
        this.steps = new Steps(group.nranks);
        // fail here, not in a call, when not one element per rank fits a chunk
        group.blockBytes(Long.BYTES);
    }

    /** A reduce-scatter with chunks of at most {@link Allreduce.Options#DEFAULT_MAX_CHUNK_BYTES}. */
    public static ReduceScatter over(final Communicator comm) {
        return over(comm, Allreduce.Options.DEFAULT_MAX_CHUNK_BYTES);
    }

    /**
     * A reduce-scatter over {@code comm}'s windows; as {@link Broadcast#over(Communicator, long)}, and
     * an {@link IllegalArgumentException} when a chunk cannot carry one int64 per rank.
     */
    public static ReduceScatter over(final Communicator comm, final long maxChunkBytes) {
        return new ReduceScatter(WindowGroup.of(comm, "ReduceScatter", a -> "pipelined", maxChunkBytes));
    }

    /** The most bytes of one rank's block a chunk carries, for elements of {@code elementBytes}. */
    public long blockChunkBytes(final int elementBytes) {
        return group.blockBytes(elementBytes);
    }

    /**
     * Sums the float32 elements of every rank's {@code in}, and writes block {@code rank} of the sum
     * to {@code out}. Collective.
     *
     * @param in  {@code nranks * m} float32 elements, native byte order, the same size on every rank
     * @param out {@code m} elements ({@code in.byteSize() / nranks} bytes), not overlapping {@code in}
     * @throws CommException            at {@link Stage#BARRIER}: a barrier failed or timed out, or the
     *                                  ranks disagree on the size or element type
     * @throws IllegalArgumentException for an input that is not {@code nranks} whole blocks of
     *                                  elements, a wrong output size, an overlap, a read-only output
     * @throws IllegalStateException    after an earlier collective call failed
     */
    public void sumFloats(final MemorySegment in, final MemorySegment out) {
        checked(floatSum, in, out, true);
    }

    /** As {@link #sumFloats}, for int64 elements (wrapping on overflow). */
    public void sumLongs(final MemorySegment in, final MemorySegment out) {
        checked(longSum, in, out, true);
    }

    /**
     * As {@link #sumFloats} with the result written over the first block of {@code buffer}
     * ({@code MPI_IN_PLACE}): the input is all of {@code buffer}, the output its first
     * {@code buffer.byteSize() / nranks} bytes; the rest of it is left as it was.
     */
    public void sumFloatsInPlace(final MemorySegment buffer) {
        inPlace(floatSum, buffer);
    }

    /** As {@link #sumFloatsInPlace}, for int64 elements. */
    public void sumLongsInPlace(final MemorySegment buffer) {
        inPlace(longSum, buffer);
    }

    /** {@link #sumFloats} over arrays: {@code out.length * nranks == in.length}. */
    public void sum(final float[] in, final float[] out) {
        checked(floatSum, MemorySegment.ofArray(in), MemorySegment.ofArray(out), in != out);
    }

    /** {@link #sumFloats} into a new array of {@code in.length / nranks} elements. */
    public float[] sum(final float[] in) {
        final float[] out = new float[in.length / group.nranks];
        sum(in, out);
        return out;
    }

    /** {@link #sumLongs} over arrays: {@code out.length * nranks == in.length}. */
    public void sum(final long[] in, final long[] out) {
        checked(longSum, MemorySegment.ofArray(in), MemorySegment.ofArray(out), in != out);
    }

    /** {@link #sumLongs} into a new array of {@code in.length / nranks} elements. */
    public long[] sum(final long[] in) {
        final long[] out = new long[in.length / group.nranks];
        sum(in, out);
        return out;
    }

    private void inPlace(final SumKernel kernel, final MemorySegment buffer) {
        Objects.requireNonNull(buffer, "buffer");
        group.requireUsable();
        checkInput(kernel, buffer);
        WindowGroup.requireWritable(buffer, "buffer");
        run(kernel, buffer, buffer.asSlice(0, buffer.byteSize() / group.nranks));
    }

    private void checked(final SumKernel kernel, final MemorySegment in, final MemorySegment out,
                         final boolean checkOverlap) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        group.requireUsable();
        checkInput(kernel, in);
        if (out.byteSize() * group.nranks != in.byteSize()) {
            throw new IllegalArgumentException("output has " + out.byteSize() + " bytes, but an input of "
                + in.byteSize() + " bytes on " + group.nranks + " ranks gives each " + in.byteSize() / group.nranks);
        }
        WindowGroup.requireWritable(out, "output");
        if (checkOverlap && WindowGroup.overlap(in, out)) {
            throw new IllegalArgumentException("input and output overlap; use the InPlace form for MPI_IN_PLACE");
        }
        run(kernel, in, out);
    }

    private void checkInput(final SumKernel kernel, final MemorySegment in) {
        final long blockBytes = (long) kernel.elementBytes() * group.nranks;
        if (in.byteSize() % blockBytes != 0) {
            throw new IllegalArgumentException("input of " + in.byteSize() + " bytes is not " + group.nranks
                + " equal blocks of whole " + kernel.typeName() + " elements (" + kernel.elementBytes()
                + " bytes each): its size must be a multiple of " + blockBytes);
        }
    }

    private void run(final SumKernel kernel, final MemorySegment in, final MemorySegment out) {
        final long call = group.nextCall();
        final int e = kernel.elementBytes();
        steps.kernel = kernel;
        steps.in = in;
        steps.out = out;
        steps.count = out.byteSize() / e;
        steps.perChunk = group.blockBytes(e) / e;
        try {
            final long chunks = Math.max(1, WindowGroup.ceilDiv(steps.count, steps.perChunk));
            group.pipeline(chunks, op(kernel), call, steps.count, SlotLayout.NO_ROOT, steps);
        } finally {
            steps.in = null;
            steps.out = null;
        }
    }

    private static int op(final SumKernel kernel) {
        return kernel instanceof SumKernel.Float32 ? SlotLayout.OP_REDUCE_SCATTER_FLOAT_SUM
            : SlotLayout.OP_REDUCE_SCATTER_LONG_SUM;
    }

    /** Stage the peers' pieces of a chunk; sum this rank's piece from its input and the peers' windows. */
    private final class Steps implements WindowGroup.Chunks {
        private final MemorySegment[] sources;
        private final long[] offsets;
        SumKernel kernel;
        MemorySegment in;
        MemorySegment out;
        /** Elements per block (the output's). */
        long count;
        /** Elements of a block per chunk. */
        long perChunk;

        Steps(final int nranks) {
            this.sources = new MemorySegment[nranks];
            this.offsets = new long[nranks];
        }

        @Override
        public void stage(final long chunk, final long data) {
            final int e = kernel.elementBytes();
            final long from = chunk * perChunk;
            final long n = Math.min(perChunk, count - from);
            for (int p = 0; p < group.nranks; p++) {
                if (p != group.rank && n > 0) {
                    MemorySegment.copy(in, (p * count + from) * e, group.own, data + p * perChunk * e, n * e);
                }
            }
        }

        @Override
        public void consume(final long chunk, final long data) {
            final int e = kernel.elementBytes();
            final long from = chunk * perChunk;
            final long n = Math.min(perChunk, count - from);
            if (n == 0) {
                return;
            }
            final int rank = group.rank;
            for (int r = 0; r < group.nranks; r++) {
                sources[r] = r == rank ? in : group.windows[r];
                offsets[r] = r == rank ? (rank * count + from) * e : data + rank * perChunk * e;
            }
            kernel.sum(sources, offsets, group.nranks, out, from * e, null, 0, n);
        }
    }
}
