package io.comm4j.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a positive duration: a number with a unit ({@code 500ms}, {@code 30s}, {@code 1.5s},
 * {@code 2m}, {@code 1h}; a bare number is seconds) or ISO-8601 ({@code PT30S}). Anything else, zero or
 * a negative value is a {@link TypeConversionException} that quotes the text and shows the forms.
 */
public final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern SIMPLE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ns|us|ms|s|m|h)?");

    @Override
    public Duration convert(final String value) {
        return parse(value);
    }

    /** Parses {@code text}; see the class description. */
    public static Duration parse(final String text) {
        final String t = text.strip().toLowerCase(Locale.ROOT);
        final Duration d;
        final Matcher m = SIMPLE.matcher(t);
        if (m.matches()) {
            final double amount = Double.parseDouble(m.group(1));
            final String unit = m.group(2) == null ? "s" : m.group(2);
            final double nanosPerUnit = switch (unit) {
                case "ns" -> 1;
                case "us" -> 1e3;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                default -> 3600e9;
            };
            final double nanos = amount * nanosPerUnit;
            if (nanos > Long.MAX_VALUE) {
                throw invalid(text, "is too long");
            }
            d = Duration.ofNanos((long) nanos);
        } else if (t.startsWith("pt") || t.startsWith("p")) {
            try {
                d = Duration.parse(text.strip().toUpperCase(Locale.ROOT));
            } catch (final DateTimeParseException e) {
                throw invalid(text, "is not a duration");
            }
        } else {
            throw invalid(text, "is not a duration");
        }
        if (d.isZero() || d.isNegative()) {
            throw invalid(text, "must be positive");
        }
        return d;
    }

    /** The shortest text {@link #parse} reads back as {@code d}, e.g. {@code 30s}, {@code 1500ms}. */
    public static String format(final Duration d) {
        final long nanos = d.toNanos();
        if (nanos % 1_000_000_000L == 0) {
            return nanos / 1_000_000_000L + "s";
        }
        if (nanos % 1_000_000L == 0) {
            return nanos / 1_000_000L + "ms";
        }
        return nanos + "ns";
    }

    private static TypeConversionException invalid(final String text, final String why) {
        return new TypeConversionException("'" + text + "' " + why
            + " (use e.g. 30s, 500ms, 2m, 1h or PT30S)");
    }
}
