package io.comm4j.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * The {@code RESULT} lines the drivers print and the statistics behind them.
 *
 * <p>Format: {@code RESULT <what> key=value ...}, one measurement per line, keys without spaces,
 * numbers in plain decimal ({@link Locale#ROOT}); {@code scripts/bench} parses nothing else.
 */
public final class Results {
    private Results() {
    }

    /** Prints {@code RESULT <what> <pairs...>} to standard output and flushes it. */
    public static void print(final String what, final Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("key/value pairs expected, got " + keyValues.length + " items");
        }
        final StringBuilder sb = new StringBuilder("RESULT ").append(what);
        for (int i = 0; i < keyValues.length; i += 2) {
            sb.append(' ').append(keyValues[i]).append('=').append(format(keyValues[i + 1]));
        }
        final PrintStream out = System.out;
        out.println(sb);
        out.flush();
    }

    private static String format(final Object value) {
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, Math.abs(d) >= 100 ? "%.0f" : Math.abs(d) >= 1 ? "%.2f" : "%.3f", d);
        }
        return String.valueOf(value);
    }

    /**
     * The {@code q}-quantile (0..1) of {@code samples}, nearest rank: the smallest sample with at least
     * {@code q * n} samples at or below it (the median of 5 is the 3rd); sorts a copy.
     *
     * @throws IllegalArgumentException when there are no samples
     */
    public static long quantile(final long[] samples, final double q) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        final long[] sorted = samples.clone();
        Arrays.sort(sorted);
        final int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.clamp(index, 0, sorted.length - 1)];
    }

    /**
     * Samples of {@code samples} longer than {@value #STALL_NANOS} ns are stalls (the process lost its
     * core: a barrier between two spinning ranks takes well under a microsecond, 4 oversubscribed
     * ranks a few): returns {count, total ns} of them, so a mean can be split into the barrier's
     * own time and the time the machine took away.
     */
    public static long[] stalls(final long[] samples) {
        long count = 0;
        long total = 0;
        for (final long s : samples) {
            if (s > STALL_NANOS) {
                count++;
                total += s;
            }
        }
        return new long[] {count, total};
    }

    /** What {@link #stalls} counts as a stall: 50 us. */
    public static final long STALL_NANOS = 50_000;
}
