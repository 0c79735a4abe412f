package io.comm4j.collective;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

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

    /** The element size in bytes. */
    abstract int elementBytes();

    /** The slot-header op code of this sum. */
    abstract int op();

    /** A short name, e.g. {@code "float32"}. */
    abstract String typeName();

    /**
     * Writes to {@code out} at byte {@code outOffset} (and, when {@code out2} is not null, to
     * {@code out2} at {@code out2Offset}) the sum, in the order of the class description, of
     * {@code count} elements read from each {@code sources[s]} at byte {@code offsets[s]},
     * {@code s = 0..nsources-1}. An output may be one of the sources at the same offset: each tile is
     * read completely before it is written.
     */
    abstract void sum(MemorySegment[] sources, long[] offsets, int nsources, MemorySegment out, long outOffset,
                      MemorySegment out2, long out2Offset, long count);

    /** float32 sum. */
    static final class Float32 extends SumKernel {
        private static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT_UNALIGNED;
        private final float[] acc = new float[TILE_BYTES / Float.BYTES];
        private final float[] in = new float[TILE_BYTES / Float.BYTES];

        @Override
        int elementBytes() {
            return Float.BYTES;
        }

        @Override
        int op() {
            return SlotLayout.OP_FLOAT_SUM;
        }

        @Override
        String typeName() {
            return "float32";
        }

        @Override
        void sum(final MemorySegment[] sources, final long[] offsets, final int nsources, final MemorySegment out,
                 final long outOffset, final MemorySegment out2, final long out2Offset, final long count) {
            final float[] a = acc;
            final float[] b = in;
            for (long done = 0; done < count; ) {
                final int n = (int) Math.min(a.length, count - done);
                final long skip = done * Float.BYTES;
                MemorySegment.copy(sources[0], F, offsets[0] + skip, a, 0, n);
                for (int s = 1; s < nsources; s++) {
                    MemorySegment.copy(sources[s], F, offsets[s] + skip, b, 0, n);
                    add(a, b, n);
                }
                MemorySegment.copy(a, 0, out, F, outOffset + skip, n);
                if (out2 != null) {
                    MemorySegment.copy(a, 0, out2, F, out2Offset + skip, n);
                }
                done += n;
            }
        }

        /** {@code a[i] += b[i]}: a counted loop over two arrays, which C2 vectorises. */
        private static void add(final float[] a, final float[] b, final int n) {
            for (int i = 0; i < n; i++) {
                a[i] += b[i];
            }
        }
    }

    /** int64 sum (wrapping). */
    static final class Int64 extends SumKernel {
        private static final ValueLayout.OfLong L = ValueLayout.JAVA_LONG_UNALIGNED;
        private final long[] acc = new long[TILE_BYTES / Long.BYTES];
        private final long[] in = new long[TILE_BYTES / Long.BYTES];

        @Override
        int elementBytes() {
            return Long.BYTES;
        }

        @Override
        int op() {
            return SlotLayout.OP_LONG_SUM;
        }

        @Override
        String typeName() {
            return "int64";
        }

        @Override
        void sum(final MemorySegment[] sources, final long[] offsets, final int nsources, final MemorySegment out,
                 final long outOffset, final MemorySegment out2, final long out2Offset, final long count) {
            final long[] a = acc;
            final long[] b = in;
            for (long done = 0; done < count; ) {
                final int n = (int) Math.min(a.length, count - done);
                final long skip = done * Long.BYTES;
                MemorySegment.copy(sources[0], L, offsets[0] + skip, a, 0, n);
                for (int s = 1; s < nsources; s++) {
                    MemorySegment.copy(sources[s], L, offsets[s] + skip, b, 0, n);
                    add(a, b, n);
                }
                MemorySegment.copy(a, 0, out, L, outOffset + skip, n);
                if (out2 != null) {
                    MemorySegment.copy(a, 0, out2, L, out2Offset + skip, n);
                }
                done += n;
            }
        }

        private static void add(final long[] a, final long[] b, final int n) {
            for (int i = 0; i < n; i++) {
                a[i] += b[i];
            }
        }
    }
}
