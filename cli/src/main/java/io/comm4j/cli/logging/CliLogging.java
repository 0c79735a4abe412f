package io.comm4j.cli.logging;

import org.apache.logging.log4j.Level;

/**
 * Sets comm-smoke's logging up before anything logs: selects {@link LazyLog4jProvider} (unless the
 * user chose a provider), the threshold, and who the log lines name ({@code rank 3}, {@code launcher};
 * {@code log4j2.xml} prints it from the system property {@value #WHO_PROPERTY}).
 */
public final class CliLogging {
    /** The system property that log lines quote as the emitting process. */
    public static final String WHO_PROPERTY = "comm4j.log.who";

    private CliLogging() {
    }

    /**
     * Sets this process's log level and tags its lines with {@code who}.
     *
     * @param verbose DEBUG when true, else WARN
     * @param who     e.g. {@code "rank 1"}
     */
    public static void configure(final boolean verbose, final String who) {
        if (System.getProperty("log4j.provider") == null && System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j.provider", LazyLog4jProvider.class.getName());
        }
        System.setProperty(WHO_PROPERTY, who);
        LogThreshold.set(verbose ? Level.DEBUG : Level.WARN);
    }
}
