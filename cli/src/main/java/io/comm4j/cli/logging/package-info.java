/**
 * Lazy Log4j 2 for comm-smoke: log4j-core starts only when something is actually logged.
 *
 * <p>Starting log4j-core (plugins, configuration, appenders) costs more than the whole rank's smoke
 * on a small machine. {@link io.comm4j.cli.logging.LazyLog4jProvider} is a Log4j API provider whose
 * loggers answer {@code isEnabled} from one threshold (WARN, or DEBUG with {@code -v}) and hand an
 * enabled event to the real log4j-core logger, created on first use from {@code log4j2.xml}. A run
 * that logs nothing never loads log4j-core.
 */
package io.comm4j.cli.logging;
