package io.comm4j.testing;

import java.util.SplittableRandom;

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

    /** {@code ((x0 + x1) + x2) + ...}: the order Allreduce promises. */
    public static float[] sumInRankOrder(final float[][] inputs) {
        final float[] out = inputs[0].clone();
        for (int r = 1; r < inputs.length; r++) {
            for (int i = 0; i < out.length; i++) {
                out[i] += inputs[r][i];
            }
        }
        return out;
    }

    /** The same sum in reverse rank order; differs from {@link #sumInRankOrder} for our inputs. */
    public static float[] sumInReverseOrder(final float[][] inputs) {
        final float[] out = inputs[inputs.length - 1].clone();
        for (int r = inputs.length - 2; r >= 0; r--) {
            for (int i = 0; i < out.length; i++) {
                out[i] += inputs[r][i];
            }
        }
        return out;
    }

    /** Wrapping int64 sum. */
    public static long[] sum(final long[][] inputs) {
        final long[] out = inputs[0].clone();
        for (int r = 1; r < inputs.length; r++) {
            for (int i = 0; i < out.length; i++) {
                out[i] += inputs[r][i];
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
