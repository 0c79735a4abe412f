package io.comm4j.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.List;

/**
 * One run of the command as the user started it: where its output goes, and its command line, which the
 * ranks a launcher starts repeat as given (a subcommand's name included).
 *
 * @param out  standard output
 * @param err  standard error
 * @param args the program arguments, as {@code main} received them
 */
record Invocation(PrintWriter out, PrintWriter err, List<String> args) {

    Invocation {
        args = List.copyOf(args);
    }

    /** The run picocli is executing with {@code cl}, the top command or a subcommand. */
    static Invocation of(final CommandLine cl) {
        CommandLine top = cl;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        return new Invocation(cl.getOut(), cl.getErr(), top.getParseResult().originalArgs());
    }
}
