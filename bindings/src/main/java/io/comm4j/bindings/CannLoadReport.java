package io.comm4j.bindings;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What looking for (and possibly loading) CANN found: which library came from where, which
 * library exports each function comm4j binds, and, when CANN cannot be used, one message saying
 * why that names every place searched. Immutable; never throws, so a backend can answer
 * {@code unavailableReason()} from it.
 */
public final class CannLoadReport {
    private final String failure;
    private final boolean loaded;
    private final Map<CannLibrary, Path> libraries;
    private final List<String> searched;
    private final Map<String, CannLibrary> exporters;

    CannLoadReport(final String failure, final boolean loaded, final Map<CannLibrary, Path> libraries,
                   final List<String> searched, final Map<String, CannLibrary> exporters) {
        this.failure = failure;
        this.loaded = loaded && failure == null;
        final Map<CannLibrary, Path> copy = new EnumMap<>(CannLibrary.class);
        copy.putAll(libraries);
        this.libraries = Collections.unmodifiableMap(copy);
        this.searched = List.copyOf(searched);
        this.exporters = Collections.unmodifiableMap(new TreeMap<>(exporters));
    }

    /** True when the libraries were found, export every required function, and are loaded into this JVM. */
    public boolean isLoaded() {
        return loaded;
    }

    /** True when the libraries were found and export every required function (loaded or not). */
    public boolean isUsable() {
        return failure == null;
    }

    /** Why CANN cannot be used here, in one message naming what was missing and every place searched. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** The file each library was taken from; {@link CannLibrary#HCOMM} is absent on older CANN. */
    public Map<CannLibrary, Path> libraries() {
        return libraries;
    }

    /** Every place looked in, in order, as shown in {@link #failure()}. */
    public List<String> searched() {
        return searched;
    }

    /** The first library, in load order, that exports {@code symbol}; empty when none does. */
    public Optional<CannLibrary> exporterOf(final String symbol) {
        return Optional.ofNullable(exporters.get(symbol));
    }

    /** The optional functions ({@link NativeLibraries#OPTIONAL_FUNCTIONS}) that no library exports. */
    public Set<String> missingOptionalFunctions() {
        final Set<String> missing = new TreeSet<>(NativeLibraries.OPTIONAL_FUNCTIONS);
        missing.removeAll(exporters.keySet());
        return Collections.unmodifiableSet(missing);
    }

    /** This report, for libraries that have now been loaded into the JVM. */
    CannLoadReport asLoaded() {
        return new CannLoadReport(null, true, libraries, searched, exporters);
    }

    /** This report, for libraries that were found but failed to load. */
    CannLoadReport asFailed(final String why) {
        return new CannLoadReport(why, false, libraries, searched, exporters);
    }

    /** Throws {@link CannLoadException} carrying this report unless CANN was loaded. */
    public CannLoadReport orThrow() {
        if (!loaded) {
            throw new CannLoadException(this);
        }
        return this;
    }

    @Override
    public String toString() {
        if (failure != null) {
            return "CANN unavailable: " + failure;
        }
        return "CANN " + (loaded ? "loaded" : "found") + ": " + libraries
            + (missingOptionalFunctions().isEmpty() ? "" : "; without optional " + missingOptionalFunctions());
    }
}
