package io.comm4j.bindings;

/**
 * CANN's libraries could not be found, opened or loaded, or lack a function comm4j requires. The
 * message names what was missing and every place searched; {@link #report()} has the details.
 * Callers map it to their "loading the runtime" failure stage.
 */
public final class CannLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient CannLoadReport report;

    /** Wraps a report whose {@link CannLoadReport#failure()} explains the problem. */
    public CannLoadException(final CannLoadReport report) {
        super(report.failure().orElse("CANN was found but not loaded into this JVM"));
        this.report = report;
    }

    /** What the search found. */
    public CannLoadReport report() {
        return report;
    }
}
