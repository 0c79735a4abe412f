package io.comm4j.sim;

import io.comm4j.Stage;
import io.comm4j.internal.Waiter;

import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The periodic check of a rank's wait for its peers (the barrier's, a collective's wait on a peer's
 * window): the group's abort slot at every check, and from {@link #FIRST_LOOK_NANOS} into the wait,
 * every {@link #LOOK_INTERVAL_NANOS}, whether a rank the wait still needs has a running process.
 *
 * <p>A dead rank can never do what the wait needs, so waiting out the deadline for it only delays
 * the failure: the first rank to see it publishes {@code rank died} in the abort slot (its peers,
 * and a rank that arrives later, then fail naming the dead rank too) and fails at
 * {@link Stage#BARRIER}, naming it. A wait whose condition holds by the time of the look does not
 * fail, whoever has died since: a rank that did its part and then died did its part.
 *
 * <p>A wait met within {@link #FIRST_LOOK_NANOS} never reads {@code /proc}. Armed per wait without
 * allocating; not thread-safe (one per waiting place of a communicator).
 */
final class PeerWatch implements Waiter.PeriodicCheck {
    /** The first look at the peers' processes comes this far into a wait (a look costs microseconds per rank). */
    static final long FIRST_LOOK_NANOS = 1_000_000;
    /** Then a look every this long: a dead peer fails the wait within about this much. */
    static final long LOOK_INTERVAL_NANOS = 10_000_000;

    private final SharedHeader header;
    private final GroupView group;
    private final int rank;
    private LongSupplier present;
    private BooleanSupplier done;
    private Supplier<String> waitedFor;
    private long nextLookNanos;

    PeerWatch(final SharedHeader header, final GroupView group, final int rank) {
        this.header = header;
        this.group = group;
        this.rank = rank;
    }

    /**
     * Prepares the check for one wait and returns it.
     *
     * @param present   the ranks the wait no longer needs, one bit per rank, read at each look
     * @param done      the wait's condition
     * @param waitedFor what the dead rank did not get to do, as "reach barrier 7 of rank 0"
     */
    PeerWatch arm(final LongSupplier present, final BooleanSupplier done, final Supplier<String> waitedFor) {
        this.present = present;
        this.done = done;
        this.waitedFor = waitedFor;
        this.nextLookNanos = FIRST_LOOK_NANOS;
        return this;
    }

    @Override
    public void check(final long elapsedNanos) {
        group.throwIfAborted(Stage.BARRIER);
        if (elapsedNanos - nextLookNanos >= 0) {
            nextLookNanos = elapsedNanos + LOOK_INTERVAL_NANOS;
            look();
        }
    }

    private void look() {
        final int dead = group.deadMissingRank(present.getAsLong());
        if (dead < 0 || done.getAsBoolean()) {
            return;
        }
        header.abort(SharedHeader.Abort.rankDied(dead, header.rankOwner(dead).pid(), rank, Stage.BARRIER));
        throw group.deadRankFailure(dead, Stage.BARRIER, waitedFor.get());
    }
}
