package io.comm4j.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * How a rank prints its sequence: {@link #text} writes one line per step as it ends (a launcher or a
 * person watching sees progress), {@link #json} one object at the end.
 */
public interface RankReport extends SmokeSequence.Listener {

    /** Called once, after the sequence, with its result. */
    void finish(SmokeSequence.Result result);

    /** What is printed about the rank before the steps. */
    record Header(String command, int rank, int nranks, String backend, String rootInfo, String source, long pid) {
    }

    /** Text: a header line, {@link StageLine}s, and a PASS/FAIL line. */
    static RankReport text(final PrintWriter out, final Header h) {
        out.printf(Locale.ROOT, "%s rank %d of %d: backend=%s rootinfo=%s pid=%d (rank from %s)%n",
            h.command(), h.rank(), h.nranks(), h.backend(), h.rootInfo(), h.pid(), h.source());
        out.flush();
        return new RankReport() {
            @Override
            public void step(final StepResult r) {
                out.println(StageLine.format(r));
                out.flush();
            }

            @Override
            public void finish(final SmokeSequence.Result result) {
                if (result.failed().isPresent()) {
                    final StepResult f = result.failed().get();
                    out.printf(Locale.ROOT, "FAIL rank %d at %s (exit %d) after %.1f ms%n", h.rank(), f.step(),
                        result.exitCode(), result.nanos() / 1e6);
                } else {
                    out.printf(Locale.ROOT, "PASS rank %d in %.1f ms%n", h.rank(), result.nanos() / 1e6);
                }
                out.flush();
            }
        };
    }

    /** JSON: one object at the end (see {@link JsonOutput#rank}). */
    static RankReport json(final PrintWriter out, final Header h) {
        return new RankReport() {
            @Override
            public void step(final StepResult r) {
                // collected in the result
            }

            @Override
            public void finish(final SmokeSequence.Result result) {
                out.println(JsonOutput.rank(h, result));
                out.flush();
            }
        };
    }
}
