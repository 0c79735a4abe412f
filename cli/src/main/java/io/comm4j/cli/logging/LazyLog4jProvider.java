package io.comm4j.cli.logging;

import org.apache.logging.log4j.spi.Provider;

/**
 * The Log4j API provider comm-smoke selects (system property {@code log4j.provider}) before anything
 * logs; see the package description. Public with a no-argument constructor because Log4j
 * instantiates it by name.
 */
public final class LazyLog4jProvider extends Provider {
    /** Priority above log4j-core's (10), API version 2.6+. */
    public LazyLog4jProvider() {
        super(100, "2.6.0", LazyContextFactory.class);
    }
}
