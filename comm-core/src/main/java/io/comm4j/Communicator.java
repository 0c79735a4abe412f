package io.comm4j;

import java.lang.foreign.MemorySegment;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * This process's membership in a group of {@link #nranks()} ranks, made by {@link CommBackend#init}.
 *
 * <p>Life: {@code init -> allocWindows -> (localWindowBase, windowSize, barrier)* -> close}.
 * Calls are made from one thread at a time. After {@link #close()} every other method throws
 * {@link IllegalStateException}; nothing ever touches freed memory.
 *
 * <p>Collective calls ({@link #allocWindows}, {@link #barrier}, {@link #close}) must be made by every
 * rank, in the same order; they block until all ranks have made them, or until the configured
 * timeout passes, which is a {@link CommTimeoutException} naming the missing rank(s).
 */
public interface Communicator extends AutoCloseable {

    /** This process's rank. Local, never blocks. */
    int rank();

    /** The group size. Local, never blocks. */
    int nranks();

    /** The backend's name ({@code "sim"}, {@code "hccl"}). Local, never blocks. */
    String backendName();

    /**
     * Allocates one window per rank and returns the {@link CommContext} that a device kernel reads.
     * Collective and blocking; called once.
     *
     * @param winSizeHint the size wanted per rank, in bytes, {@code > 0}; the backend may round up
     *                    (see {@link #windowSize()})
     * @return the context; it stays valid until {@link #close()}
     * @throws CommException         at {@link Stage#ALLOC}: bad size, out of memory, a peer that
     *                               disagrees on the size or never comes, a native failure
     * @throws IllegalStateException when windows were already allocated, or after close
     */
    CommContext allocWindows(long winSizeHint);

    /**
     * The address of this rank's window ({@code windowsIn[rank]} of the context). Local.
     *
     * @throws IllegalStateException before {@link #allocWindows} or after close
     */
    long localWindowBase();

    /**
     * The actual per-rank window size in bytes, at least the hint given to {@link #allocWindows}. Local.
     *
     * @throws IllegalStateException before {@link #allocWindows} or after close
     */
    long windowSize();

    /**
     * The context returned by {@link #allocWindows}.
     *
     * @throws IllegalStateException before {@link #allocWindows} or after close
     */
    CommContext context();

    /**
     * A heap copy of the context read back from where kernels read it, {@link CommContext#deviceAddress()}:
     * device memory on HCCL ({@code aclrtMemcpy} device-to-host, as the original's smoke test does),
     * the shared segment on sim. The smoke test's "context copy" stage. Local.
     *
     * @throws CommException         at {@link Stage#CTX_COPY} when the copy fails
     * @throws IllegalStateException before {@link #allocWindows} or after close
     */
    default CommContext readBackContext() {
        final CommContext ctx = context();
        final MemorySegment heap = MemorySegment.ofArray(new long[(int) (CommContext.BYTES / Long.BYTES)]);
        MemorySegment.copy(ctx.segment(), 0, heap, 0, CommContext.BYTES);
        return CommContext.view(heap, ctx.deviceAddress());
    }

    /**
     * Whether this communicator's context fills {@code windowsOut[0..nranks-1]}. Sim mirrors
     * windowsIn; on HCCL it depends on the window provider (docs/contract.md section 2): a context
     * check must not demand what the backend does not promise. Local.
     *
     * @throws IllegalStateException before {@link #allocWindows} or after close
     */
    default boolean promisesWindowsOut() {
        return true;
    }

    /**
     * What built this communicator's windows, for logs and the smoke's report: on HCCL the window
     * provider ({@code fabric}, {@code vmm} or {@code mc2}, docs/hccl.md); a backend with one way
     * answers its own name. Local.
     *
     * @throws IllegalStateException before {@link #allocWindows} or after close
     */
    default String windowProvider() {
        context();
        return backendName();
    }

    /**
     * Blocks until every rank has called {@code barrier()} the same number of times. Collective.
     * Memory written to the windows before the barrier is visible to every rank after it (on sim).
     *
     * @throws CommException         at {@link Stage#BARRIER}: a timeout naming the missing ranks, or
     *                               the backend's failure code
     * @throws IllegalStateException after close
     */
    void barrier();

    /**
     * Fails the group because this rank failed at {@code stage} outside the communicator's own
     * calls, in a layer built on it (the collectives of {@code io.comm4j.collective} between two
     * barriers): records the failure where every rank's waits look, so peers blocked in a collective
     * call fail now, naming this rank, instead of at their deadline, and a late rank fails at its next
     * one. The first failure of the group wins; a group already aborted keeps its first record.
     * Afterwards only {@link #close()} works on this rank. Local: never blocks. After close it does
     * nothing.
     *
     * <p>Both backends record it (sim: the header's abort slot; HCCL: the rendezvous store's
     * {@code abort} record, which a peer inside {@code HcclBarrier} cannot see). The default does
     * nothing: a backend without a group-wide abort record leaves its peers to their timeout.
     *
     * @param cause what failed, kept in this rank's later refusals
     */
    default void abort(final Stage stage, final Throwable cause) {
    }

    /**
     * The object of {@code type} this communicator keeps for a layer built on it, made by
     * {@code create} on the first call and the same object on every later one, until {@link #close()}
     * drops it: per-communicator state with the communicator's lifetime (the collectives of
     * {@code io.comm4j.collective} keep their slot and call count here). Local.
     *
     * <p>The default throws: a communicator that keeps no attachments cannot carry such a layer.
     *
     * @throws IllegalStateException         after close
     * @throws UnsupportedOperationException when this communicator keeps no attachments
     */
    default <T> T attachment(final Class<T> type, final Supplier<? extends T> create) {
        throw new UnsupportedOperationException("communicator " + getClass().getName() + " (backend "
            + backendName() + ") keeps no attachments, so it cannot carry " + type.getSimpleName());
    }

    /**
     * Host-memory views of every rank's window, when this backend has them ({@code sim} does; on
     * HCCL windows live in device memory and this is empty). Local.
     *
     * @throws IllegalStateException before {@link #allocWindows} or after close
     */
    Optional<HostWindows> hostWindows();

    /**
     * Leaves the group and releases everything this communicator owns. Collective but bounded: it
     * waits for the other ranks at most the configured timeout, then tears down locally anyway.
     * Local cleanup always runs. Idempotent: a second call does nothing.
     *
     * @throws CommException at {@link Stage#DESTROY} naming the first failure (a peer that never
     *                       arrived, a native error); later failures are attached as suppressed
     */
    @Override
    void close();

    /** Host-memory views of the windows of every rank of a group, and a way to wait on what they hold. */
    interface HostWindows {
        /**
         * Rank {@code rank}'s window as a segment of {@link Communicator#windowSize()} bytes, valid
         * until the communicator closes (a closed communicator's views throw on access).
         *
         * @throws IndexOutOfBoundsException when {@code rank} is not in {@code 0..nranks-1}
         */
        MemorySegment window(int rank);

        /**
         * Returns when {@code condition}, something rank {@code peer} stores into its window (a
         * flag, a progress count), holds, waiting as {@link Communicator#barrier()} does: with the
         * communicator's deadline, and failing at once when the group is aborted or {@code peer}'s
         * process has died. Checks {@code condition} first, so one that already holds costs one
         * call; allocation-free when the arguments are built once. For layers that synchronise
         * through the windows with something finer than a barrier (the collectives' streamed calls).
         *
         * @param peer    the rank whose store the wait is for
         * @param awaited what the wait is for, for the failure's message: "rank 0 to get to byte 65536"
         * @throws CommException at {@link Stage#BARRIER} on timeout (a {@link CommTimeoutException}),
         *                       abort or a dead {@code peer}
         */
        void await(int peer, BooleanSupplier condition, Supplier<String> awaited);
    }
}
