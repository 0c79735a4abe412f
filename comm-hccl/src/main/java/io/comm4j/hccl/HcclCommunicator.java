package io.comm4j.hccl;

import io.comm4j.CommConfig;
import io.comm4j.CommContext;
import io.comm4j.CommException;
import io.comm4j.Communicator;
import io.comm4j.Stage;
import io.comm4j.bindings.acl.acl_h;
import io.comm4j.bindings.hccl.HcclRootInfo;
import io.comm4j.bindings.CommunicatorFunctions;
import io.comm4j.internal.Attachments;
import io.comm4j.internal.BlockingCalls;
import io.comm4j.internal.FileRendezvous;
import io.comm4j.internal.Teardown;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * A rank's membership in an HCCL group (contract section 3), on a stream the caller owns.
 *
 * <p><b>Join</b> ({@link #join}): validate (stream not NULL; CommConfig checked the rest), the file
 * rendezvous (rank 0 calls {@code HcclGetRootInfo} and publishes it with a run token, the others
 * wait for it), file barrier {@code rootinfo_ready}, {@code HcclCommInitRootInfo}.
 *
 * <p><b>allocWindows</b>: windows come from one {@link WindowProvider}, chosen at join
 * ({@link WindowChoice}: CommConfig option {@code hccl.windows}, else {@code -Dcomm4j.hccl.windows},
 * {@code auto|fabric|vmm|mc2}, default {@code auto} = {@link FabricWindows} where the part supports
 * it, else {@link VmmWindows}; {@link Mc2Windows}, the version-locked MC2 private-layout path, only
 * when asked for). Either way the context kernels get is device memory the provider owns, its peer
 * addresses are this process's views, and a failed allocation leaves nothing behind.
 * {@link #readBackContext()} reads it back with {@code aclrtMemcpy} device-to-host.
 *
 * <p><b>barrier</b>: {@code HcclBarrier}, synchronous; no {@code aclrtSynchronizeStream} after it
 * (HcclBarrier switches the thread's ACL context and the stream would then fail with 507018).
 *
 * <p><b>close</b>: best-effort file barrier {@code destroy}; free the owned device context;
 * {@code HcclCommDestroy}; leave the rendezvous (the last rank out removes its files; rank 0 removes
 * them at once when a peer is known gone); then release what the communicator owns (the convenience
 * path's stream and ACL lease). It never touches the caller's stream, never resets the device or
 * finalizes ACL it did not bring up. Every step runs; the first failure is thrown, the rest are
 * attached as suppressed.
 *
 * <p>Methods are synchronized: one call at a time, from any thread that has the device set.
 */
public final class HcclCommunicator implements Communicator {
    private static final Logger LOG = LogManager.getLogger(HcclCommunicator.class);
    static final String TAG_ROOTINFO = "rootinfo_ready";
    static final String TAG_INIT = "hccl_init";
    static final String TAG_DESTROY = "destroy";

    private enum State { JOINED, ALLOCATED, CLOSED }

    private final CommConfig config;
    private final FileRendezvous rendezvous;
    private final MemorySegment comm;
    private final List<AutoCloseable> owned;
    private final Arena arena = Arena.ofShared();
    private final Attachments attachments = new Attachments();
    private State state = State.JOINED;
    private final WindowChoice windowChoice;
    private WindowProvider windows;   // set once allocWindows succeeded
    private boolean exchangeBegun;    // a failed allocation got as far as announcing: no retry
    private CommException failedAlloc; // the last failed allocation, retriable until close
    private boolean aborted;          // this rank recorded the group's abort

    private HcclCommunicator(final CommConfig config, final FileRendezvous rendezvous, final MemorySegment comm,
                             final List<AutoCloseable> owned, final WindowChoice windowChoice) {
        this.config = config;
        this.windowChoice = windowChoice;
        this.rendezvous = rendezvous;
        this.comm = comm;
        this.owned = owned;
    }

    /**
     * The low-level entry: joins the group on {@code config.stream()}, which the caller created and
     * keeps owning (as ACL and the current device). Collective.
     *
     * @throws CommException at {@link Stage#INIT} for a NULL stream (nothing touched), a rendezvous
     *                       timeout naming the missing rank, or HCCL's code; at {@link Stage#LOAD}
     *                       without CANN
     */
    public static HcclCommunicator join(final CommConfig config) {
        return join(config, List.of());
    }

    /**
     * Joins and, on success, takes {@code owned} (closed in order after the communicator's own
     * teardown). On failure {@code owned} is not touched: the caller still owns it.
     */
    static HcclCommunicator join(final CommConfig config, final List<AutoCloseable> owned) {
        if (config.stream() == null || config.stream().equals(MemorySegment.NULL)) {
            throw new CommException(Stage.INIT, HcclBackend.NAME, "stream is NULL: the low-level HCCL path "
                + "needs a caller-owned ACL stream (CommConfig.withStream); or call CommBackend.init without a "
                + "stream and comm4j will bring up ACL and own one stream");
        }
        final WindowChoice windowChoice = WindowChoice.of(config);
        HcclBackend.requireCann();
        final FileRendezvous rendezvous = new FileRendezvous(config.rendezvous(), config.rank(), config.nranks(),
            config.timeout(), HcclBackend.NAME,
            List.of(TAG_ROOTINFO, TAG_INIT, TAG_DESTROY, ShareableWindows.TAG_PEER_ACCESS),
            List.of(ShareableWindows.PHASE_ANNOUNCE));
        final byte[] rootInfo = rendezvous.exchangeRootInfo(HcclCommunicator::getRootInfo,
            (int) HcclRootInfo.sizeof(), TAG_ROOTINFO);
        try (Arena call = Arena.ofConfined()) {
            final MemorySegment info = call.allocate(HcclRootInfo.layout());
            MemorySegment.copy(MemorySegment.ofArray(rootInfo), 0, info, 0, rootInfo.length);
            final MemorySegment out = call.allocate(ValueLayout.ADDRESS);
            final int rc = blocking("HcclCommInitRootInfo", Stage.INIT,
                () -> CommunicatorFunctions.HcclCommInitRootInfo(config.nranks(), info, config.rank(), out));
            if (rc != HcclResult.SUCCESS.code()) {
                throw NativeChecks.hcclFailure(rc, Stage.INIT, "HcclCommInitRootInfo(nranks=" + config.nranks()
                    + ", rank=" + config.rank() + ")");
            }
            final MemorySegment comm = out.get(ValueLayout.ADDRESS, 0);
            if (comm.equals(MemorySegment.NULL)) {
                throw new CommException(Stage.INIT, HcclBackend.NAME,
                    "HcclCommInitRootInfo succeeded but returned a NULL communicator");
            }
            LOG.debug("rank {}/{}: HCCL communicator up (run token {})", config.rank(), config.nranks(),
                Long.toHexString(rendezvous.runToken()));
            return new HcclCommunicator(config, rendezvous, comm, List.copyOf(owned), windowChoice);
        } catch (final RuntimeException e) {
            abandon(rendezvous, config.rank());
            throw e;
        }
    }

    /**
     * Runs a native call that waits for the other ranks, visible in {@link io.comm4j.BlockingCall#inProgress()}
     * while it runs: HCCL bounds it only by its own timeouts, so a watchdog must be able to name it.
     */
    private static int blocking(final String call, final Stage stage, final IntSupplier nativeCall) {
        try (BlockingCalls.Scope ignored = BlockingCalls.enter(call, stage, HcclBackend.NAME)) {
            return nativeCall.getAsInt();
        }
    }

    /** HcclGetRootInfo on rank 0; its failure is an INIT failure with HCCL's code. */
    private static byte[] getRootInfo() {
        try (Arena call = Arena.ofConfined()) {
            final MemorySegment info = call.allocate(HcclRootInfo.layout());
            NativeChecks.hccl(CommunicatorFunctions.HcclGetRootInfo(info), Stage.INIT, "HcclGetRootInfo");
            return info.toArray(ValueLayout.JAVA_BYTE);
        }
    }

    /** Leaves a rendezvous that will not complete: rank 0 removes every file, others their part. */
    private static void abandon(final FileRendezvous rendezvous, final int rank) {
        if (rank == 0) {
            rendezvous.removeAll();
        } else {
            rendezvous.leave();
        }
    }

    @Override
    public int rank() {
        return config.rank();
    }

    @Override
    public int nranks() {
        return config.nranks();
    }

    @Override
    public String backendName() {
        return HcclBackend.NAME;
    }

    /** The caller's (or the owned) stream this communicator runs on. */
    public synchronized MemorySegment stream() {
        requireOpen();
        return config.stream();
    }

    /** "MESH", "RING" (mc2 provider), "VMM" or "FABRIC" after {@link #allocWindows}; empty before. */
    public synchronized String topology() {
        return windows == null ? "" : windows.topology();
    }

    /** "fabric", "vmm" or "mc2": the provider that built the windows. */
    @Override
    public synchronized String windowProvider() {
        requireContext();
        return windows.name();
    }

    @Override
    public synchronized CommContext allocWindows(final long winSizeHint) {
        requireOpen();
        if (state == State.ALLOCATED) {
            throw new IllegalStateException("windows are already allocated");
        }
        if (winSizeHint <= 0) {
            throw new CommException(Stage.ALLOC, HcclBackend.NAME, "winSizeHint=" + winSizeHint + " must be > 0");
        }
        if (exchangeBegun) {
            throw new IllegalStateException("a failed window allocation that had begun the exchange with the peers "
                + "cannot be retried; close the communicator");
        }
        rendezvous.throwIfAborted(Stage.ALLOC);
        final WindowProvider made;
        try {
            made = WindowProvider.allocate(windowChoice, config, comm, rendezvous, winSizeHint, arena,
                () -> exchangeBegun = true);
        } catch (final CommException e) {
            failedAlloc = e;
            if (exchangeBegun) {
                abortGroup(e.stage(), e); // the peers are in the exchange and this rank cannot retry
            }
            throw e;
        }
        failedAlloc = null;
        windows = made;
        state = State.ALLOCATED;
        LOG.debug("rank {}: {} windows ({}) of {} bytes, context at 0x{}", config.rank(), made.name(), made.topology(),
            made.context().winSize(), Long.toHexString(made.context().deviceAddress()));
        return made.context();
    }

    @Override
    public synchronized long localWindowBase() {
        final long base = requireContext().windowIn(config.rank());
        if (base == 0) {
            throw new CommException(Stage.WINDOW_BASE, HcclBackend.NAME, "windowsIn[" + config.rank() + "] is 0");
        }
        return base;
    }

    /** Reads the 1056 bytes at the context's device address back with aclrtMemcpy device-to-host. */
    @Override
    public synchronized CommContext readBackContext() {
        final CommContext ctx = requireContext();
        // native memory (a downcall takes no heap segment), freed when the copy is unreachable
        final MemorySegment copy = Arena.ofAuto().allocate(CommContext.LAYOUT);
        DeviceCopy.toHost(copy, ctx.deviceAddress(), Stage.CTX_COPY, "the CommContext kernels read");
        return CommContext.view(copy, ctx.deviceAddress());
    }

    /** RING, VMM and FABRIC fill windowsOut; MESH does not promise it (hardware-lessons section 2). */
    @Override
    public synchronized boolean promisesWindowsOut() {
        requireContext();
        return windows.promisesWindowsOut();
    }

    @Override
    public synchronized long windowSize() {
        return requireContext().winSize();
    }

    @Override
    public synchronized CommContext context() {
        return requireContext();
    }

    @Override
    public synchronized void barrier() {
        requireOpen();
        // a peer that failed never calls HcclBarrier: do not enter it for a group known to be aborted
        rendezvous.throwIfAborted(Stage.BARRIER);
        try {
            // Synchronous; do not follow with aclrtSynchronizeStream (see the class description).
            NativeChecks.hccl(blocking("HcclBarrier", Stage.BARRIER,
                () -> CommunicatorFunctions.HcclBarrier(comm, config.stream())), Stage.BARRIER, "HcclBarrier");
        } catch (final CommException e) {
            abortGroup(Stage.BARRIER, e);
            throw e;
        }
    }

    /**
     * Records the failure in the rendezvous store's abort record: peers waiting in any of comm4j's own
     * waits of this run (an announce, a rendezvous barrier, the destroy barrier) fail at once naming this
     * rank. A peer inside HcclBarrier cannot be told: HCCL's own timeout (or comm-smoke's watchdog) ends it.
     */
    @Override
    public synchronized void abort(final Stage stage, final Throwable cause) {
        if (state != State.CLOSED) {
            abortGroup(stage, cause);
        }
    }

    private void abortGroup(final Stage stage, final Throwable cause) {
        aborted = true;
        rendezvous.abort(stage, String.valueOf(cause.getMessage()));
    }

    @Override
    public synchronized <T> T attachment(final Class<T> type, final Supplier<? extends T> create) {
        requireOpen();
        return attachments.get(type, create);
    }

    /** HCCL windows are device memory: there are no host views. */
    @Override
    public synchronized Optional<HostWindows> hostWindows() {
        requireContext();
        return Optional.empty();
    }

    @Override
    public synchronized void close() {
        if (state == State.CLOSED) {
            return;
        }
        state = State.CLOSED;
        attachments.clear();
        final Teardown teardown = new Teardown(HcclBackend.NAME);
        if (failedAlloc != null && windows == null) {
            // closing instead of retrying: the peers may wait for this rank's announce
            abortGroup(failedAlloc.stage(), failedAlloc);
        }
        final boolean peersGone = aborted || !destroyBarrier(teardown);
        teardown.run("releasing the windows", () -> {
            final WindowProvider provider = windows;
            windows = null;
            if (provider != null) {
                provider.close(rendezvous, peersGone, teardown);
            }
        });
        teardown.run("HcclCommDestroy",
            () -> NativeChecks.hccl(blocking("HcclCommDestroy", Stage.DESTROY, () -> CommunicatorFunctions.HcclCommDestroy(comm)),
                Stage.DESTROY, "HcclCommDestroy"));
        if (peersGone) {
            abandon(rendezvous, config.rank());
        } else {
            rendezvous.leave();
        }
        releaseOwned(teardown);
        arena.close();
        teardown.throwIfFailed();
    }

    /**
     * The destroy barrier, so no peer releases a window this rank still reads; only for a group not
     * aborted (an aborting rank's peers leave without it). A failure is recorded, not thrown.
     *
     * @return whether every peer arrived
     */
    private boolean destroyBarrier(final Teardown teardown) {
        try {
            rendezvous.barrier(TAG_DESTROY, Stage.DESTROY);
            return true;
        } catch (final RuntimeException e) {
            LOG.warn("rank {}: destroy barrier: {}; tearing down anyway", config.rank(), e.getMessage());
            teardown.record("the destroy barrier", e);
            return false;
        }
    }

    /** Closes what the communicator took at join (the convenience path's stream and ACL lease), in order. */
    private void releaseOwned(final Teardown teardown) {
        for (final AutoCloseable resource : owned) {
            teardown.run("releasing " + resource, () -> {
                try {
                    resource.close();
                } catch (final RuntimeException e) {
                    throw e;
                } catch (final Exception e) {
                    throw new CommException(Stage.DESTROY, HcclBackend.NAME, "releasing " + resource, e);
                }
            });
        }
    }

    private void requireOpen() {
        if (state == State.CLOSED) {
            throw new IllegalStateException("communicator of rank " + config.rank() + " is closed");
        }
    }

    private CommContext requireContext() {
        requireOpen();
        if (windows == null) {
            throw new IllegalStateException("allocWindows has not been called");
        }
        return windows.context();
    }
}
