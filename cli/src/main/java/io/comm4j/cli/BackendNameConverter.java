package io.comm4j.cli;

import io.comm4j.CommBackend;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Set;
import java.util.TreeSet;

/**
 * Accepts a backend name that exists: one of the documented names ({@code sim}, {@code hccl}), or
 * the name of any backend found on the class path. An unknown name is a usage error listing the
 * names there are.
 *
 * <p>The documented names are accepted without looking at the class path, so the common case costs
 * no service loading at parse time (the launcher never loads a backend). Whether a known backend can
 * run here is decided later, in the rank, at stage {@code load} (exit 10 with the backend's reason).
 */
public final class BackendNameConverter implements ITypeConverter<String> {
    /** The sim backend's name: the default of {@code --backend}. */
    public static final String SIM = "sim";

    /** The names the documentation promises; a backend missing from this build still parses. */
    public static final Set<String> DOCUMENTED = Set.of(SIM, "hccl");

    @Override
    public String convert(final String value) {
        if (DOCUMENTED.contains(value)) {
            return value;
        }
        final Set<String> names = new TreeSet<>(DOCUMENTED);
        for (final CommBackend b : CommBackend.all()) {
            if (b.name().equals(value)) {
                return value;
            }
            names.add(b.name());
        }
        throw new TypeConversionException("unknown backend '" + value + "'; backends: " + String.join(", ", names));
    }
}
