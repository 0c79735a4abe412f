package io.comm4j;

import java.util.ArrayList;
import java.util.List;

/**
 * The invariants every backend's {@link CommContext} satisfies after {@link Communicator#allocWindows}
 * (contract section 2): {@code rankId == rank}, {@code rankNum == nranks}, {@code winSize ==
 * windowSize()}, {@code windowsIn[rank] == localWindowBase()}, {@code windowsIn[i]} non-zero for
 * every rank of the group, and {@code windowsOut[i]} non-zero where the backend promises it
 * ({@link Communicator#promisesWindowsOut()}). Never that peers' addresses agree across processes:
 * {@code windowsIn[i]} is this process's own view of rank i's window (hardware-lessons section 1).
 *
 * <p>Used by {@code comm-smoke} (stage {@link Stage#CTX_FIELDS}) and by every backend's tests, so the
 * rule is written once.
 */
public final class ContextInvariants {
    private ContextInvariants() {
    }

    /**
     * Every invariant {@code ctx} breaks, each as one sentence with the expected and the actual
     * value; empty when the context is correct.
     */
    public static List<String> violations(final CommContext ctx, final int rank, final int nranks,
                                          final long windowSize, final long localWindowBase) {
        return violations(ctx, rank, nranks, windowSize, localWindowBase, true);
    }

    /**
     * {@link #violations(CommContext, int, int, long, long)}, checking {@code windowsOut} only when
     * {@code windowsOutPromised}.
     */
    public static List<String> violations(final CommContext ctx, final int rank, final int nranks,
                                          final long windowSize, final long localWindowBase,
                                          final boolean windowsOutPromised) {
        final List<String> problems = new ArrayList<>();
        if (ctx.rankId() != rank) {
            problems.add("rankId is " + Integer.toUnsignedString(ctx.rankId()) + ", expected rank " + rank);
        }
        if (ctx.rankNum() != nranks) {
            problems.add("rankNum is " + Integer.toUnsignedString(ctx.rankNum()) + ", expected nranks " + nranks);
        }
        if (ctx.winSize() != windowSize) {
            problems.add("winSize is " + ctx.winSize() + ", expected windowSize() " + windowSize);
        }
        if (rank >= 0 && rank < CommContext.MAX_RANKS && ctx.windowIn(rank) != localWindowBase) {
            problems.add("windowsIn[" + rank + "] is 0x" + Long.toHexString(ctx.windowIn(rank))
                + ", expected localWindowBase() 0x" + Long.toHexString(localWindowBase));
        }
        for (int i = 0; i < Math.min(nranks, CommContext.MAX_RANKS); i++) {
            if (ctx.windowIn(i) == 0) {
                problems.add("windowsIn[" + i + "] is 0");
            }
            if (windowsOutPromised && ctx.windowOut(i) == 0) {
                problems.add("windowsOut[" + i + "] is 0");
            }
        }
        return problems;
    }

    /**
     * Throws when {@code comm}'s context breaks an invariant.
     *
     * @throws CommException at {@link Stage#CTX_FIELDS} listing every violation
     */
    public static void require(final Communicator comm, final CommContext ctx) {
        final List<String> problems = violations(ctx, comm.rank(), comm.nranks(), comm.windowSize(),
            comm.localWindowBase(), comm.promisesWindowsOut());
        if (!problems.isEmpty()) {
            throw new CommException(Stage.CTX_FIELDS, comm.backendName(),
                "CommContext breaks the contract (ABI drift?): " + String.join("; ", problems));
        }
    }
}
