package io.comm4j.cli.logging;

import org.apache.logging.log4j.Level;

/**
 * The level below which comm-smoke's lazy loggers drop events without touching log4j-core: WARN by
 * default, DEBUG with {@code -v} (system property {@value #PROPERTY}, also read by {@code log4j2.xml}).
 */
public final class LogThreshold {
    /** The system property holding the level name. */
    public static final String PROPERTY = "comm4j.log.level";

    private static volatile Level level = Level.toLevel(System.getProperty(PROPERTY), Level.WARN);

    private LogThreshold() {
    }

    /** The current threshold. */
    public static Level level() {
        return level;
    }

    /** Sets the threshold, for these loggers and for log4j2.xml when log4j-core starts later. */
    public static void set(final Level newLevel) {
        System.setProperty(PROPERTY, newLevel.name());
        level = newLevel;
    }

    /** Whether an event at {@code l} passes. */
    static boolean passes(final Level l) {
        return l.isMoreSpecificThan(level);
    }
}
