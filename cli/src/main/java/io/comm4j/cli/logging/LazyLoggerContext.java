package io.comm4j.cli.logging;

import org.apache.logging.log4j.message.MessageFactory;
import org.apache.logging.log4j.spi.ExtendedLogger;
import org.apache.logging.log4j.spi.LoggerContext;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Creates {@link LazyLogger}s, one per name (and message factory). */
final class LazyLoggerContext implements LoggerContext {
    private final ConcurrentMap<String, LazyLogger> loggers = new ConcurrentHashMap<>();

    @Override
    public Object getExternalContext() {
        return null;
    }

    @Override
    public ExtendedLogger getLogger(final String name) {
        return loggers.computeIfAbsent(key(name, null), k -> new LazyLogger(name, null));
    }

    @Override
    public ExtendedLogger getLogger(final String name, final MessageFactory messageFactory) {
        return loggers.computeIfAbsent(key(name, messageFactory), k -> new LazyLogger(name, messageFactory));
    }

    @Override
    public boolean hasLogger(final String name) {
        return loggers.containsKey(key(name, null));
    }

    @Override
    public boolean hasLogger(final String name, final MessageFactory messageFactory) {
        return loggers.containsKey(key(name, messageFactory));
    }

    @Override
    public boolean hasLogger(final String name, final Class<? extends MessageFactory> messageFactoryClass) {
        return loggers.keySet().stream().anyMatch(k -> k.equals(name + "|" + messageFactoryClass.getName()));
    }

    private static String key(final String name, final MessageFactory factory) {
        return factory == null ? name : name + "|" + factory.getClass().getName();
    }
}
