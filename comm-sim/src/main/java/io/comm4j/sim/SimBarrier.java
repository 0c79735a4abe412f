package io.comm4j.sim;

import io.comm4j.CommTimeoutException;
import io.comm4j.Stage;
import io.comm4j.internal.HostCpus;
import io.comm4j.internal.IdleStrategy;
import io.comm4j.internal.Waiter;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import static io.comm4j.sim.SegmentDescriptor.BARRIER_MASK_OFFSET;

/**
 * The sense-reversing barrier of contract section 7 over a sim header.
 *
 * <p>Each round: read the generation (acquire), then arrive by adding this rank's bit to the
 * arrival mask (one {@code lock xadd}, a full fence). The rank whose add completes the mask is the
 * last one: it clears the mask (a plain store) and then advances the generation with a release
 * store, which publishes both the cleared mask and everything every rank wrote before arriving.
 * The others wait until the generation differs from the one they read (acquire), through
 * {@link Waiter} (spin, yield, park; bounded by the timeout).
 *
 * <p><b>A peer that dies.</b> A waiting rank's {@link PeerWatch} checks the group's abort slot and,
 * at intervals, whether a rank that has not arrived still has a running process: a dead one can
 * never arrive, so the wait fails naming it (and records that for the peers) instead of at the
 * deadline.
 *
 * <p>Back-to-back safe: a rank can only add its bit for round g+1 after it has seen generation
 * g+1, which happens-after the clear, so its add lands on the cleared mask; a rank's bit is added
 * exactly once per round, so the sum of distinct bits is the arrival set and never carries.
 * Memory written before {@link #await()} is visible to every rank after it returns.
 *
 * <p>No allocation per round: the wait condition and the timeout message are built once. Not
 * thread-safe: one barrier per communicator, called by one thread at a time.
 */
final class SimBarrier {
    /**
     * Spins before yielding when every rank can have its own core: about 75 us at the ~37 ns a
     * PAUSE costs on the Xeon we measured, enough to cover the usual skew between ranks, so a
     * barrier is met while spinning (measured p50 0.3-0.4 us with 2 ranks on 2 cores).
     */
    static final int SPINS_DEDICATED = 2_000;
    /**
     * Spins before yielding when ranks outnumber cores: a spinning waiter holds the core the last
     * arriver needs, so it yields almost at once (4 ranks on 2 cores: p50 8 us instead of 425 us).
     */
    static final int SPINS_OVERSUBSCRIBED = 20;
    /**
     * Yields before parking: a park costs 50-100 us of timer slack and wake-up on Linux, far more
     * than a barrier, so a waiter yields for milliseconds (about 0.2-0.6 us per yield) first.
     */
    static final int YIELDS = 20_000;

    /**
     * The cores the ranks of a group on this host can be spread over: the host's online CPUs, not
     * this JVM's affinity mask, so a rank pinned to one core (taskset, mpirun's binding) still
     * spins when every rank has a core of its own.
     */
    static int hostCores() {
        return HostCpus.online();
    }

    /** The idle strategy of a barrier of {@code nranks} ranks on a host with {@code cores} cores. */
    static IdleStrategy idleStrategy(final int nranks, final int cores) {
        return new IdleStrategy(nranks <= cores ? SPINS_DEDICATED : SPINS_OVERSUBSCRIBED, YIELDS,
            IdleStrategy.MAX_PARK_NANOS);
    }

    private final SharedHeader header;
    private final long bit;
    private final long fullMask;
    private final Waiter waiter;
    private final Duration timeout;
    private final GenerationChanged released = new GenerationChanged();
    private final Supplier<String> awaited;
    private final GroupView group;
    private final int rank;
    private final PeerWatch peerWatch;
    /** The ranks arrived at this round; all of them once the last arriver has cleared the mask. */
    private final LongSupplier arrived;
    private final Supplier<String> nextBarrier;
    private long completed;

    SimBarrier(final SharedHeader header, final GroupView group, final int rank, final int nranks,
               final Waiter waiter, final Duration timeout) {
        this.header = header;
        this.bit = 1L << rank;
        this.fullMask = SegmentDescriptor.fullMask(nranks);
        this.waiter = waiter;
        this.timeout = timeout;
        this.group = group;
        this.rank = rank;
        this.peerWatch = new PeerWatch(header, group, rank);
        // Without this rank's own bit the last arriver has cleared the mask to release the round:
        // no one is missing, whoever has died since.
        this.arrived = () -> {
            final long mask = header.maskAcquire(BARRIER_MASK_OFFSET);
            return (mask & bit) == 0 ? fullMask : mask;
        };
        this.nextBarrier = () -> "reach barrier " + (completed + 1) + " of rank " + rank;
        this.awaited = () -> group.missing(BARRIER_MASK_OFFSET) + " to reach barrier " + (completed + 1)
            + " of this rank";
    }

    /**
     * Returns when every rank has arrived at this round.
     *
     * @throws CommTimeoutException at {@link Stage#BARRIER} naming the ranks that did not arrive
     * @throws io.comm4j.CommException at {@link Stage#BARRIER} naming a missing rank whose process
     *                                 died, or the group's abort
     */
    void await() {
        final int generation = header.phaseAcquire();
        if (header.arrive(BARRIER_MASK_OFFSET, bit) == fullMask) {
            // A peer whose wait timed out left its arrival counted: completing the mask must not let
            // this rank pass alone, so the last arriver looks at the abort slot once per round.
            if (header.aborted()) {
                throw group.abortFailure(Stage.BARRIER);
            }
            header.clearMask(BARRIER_MASK_OFFSET);
            header.phaseRelease(generation + 1);
        } else {
            released.generation = generation;
            try {
                waiter.await(released, timeout, Stage.BARRIER, awaited, peerWatch.arm(arrived, released, nextBarrier));
            } catch (final CommTimeoutException e) {
                header.abort(SharedHeader.Abort.rankTimedOut(rank, Stage.BARRIER));
                throw e;
            }
        }
        completed++;
    }

    /** How many rounds this rank has completed. */
    long completed() {
        return completed;
    }

    /** The wait condition, reused every round. */
    private final class GenerationChanged implements BooleanSupplier {
        int generation;

        @Override
        public boolean getAsBoolean() {
            return header.phaseAcquire() != generation;
        }
    }
}
