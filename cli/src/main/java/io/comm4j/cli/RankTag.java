package io.comm4j.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * Tags a rank's output lines with {@code [rank N] } when an external launcher (mpirun, srun, PMI,
 * torchrun) started it, as comm-smoke's own launcher tags its children's lines: under mpirun the
 * ranks' lines interleave on one terminal. Ranks given {@code --rank} (by hand, or by comm-smoke's
 * launcher, which adds the tag itself) and {@code --json} output (one object per line, to be parsed)
 * are left as they are.
 */
final class RankTag {
    private RankTag() {
    }

    /** {@code out}, or a writer that starts each of its lines with the rank's tag. */
    static PrintWriter forRank(final PrintWriter out, final GroupPlan.Member member, final boolean json) {
        if (json || "flags".equals(member.source())) {
            return out;
        }
        return new PrintWriter(new Tagging(out, "[rank " + member.rank() + "] "), true);
    }

    /** Buffers a line and writes it, tag first, in one piece when it ends (or on flush). */
    private static final class Tagging extends Writer {
        private final PrintWriter out;
        private final String tag;
        private final StringBuilder line = new StringBuilder();

        Tagging(final PrintWriter out, final String tag) {
            this.out = out;
            this.tag = tag;
        }

        @Override
        public void write(final char[] buf, final int off, final int len) {
            for (int i = off; i < off + len; i++) {
                line.append(buf[i]);
                if (buf[i] == '\n') {
                    emit();
                }
            }
        }

        private void emit() {
            if (!line.isEmpty()) {
                out.write(tag);
                out.write(line.toString());
                line.setLength(0);
            }
        }

        @Override
        public void flush() {
            if (!line.isEmpty() && line.charAt(line.length() - 1) == '\n') {
                emit();
            }
            out.flush();
        }

        @Override
        public void close() {
            emit();
            out.flush();
        }
    }
}
