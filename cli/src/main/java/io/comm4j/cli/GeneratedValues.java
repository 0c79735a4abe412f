package io.comm4j.cli;

/**
 * The values {@code comm-smoke allreduce} and {@code comm-smoke collective} move and sum: a pure
 * function of (rank, index), so every rank can
 * compute every other rank's input and the expected sum without exchanging anything.
 *
 * <p>Floats span many binades and both signs, so the sum depends on the order of the additions and
 * a bit-exact comparison proves the rank order was kept; longs use all 64 bits, so sums wrap.
 */
final class GeneratedValues {
    private GeneratedValues() {
    }

    /** SplitMix64's finaliser: a well-mixed 64-bit value from (rank, index). */
    private static long mix(final int rank, final long index) {
        long z = index * 0x9E3779B97F4A7C15L + ((long) rank << 48) + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Rank {@code rank}'s float at {@code index}: a 24-bit mantissa in [-1, 1) scaled by 2^-16..2^15. */
    static float floatAt(final int rank, final long index) {
        final long bits = mix(rank, index);
        final float unit = (bits >>> 40) / (float) (1 << 24) * 2f - 1f;
        return Math.scalb(unit, (int) (bits & 31) - 16);
    }

    /** Rank {@code rank}'s byte at {@code index} (for the byte-moving collectives). */
    static byte byteAt(final int rank, final long index) {
        return (byte) (mix(rank, index) >>> 56);
    }

    /** Rank {@code rank}'s long at {@code index}. */
    static long longAt(final int rank, final long index) {
        return mix(rank, index) ^ 0x5555_5555_5555_5555L;
    }

    /** {@code ((x0 + x1) + x2) + ...} at {@code index}: the order Allreduce promises. */
    static float floatSum(final int nranks, final long index) {
        float s = floatAt(0, index);
        for (int r = 1; r < nranks; r++) {
            s += floatAt(r, index);
        }
        return s;
    }

    /** The wrapping sum at {@code index}. */
    static long longSum(final int nranks, final long index) {
        long s = 0;
        for (int r = 0; r < nranks; r++) {
            s += longAt(r, index);
        }
        return s;
    }
}
