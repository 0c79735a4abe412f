package io.comm4j.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a positive byte count: a whole number with an optional binary suffix ({@code 4096},
 * {@code 64k}, {@code 64KiB}, {@code 2m}, {@code 1G}). Zero, a negative value, a fraction or an
 * overflow is a {@link TypeConversionException} that quotes the text.
 */
public final class ByteSizeConverter implements ITypeConverter<Long> {
    private static final Pattern SIZE = Pattern.compile("(-?\\d+)\\s*(k|kb|kib|m|mb|mib|g|gb|gib)?");

    @Override
    public Long convert(final String value) {
        return parse(value);
    }

    /** Parses {@code text}; see the class description. */
    public static long parse(final String text) {
        final Matcher m = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new TypeConversionException("'" + text + "' is not a byte count (use e.g. 4096, 64k, 1m)");
        }
        final long shift = m.group(2) == null ? 0 : switch (m.group(2).charAt(0)) {
            case 'k' -> 10;
            case 'm' -> 20;
            default -> 30;
        };
        final long n;
        try {
            n = Long.parseLong(m.group(1));
        } catch (final NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is too large");
        }
        if (n <= 0) {
            throw new TypeConversionException("'" + text + "' must be a positive number of bytes");
        }
        if (Long.numberOfLeadingZeros(n) <= shift) {
            throw new TypeConversionException("'" + text + "' is too large");
        }
        return n << shift;
    }
}
