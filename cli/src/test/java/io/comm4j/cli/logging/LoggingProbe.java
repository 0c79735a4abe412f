package io.comm4j.cli.logging;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** A child JVM for {@link LazyLoggingTest}: configures comm-smoke's logging, then logs what it is told. */
public final class LoggingProbe {
    private LoggingProbe() {
    }

    /** {@code args}: verbose (true/false), then the levels to log at, in order. */
    public static void main(final String[] args) {
        CliLogging.configure(Boolean.parseBoolean(args[0]), "rank 7");
        final Logger log = LogManager.getLogger("probe");
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "debug" -> log.debug("a debug line");
                case "warn" -> log.warn("a warning line");
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
    }
}
