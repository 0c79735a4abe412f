package io.comm4j.collective;

import java.lang.foreign.MemorySegment;

/**
 * The element-wise sum at the heart of {@link Allreduce}, for one element type.
 *
 * <p><b>Summation order</b> (what makes every rank get the same bits): element {@code i} of the
 * result is {@code ((src[0][i] + src[1][i]) + src[2][i]) + ... + src[n-1][i]}, sources in rank
 * order, each addition rounded to the element type (IEEE-754 binary32 round-to-nearest-even for
 * float32; two's-complement wrap-around for int64, as {@code MPI_SUM} on {@code int64_t} does in
 * practice). Every rank applies this order to the same bytes, so results are bit-identical on all
 * ranks and across both algorithms.
 *
 * <p><b>Why tiles:</b> C2 in JDK 25 does not vectorise a loop that reads two native segments and
 * writes a third (it cannot rule out that they overlap), but it does vectorise the same loop over
 * two Java arrays. So the kernel moves a tile of each source into an L1-resident array with
 * {@link MemorySegment#copy} (a memcpy), adds arrays, and copies the tile out: about 2x the
 * throughput of the plain segment loop while the data is in cache, the same once memory-bound
 * (bench's {@code SumKernelBenchmark}, docs/benchmarks.md).
 * The tiles are allocated once per kernel; a call allocates nothing. Not thread-safe.
 */
abstract sealed class SumKernel permits SumKernel.Float32, SumKernel.Int64 {
    /** Bytes per tile array: two of them (accumulator + incoming) fit in any L1d next to the stack. */
    static final int TILE_BYTES = 8 * 1024;

    private final int elementBytes;
    private final int op;
    private final String typeName;
    /** The accumulator tile, as a segment over the subclass's array: the copies are plain memcpys. */
    private final MemorySegment acc;
    /** The incoming tile, likewise. */
    private final MemorySegment in;

    private SumKernel(final int elementBytes, final int op, final String typeName, final MemorySegment acc,
                      final MemorySegment in) {
        this.elementBytes = elementBytes;
        this.op = op;
        this.typeName = typeName;
        this.acc = acc;
        this.in = in;
    }

    /** The element size in bytes. */
    final int elementBytes() {
        return elementBytes;
    }

    /** The slot-header op code of this sum. */
    final int op() {
        return op;
    }

    /** A short name, e.g. {@code "float32"}. */
    final String typeName() {
        return typeName;
    }

    /**
     * Writes to {@code out} at byte {@code outOffset} (and, when {@code out2} is not null, to
     * {@code out2} at {@code out2Offset}) the sum, in the order of the class description, of
     * {@code count} elements read from each {@code sources[s]} at byte {@code offsets[s]},
     * {@code s = 0..nsources-1}. An output may be one of the sources at the same offset: each tile is
     * read completely before it is written.
     */
    final void sum(final MemorySegment[] sources, final long[] offsets, final int nsources, final MemorySegment out,
                   final long outOffset, final MemorySegment out2, final long out2Offset, final long count) {
        final long tile = TILE_BYTES / elementBytes;
        for (long done = 0; done < count; ) {
            final int n = (int) Math.min(tile, count - done);
            final long skip = done * elementBytes;
            final long bytes = (long) n * elementBytes;
            MemorySegment.copy(sources[0], offsets[0] + skip, acc, 0, bytes);
            for (int s = 1; s < nsources; s++) {
                MemorySegment.copy(sources[s], offsets[s] + skip, in, 0, bytes);
                addTiles(n);
            }
            MemorySegment.copy(acc, 0, out, outOffset + skip, bytes);
            if (out2 != null) {
                MemorySegment.copy(acc, 0, out2, out2Offset + skip, bytes);
            }
            done += n;
        }
    }

    /** Adds the first {@code n} elements of the incoming tile to the accumulator's, element by element. */
    abstract void addTiles(int n);

    /** float32 sum. */
    static final class Float32 extends SumKernel {
        private final float[] a;
        private final float[] b;

        Float32() {
            this(new float[TILE_BYTES / Float.BYTES], new float[TILE_BYTES / Float.BYTES]);
        }

        private Float32(final float[] a, final float[] b) {
            super(Float.BYTES, SlotLayout.OP_FLOAT_SUM, "float32", MemorySegment.ofArray(a), MemorySegment.ofArray(b));
            this.a = a;
            this.b = b;
        }

        /** {@code a[i] += b[i]}: a counted loop over two arrays, which C2 vectorises. */
        @Override
        void addTiles(final int n) {
            final float[] x = a;
            final float[] y = b;
            for (int i = 0; i < n; i++) {
                x[i] += y[i];
            }
        }
    }

    /** int64 sum (wrapping). */
    static final class Int64 extends SumKernel {
        private final long[] a;
        private final long[] b;

        Int64() {
            this(new long[TILE_BYTES / Long.BYTES], new long[TILE_BYTES / Long.BYTES]);
        }

        private Int64(final long[] a, final long[] b) {
            super(Long.BYTES, SlotLayout.OP_LONG_SUM, "int64", MemorySegment.ofArray(a), MemorySegment.ofArray(b));
            this.a = a;
            this.b = b;
        }

        @Override
        void addTiles(final int n) {
            final long[] x = a;
            final long[] y = b;
            for (int i = 0; i < n; i++) {
                x[i] += y[i];
            }
        }
    }
}
