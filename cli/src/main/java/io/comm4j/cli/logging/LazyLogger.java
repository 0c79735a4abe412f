package io.comm4j.cli.logging;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.core.impl.Log4jContextFactory;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.MessageFactory;
import org.apache.logging.log4j.spi.AbstractLogger;
import org.apache.logging.log4j.spi.ExtendedLogger;
import org.apache.logging.log4j.spi.LoggerContext;

/**
 * A logger that decides {@code isEnabled} from {@link LogThreshold} alone and hands enabled events to
 * the log4j-core logger of the same name, which it creates on first use (see the package description).
 */
final class LazyLogger extends AbstractLogger {
    private static final long serialVersionUID = 1L;

    private transient volatile ExtendedLogger delegate;

    LazyLogger(final String name, final MessageFactory messageFactory) {
        super(name, messageFactory);
    }

    /** log4j-core's context, started (configuration read) the first time an event passes. */
    private static final class Core {
        static final LoggerContext CONTEXT = new Log4jContextFactory()
            .getContext(LazyLogger.class.getName(), LazyLogger.class.getClassLoader(), null, false);
    }

    private ExtendedLogger delegate() {
        ExtendedLogger d = delegate;
        if (d == null) {
            d = Core.CONTEXT.getLogger(getName(), getMessageFactory());
            delegate = d;
        }
        return d;
    }

    @Override
    public Level getLevel() {
        return LogThreshold.level();
    }

    @Override
    public void logMessage(final String fqcn, final Level level, final Marker marker, final Message message,
                           final Throwable t) {
        delegate().logMessage(fqcn, level, marker, message, t);
    }

    @Override
    public boolean isEnabled(final Level level, final Marker marker, final Message message, final Throwable t) {
        return LogThreshold.passes(level);
    }

    @Override
    public boolean isEnabled(final Level level, final Marker marker, final CharSequence message, final Throwable t) {
        return LogThreshold.passes(level);
    }

    @Override
    public boolean isEnabled(final Level level, final Marker marker, final Object message, final Throwable t) {
        return LogThreshold.passes(level);
    }

    @Override
    public boolean isEnabled(final Level level, final Marker marker, final String message, final Throwable t) {
        return LogThreshold.passes(level);
    }

    @Override
    public boolean isEnabled(final Level level, final Marker marker, final String message) {
        return LogThreshold.passes(level);
    }

    @Override
    public boolean isEnabled(final Level level, final Marker marker, final String message, final Object... params) {
        return LogThreshold.passes(level);
    }

    @Override
    public boolean isEnabled(final Level level, final Marker marker, final String message, final Object p0) {
        return LogThreshold.passes(level);
    }

    @Override
    public boolean isEnabled(final Level level, final Marker marker, final String message, final Object p0, final Object p1) {
        return LogThreshold.passes(level);
    }

    @Override
    public boolean isEnabled(final Level level, final Marker marker, final String message, final Object p0, final Object p1, final Object p2) {
        return LogThreshold.passes(level);
    }

    @Override
    public boolean isEnabled(final Level level, final Marker marker, final String message, final Object p0, final Object p1, final Object p2, final Object p3) {
        return LogThreshold.passes(level);
    }

    @Override
    public boolean isEnabled(final Level level, final Marker marker, final String message, final Object p0, final Object p1, final Object p2, final Object p3, final Object p4) {
        return LogThreshold.passes(level);
    }

    @Override
    public boolean isEnabled(final Level level, final Marker marker, final String message, final Object p0, final Object p1, final Object p2, final Object p3, final Object p4, final Object p5) {
        return LogThreshold.passes(level);
    }

    @Override
    public boolean isEnabled(final Level level, final Marker marker, final String message, final Object p0, final Object p1, final Object p2, final Object p3, final Object p4, final Object p5, final Object p6) {
        return LogThreshold.passes(level);
    }

    @Override
    public boolean isEnabled(final Level level, final Marker marker, final String message, final Object p0, final Object p1, final Object p2, final Object p3, final Object p4, final Object p5, final Object p6, final Object p7) {
        return LogThreshold.passes(level);
    }

    @Override
    public boolean isEnabled(final Level level, final Marker marker, final String message, final Object p0, final Object p1, final Object p2, final Object p3, final Object p4, final Object p5, final Object p6, final Object p7, final Object p8) {
        return LogThreshold.passes(level);
    }

    @Override
    public boolean isEnabled(final Level level, final Marker marker, final String message, final Object p0, final Object p1, final Object p2, final Object p3, final Object p4, final Object p5, final Object p6, final Object p7, final Object p8, final Object p9) {
        return LogThreshold.passes(level);
    }
}
