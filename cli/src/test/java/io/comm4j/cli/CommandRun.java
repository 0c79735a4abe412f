package io.comm4j.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One in-process run of {@code comm-smoke} with its output captured: picocli's {@code execute} with
 * swapped writers, as a user would see it but without a process.
 *
 * @param exitCode what {@code main} would exit with
 * @param out      standard output
 * @param err      standard error
 */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(final String... args) {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final CommandLine cl = CommSmoke.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        final int code = cl.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    /** Asserts the run passed (exit 0, a {@code PASS rank 0} line) with a step line matching each of {@code steps}. */
    void assertPassedWithSteps(final String... steps) {
        assertThat(exitCode).as(describe()).isZero();
        for (final String step : steps) {
            assertThat(out).as("step lines\n%s", describe()).containsPattern("(?m)^" + step);
        }
        assertThat(out).as("final line\n%s", describe()).containsPattern("(?m)^PASS rank 0 ");
    }

    /** Asserts the run was refused as a usage error (exit {@link ExitCodes#USAGE}), its stderr saying {@code message}. */
    void assertUsageError(final String message) {
        assertThat(exitCode).as("exit code of a usage error\n%s", describe()).isEqualTo(ExitCodes.USAGE);
        assertThat(err).as("usage error").contains(message);
    }

    String describe() {
        return "exit=" + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
    }
}
