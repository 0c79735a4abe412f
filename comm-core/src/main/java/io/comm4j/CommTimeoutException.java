package io.comm4j;

import java.time.Duration;

/**
 * A wait for other ranks did not finish before its deadline.
 *
 * <p>The message names what was awaited (which rank, which barrier tag, which counter value),
 * how long the wait took and the limit, e.g.
 * {@code "barrier failed [backend=sim]: timed out after 2.000 s (limit 2 s) waiting for rank 1 to reach barrier 7"}.
 */
public class CommTimeoutException extends CommException {
    private static final long serialVersionUID = 1L;

    private final String awaited;
    private final Duration limit;

    /**
     * A wait that ran out of time, with the message built from what was awaited and for how long.
     *
     * @param awaited what the wait was for, as a phrase ("rank 1 to reach barrier 7")
     * @param elapsed how long the wait ran
     * @param limit   the timeout that expired
     */
    public CommTimeoutException(final Stage stage, final String backend, final String awaited,
                                final Duration elapsed, final Duration limit) {
        super(stage, backend, String.format("timed out after %.3f s (limit %s) waiting for %s",
            elapsed.toNanos() / 1e9, human(limit), awaited));
        this.awaited = awaited;
        this.limit = limit;
    }

    private static String human(final Duration d) {
        return d.toNanos() % 1_000_000_000L == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** What the wait was for. */
    public String awaited() {
        return awaited;
    }

    /** The limit that expired. */
    public Duration limit() {
        return limit;
    }
}
