package io.comm4j.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestWatcher;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;

/**
 * Makes a skipped hardware test visible, and under the require-hardware switch a failure.
 *
 * <p>Registered for every test of every module that has comm4j-core's test jar on its path (JUnit
 * extension auto-detection, switched on by the parent POM), so it covers the hardware tests of any
 * backend module. For every test that aborts (a failed assumption: no NPUs, no CANN, no resource
 * spec) it prints one {@code SKIPPED <test>: <reason>} line on the console and, when
 * {@code -Dcomm4j.skipReportFile} names a file, appends that line to it (scripts/test-hardware reads
 * it to give CTest its skip code; hardware tests that ran are appended there as {@code RAN <test>}, so
 * a run where none exists reads as a skip too). When {@code -Dcomm4j.requireHardware=true} (or the environment
 * variable {@code COMM4J_REQUIRE_HARDWARE=true}) a skipped test tagged {@code hardware} fails instead,
 * naming itself and the reason: a hardware CI job cannot go green with nothing run.
 */
public final class RequireHardware implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler,
    TestWatcher {
    /** The switch: a skipped hardware test fails. */
    public static final String PROPERTY = "comm4j.requireHardware";
    /** The same switch from the environment. */
    public static final String ENV = "COMM4J_REQUIRE_HARDWARE";
    /** A file the skip lines are appended to (optional). */
    public static final String REPORT_PROPERTY = "comm4j.skipReportFile";
    /** The JUnit tag of tests that need NPUs. */
    public static final String TAG = "hardware";

    /** Whether the switch is on, from these properties and this environment. */
    static boolean required(final String property, final Map<String, String> env) {
        final String value = property != null ? property : env.get(ENV);
        return value != null && (value.isEmpty() || Boolean.parseBoolean(value.toLowerCase(Locale.ROOT)));
    }

    @Override
    public void handleTestExecutionException(final ExtensionContext context, final Throwable thrown) throws Throwable {
        throw judge(context, thrown);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(final ExtensionContext context, final Throwable thrown) throws Throwable {
        throw judge(context, thrown);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(final ExtensionContext context, final Throwable thrown) throws Throwable {
        throw judge(context, thrown);
    }

    @Override
    public void testSuccessful(final ExtensionContext context) {
        ran(context);
    }

    @Override
    public void testFailed(final ExtensionContext context, final Throwable cause) {
        ran(context);
    }

    private static void ran(final ExtensionContext context) {
        if (context.getTags().contains(TAG)) {
            report("RAN " + name(context));
        }
    }

    private static String name(final ExtensionContext context) {
        return context.getRequiredTestClass().getSimpleName()
            + context.getTestMethod().map(m -> "." + m.getName()).orElse("")
            + (context.getTestMethod().isPresent() ? " [" + context.getDisplayName() + "]" : "");
    }

    private static Throwable judge(final ExtensionContext context, final Throwable thrown) {
        if (!(thrown instanceof TestAbortedException)) {
            return thrown;
        }
        final String test = name(context);
        final String reason = thrown.getMessage() == null ? "(no reason given)" : thrown.getMessage();
        final String line = "SKIPPED " + test + ": " + reason;
        System.out.println(line);
        report(line);
        if (context.getTags().contains(TAG) && required(System.getProperty(PROPERTY), System.getenv())) {
            final AssertionError failure = new AssertionError("hardware test " + test + " was skipped, but -D" + PROPERTY
                + "=true (or " + ENV + "=true) requires it to run: " + reason);
            failure.addSuppressed(thrown);
            return failure;
        }
        return thrown;
    }

    private static void report(final String line) {
        final String file = System.getProperty(REPORT_PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Files.writeString(Path.of(file), line + System.lineSeparator(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append the skip line to " + file, e);
        }
    }
}
