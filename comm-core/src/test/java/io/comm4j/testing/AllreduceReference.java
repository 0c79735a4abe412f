package io.comm4j.testing;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Inputs and the reference sums the allreduce tests compare with, bit for bit: the summation order
 * {@code io.comm4j.collective.Allreduce} promises, written out the slow obvious way.
 */
public final class AllreduceReference {
    private AllreduceReference() {
    }

    /**
     * Rank {@code rank}'s float input: values spread over many binades and both signs, so that
     * summing in another order gives other bits (see the test proving it).
     */
    public static float[] floats(final int rank, final int count, final long seed) {
        final SplittableRandom random = new SplittableRandom(seed * 1_000_003 + rank);
        final float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            final float mantissa = (float) (random.nextDouble() * 2 - 1);
            values[i] = Math.scalb(mantissa, random.nextInt(-20, 21));
        }
        return values;
    }

    /** Rank {@code rank}'s long input: the full range, so sums overflow and wrap. */
    public static long[] longs(final int rank, final int count, final long seed) {
        final SplittableRandom random = new SplittableRandom(seed * 1_000_033 + rank);
        final long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = random.nextLong();
        }
        return values;
    }

    /** {@link #floats} of each rank of a group of {@code nranks}, by rank. */
    public static float[][] floatsOfEveryRank(final int nranks, final int count, final long seed) {
        return IntStream.range(0, nranks).mapToObj(r -> floats(r, count, seed)).toArray(float[][]::new);
    }

    /** {@link #longs} of each rank of a group of {@code nranks}, by rank. */
    public static long[][] longsOfEveryRank(final int nranks, final int count, final long seed) {
        return IntStream.range(0, nranks).mapToObj(r -> longs(r, count, seed)).toArray(long[][]::new);
    }

    /** {@code ((x0 + x1) + x2) + ...}: the order Allreduce promises. */
    public static float[] sumInRankOrder(final float[][] inputs) {
        return sumInOrder(inputs, IntStream.range(0, inputs.length).toArray());
    }

    /** The same sum in reverse rank order; differs from {@link #sumInRankOrder} for our inputs. */
    public static float[] sumInReverseOrder(final float[][] inputs) {
        return sumInOrder(inputs, IntStream.range(0, inputs.length).map(r -> inputs.length - 1 - r).toArray());
    }

    /** Wrapping int64 sum (Java's long addition wraps, so the order does not matter). */
    public static long[] sum(final long[][] inputs) {
        return IntStream.range(0, inputs[0].length)
            .mapToLong(i -> Arrays.stream(inputs).mapToLong(input -> input[i]).sum()).toArray();
    }

    /** The element-wise float sum of {@code inputs}, adding one rank's input at a time in {@code ranks} order. */
    private static float[] sumInOrder(final float[][] inputs, final int[] ranks) {
        final float[] out = inputs[ranks[0]].clone();
        for (int k = 1; k < ranks.length; k++) {
            final float[] next = inputs[ranks[k]];
            for (int i = 0; i < out.length; i++) {
                out[i] += next[i];
            }
        }
        return out;
    }

    /** The index of the first element whose bits differ, or -1. */
    public static int firstBitDifference(final float[] a, final float[] b) {
        for (int i = 0; i < a.length; i++) {
            if (Float.floatToRawIntBits(a[i]) != Float.floatToRawIntBits(b[i])) {
                return i;
            }
        }
        return a.length == b.length ? -1 : Math.min(a.length, b.length);
    }
}
