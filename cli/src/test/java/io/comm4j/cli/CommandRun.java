package io.comm4j.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

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

    String describe() {
        return "exit=" + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
    }
}
