package io.comm4j.cli.logging;

import org.apache.logging.log4j.spi.LoggerContext;
import org.apache.logging.log4j.spi.LoggerContextFactory;

import java.net.URI;

/** Hands out the one {@link LazyLoggerContext}; public because Log4j instantiates it by name. */
public final class LazyContextFactory implements LoggerContextFactory {
    private static final LazyLoggerContext CONTEXT = new LazyLoggerContext();

    @Override
    public LoggerContext getContext(final String fqcn, final ClassLoader loader, final Object externalContext,
                                    final boolean currentContext) {
        return CONTEXT;
    }

    @Override
    public LoggerContext getContext(final String fqcn, final ClassLoader loader, final Object externalContext,
                                    final boolean currentContext, final URI configLocation, final String name) {
        return CONTEXT;
    }

    @Override
    public void removeContext(final LoggerContext context) {
        // one context for the life of the process
    }
}
