package io.comm4j.internal;

/**
 * Makes the run token that separates consecutive runs on the same rendezvous path (contract section 5):
 * a monotonic-clock nanosecond reading XOR (pid &lt;&lt; 16) XOR rank. It only has to be unique on the
 * host at a time; a wall-clock jump cannot produce a repeat because the clock is monotonic.
 */
public final class RunToken {
    private RunToken() {
    }

    /** A fresh token for {@code rank} of this process; never 0 (0 means "no token yet"). */
    public static long next(final int rank) {
        final long token = System.nanoTime() ^ (ProcessHandle.current().pid() << 16) ^ rank;
        return token == 0 ? 1 : token;
    }

    /** The token as the 16 lower-case hex digits used in file names. */
    public static String hex(final long token) {
        return String.format("%016x", token);
    }
}
