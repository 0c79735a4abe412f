package io.comm4j.sim;

import io.comm4j.CommException;
import io.comm4j.RendezvousAddress;
import io.comm4j.Stage;
import io.comm4j.bindings.PosixErrno;
import io.comm4j.internal.Waiter;

import java.nio.file.Path;
import java.time.Duration;
import java.util.StringJoiner;

/**
 * What one rank can say about its group from the shared header: which ranks are missing from a
 * mask (and whether their processes still run), and what a published abort means. Used to build
 * failure messages; never on a hot path.
 */
final class GroupView {
    /** The claimer publishes the record a few stores after its claim; only a crash makes it late. */
    private static final Duration RECORD_PUBLISH_LIMIT = Duration.ofSeconds(1);

    private final SharedHeader header;
    private final int nranks;
    /** Where the group met, for messages (a path, or tcp://HOST:PORT). */
    private final RendezvousAddress rootInfoPath;

    GroupView(final SharedHeader header, final int nranks, final Path rootInfoPath) {
        this(header, nranks, new RendezvousAddress.File(rootInfoPath));
    }

    GroupView(final SharedHeader header, final int nranks, final RendezvousAddress rootInfoPath) {
        this.header = header;
        this.nranks = nranks;
        this.rootInfoPath = rootInfoPath;
    }

    /**
     * The ranks whose bit is missing from the mask at {@code maskOffset}, each with its process when
     * known: "rank 1 (pid 4242, no longer running), rank 3 (never joined)".
     */
    String missing(final int maskOffset) {
        final long mask = header.maskAcquire(maskOffset);
        final StringJoiner list = new StringJoiner(", ");
        int count = 0;
        for (int r = 0; r < nranks; r++) {
            if ((mask & (1L << r)) == 0) {
                list.add(describeRank(r));
                count++;
            }
        }
        if (count == 0) {
            return "no rank (every rank had arrived when the deadline passed)";
        }
        return (count == 1 ? "" : count + " ranks: ") + list + " (" + Long.bitCount(mask) + " of " + nranks + " arrived)";
    }

    /** "rank 1 (pid 4242)" or "rank 1 (pid 4242, no longer running)" or "rank 1 (never joined)". */
    String describeRank(final int rank) {
        final ProcessIdentity owner = header.rankOwner(rank);
        return "rank " + rank + " (" + (owner.pid() == 0 ? "never joined" : owner.describe()) + ")";
    }

    /**
     * Throws when a rank missing from the mask at {@code maskOffset} has a process that no longer runs:
     * it can never arrive, so waiting out the deadline for it only delays the failure. A rank that never
     * joined (no pid yet) is not judged here; the deadline covers it.
     */
    void throwIfMissingRankDied(final int maskOffset, final Stage stage, final String waitedFor) {
        final int dead = deadMissingRank(header.maskAcquire(maskOffset));
        if (dead >= 0) {
            throw deadRankFailure(dead, stage, waitedFor);
        }
    }

    /**
     * The lowest rank missing from {@code mask} whose process no longer runs, or -1. Reads
     * {@code /proc} once per missing rank that joined: microseconds, so waits call it at intervals.
     */
    int deadMissingRank(final long mask) {
        for (int r = 0; r < nranks; r++) {
            if ((mask & (1L << r)) == 0) {
                final ProcessIdentity owner = header.rankOwner(r);
                if (owner.pid() != 0 && !owner.isAlive()) {
                    return r;
                }
            }
        }
        return -1;
    }

    /** "rank 1 (pid 4242, no longer running) died before it could {waitedFor} on {path}". */
    CommException deadRankFailure(final int rank, final Stage stage, final String waitedFor) {
        return new CommException(stage, SimBackend.NAME, describeRank(rank) + " died before it could " + waitedFor
            + " on " + rootInfoPath);
    }

    /** Throws the published abort as a failure at {@code stage}, when there is one. */
    void throwIfAborted(final Stage stage) {
        if (header.aborted()) {
            throw abortFailure(stage);
        }
    }

    /**
     * The failure the group's abort means for a rank at {@code stage}. Call it once an abort has been
     * claimed (by this rank or another): a rank that lost the race to record its own abort may look
     * before the winner has published the record, so the record is awaited briefly.
     */
    CommException abortFailure(final Stage stage) {
        final SharedHeader.Abort[] record = new SharedHeader.Abort[1];
        try {
            Waiter.system(SimBackend.NAME).await(() -> (record[0] = header.abortRecord()) != null, RECORD_PUBLISH_LIMIT,
                stage, () -> "the aborting rank to publish why");
        } catch (final CommException stalled) {
            return new CommException(stage, SimBackend.NAME, "another rank aborted the group on " + rootInfoPath
                + " but did not record why within " + RECORD_PUBLISH_LIMIT.toMillis() + " ms (it may have died)");
        }
        return abortFailure(stage, record[0]);
    }

    /** The failure that {@code abort} means for a rank at {@code stage}. */
    private CommException abortFailure(final Stage stage, final SharedHeader.Abort abort) {
        final String detail = switch (abort.reason()) {
            case NRANKS_MISMATCH -> "ranks disagree on nranks: rank " + abort.rank() + " was started with nranks="
                + abort.value() + ", but rank 0 created the group on " + rootInfoPath + " with nranks="
                + abort.expected() + "; every rank must pass the same nranks";
            case WINDOW_SIZE_MISMATCH -> "ranks disagree on the window size: rank " + abort.rank() + " asked for "
                + abort.value() + " bytes, rank " + abort.otherRank() + " asked for " + abort.expected()
                + " bytes; every rank must pass the same size to allocWindows";
            case SEGMENT_SIZE_FAILED -> "rank 0 could not reserve " + abort.value() + " bytes of shared memory for "
                + "the windows: " + PosixErrno.errnoName(abort.errno()) + "(" + abort.errno() + ") "
                + PosixErrno.strerror(abort.errno()) + " (check free space in /dev/shm, or ask for smaller windows)";
            case DUPLICATE_RANK -> "rank " + abort.rank() + " was claimed by two processes: pid " + abort.expected()
                + " and pid " + abort.value() + "; every rank number must be used once";
            case RANK_FAILED -> "rank " + abort.rank() + " failed at " + abort.stage().label()
                + " and left the group (its own error says why)";
            case RANK_TIMED_OUT -> "rank " + abort.rank() + " timed out at " + abort.stage().label()
                + " and failed the group (its own error names the ranks it waited for)";
            case RANK_DIED -> "rank " + abort.rank() + " (pid " + abort.value() + ", no longer running) died while "
                + "rank " + abort.otherRank() + " waited for it at " + abort.stage().label() + " on " + rootInfoPath;
        };
        if (abort.reason() == SharedHeader.AbortReason.SEGMENT_SIZE_FAILED) {
            return new CommException(stage, SimBackend.NAME, abort.errno(), PosixErrno.errnoName(abort.errno()), detail);
        }
        return new CommException(stage, SimBackend.NAME, detail);
    }
}
