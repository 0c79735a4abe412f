package io.comm4j.cli;

import io.comm4j.RendezvousAddress;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --rootinfo}: a path, or {@code tcp://HOST:PORT} (HOST a name, an IPv4 literal or an
 * IPv6 literal in brackets). A malformed TCP address is a {@link TypeConversionException} saying what
 * is wrong with it.
 */
public final class RendezvousConverter implements ITypeConverter<RendezvousAddress> {
    @Override
    public RendezvousAddress convert(final String value) {
        return parse(value);
    }

    /** Parses {@code text}; see the class description. */
    public static RendezvousAddress parse(final String text) {
        try {
            return RendezvousAddress.of(text);
        } catch (final IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
