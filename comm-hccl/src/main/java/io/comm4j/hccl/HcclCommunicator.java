package io.comm4j.hccl;

import io.comm4j.CommConfig;
import io.comm4j.CommContext;
import io.comm4j.CommException;
import io.comm4j.Communicator;
import io.comm4j.Stage;
import io.comm4j.bindings.NativeLibraries;
import io.comm4j.bindings.acl.acl_h;
import io.comm4j.bindings.hccl.HcclRootInfo;
import io.comm4j.bindings.hcomm.hcomm_private_h;
import io.comm4j.bindings.CommunicatorFunctions;
import io.comm4j.internal.FileRendezvous;
import io.comm4j.internal.Teardown;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rank's membership in an HCCL group (contract section 3), on a stream the caller owns.
 *
 * <p><b>Join</b> ({@link #join}): validate (stream not NULL; CommConfig checked the rest), the file
 * rendezvous (rank 0 calls {@code HcclGetRootInfo} and publishes it with a run token, the others
 * wait for it), file barrier {@code rootinfo_ready}, {@code HcclCommInitRootInfo}.
 *
 * <p><b>allocWindows</b>: {@code HcclGetCommName}, {@code HcomGetL0TopoTypeEx} (a {@code CommTopo}
 * value compared for equality: {@code COMM_TOPO_1DMESH} (1) is MESH, {@code COMM_TOPO_CLOS} (0)
 * RING, anything else a clear ALLOC error naming the value), {@code HcomGetCommHandleByGroup}, file
 * barrier {@code hccl_init}, the MC2 tiling ({@link Mc2Tiling}), {@code HcclAllocComResourceByTiling};
 * then {@link MeshContextReader} or {@link RingContextReader}. Either way the CommContext comm4j
 * built on host is copied to 1056 bytes of device memory this communicator owns and frees on
 * close: kernels never read HCCL's private struct as a CommContext. The context is
 * checked (rankId, rankNum, winSize, windowsIn[0..n-1] non-zero) before it is handed out; windows
 * smaller than the hint are a {@link Stage#WINDOW_SIZE} failure. A failed allocWindows releases
 * what it took, so it can be called again. Refused on a CANN where the private layouts were not
 * measured good ({@link CannVersion}), and, clearly, on a CANN without the three libhcomm symbols.
 *
 * <p>With {@code -Dcomm4j.hccl.windows=ipc} windows come instead from public ACL IPC calls
 * ({@link AclIpcWindows}): no private layout, no version lock, but per-process addresses.
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
    /** The three libhcomm functions allocWindows needs; none has a public header. */
    static final List<String> PRIVATE_FUNCTIONS = List.of(
        "HcomGetL0TopoTypeEx", "HcomGetCommHandleByGroup", "HcclAllocComResourceByTiling");
    /** CommTopo names by value (hcomm's {@code hccl_rank_graph.h}; 4 and 5 added in 9.0.0). */
    static final java.util.Map<Integer, String> COMM_TOPO_NAMES = java.util.Map.of(
        -1, "COMM_TOPO_RESERVED", 0, "COMM_TOPO_CLOS", 1, "COMM_TOPO_1DMESH", 2, "COMM_TOPO_910_93",
        3, "COMM_TOPO_310P", 4, "COMM_TOPO_A2AXSERVER", 5, "COMM_TOPO_CUSTOM");
    private static final int COMM_NAME_BYTES = 128;

    private enum State { JOINED, ALLOCATED, CLOSED }

    private final CommConfig config;
    private final FileRendezvous rendezvous;
    private final MemorySegment comm;
    private final List<AutoCloseable> owned;
    private final Arena arena = Arena.ofShared();
    private State state = State.JOINED;
    private CommContext context;
    private long ownedDeviceContext;
    private AclIpcWindows ipc;
    private String topology = "";
    private boolean windowsOutPromised;

    private HcclCommunicator(final CommConfig config, final FileRendezvous rendezvous, final MemorySegment comm,
                             final List<AutoCloseable> owned) {
        this.config = config;
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
            throw new CommException(Stage.INIT, NativeChecks.BACKEND, "stream is NULL: the low-level HCCL path "
                + "needs a caller-owned ACL stream (CommConfig.withStream); or call CommBackend.init without a "
                + "stream and comm4j will bring up ACL and own one stream");
        }
        HcclBackend.requireCann();
        final FileRendezvous rendezvous = new FileRendezvous(config.rootInfoPath(), config.rank(), config.nranks(),
            config.timeout(), NativeChecks.BACKEND, List.of(TAG_ROOTINFO, TAG_INIT, TAG_DESTROY, AclIpcWindows.TAG_CLOSED));
        final byte[] rootInfo = rendezvous.exchangeRootInfo(HcclCommunicator::getRootInfo,
            (int) HcclRootInfo.sizeof(), TAG_ROOTINFO);
        try (Arena call = Arena.ofConfined()) {
            final MemorySegment info = call.allocate(HcclRootInfo.layout());
            MemorySegment.copy(MemorySegment.ofArray(rootInfo), 0, info, 0, rootInfo.length);
            final MemorySegment out = call.allocate(ValueLayout.ADDRESS);
            final int rc = CommunicatorFunctions.HcclCommInitRootInfo(config.nranks(), info, config.rank(), out);
            if (rc != HcclResults.SUCCESS) {
                throw NativeChecks.hcclFailure(rc, Stage.INIT, "HcclCommInitRootInfo(nranks=" + config.nranks()
                    + ", rank=" + config.rank() + ")");
            }
            final MemorySegment comm = out.get(ValueLayout.ADDRESS, 0);
            if (comm.equals(MemorySegment.NULL)) {
                throw new CommException(Stage.INIT, NativeChecks.BACKEND,
                    "HcclCommInitRootInfo succeeded but returned a NULL communicator");
            }
            LOG.debug("rank {}/{}: HCCL communicator up (run token {})", config.rank(), config.nranks(),
                Long.toHexString(rendezvous.runToken()));
            return new HcclCommunicator(config, rendezvous, comm, List.copyOf(owned));
        } catch (final RuntimeException e) {
            abandon(rendezvous, config.rank());
            throw e;
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
        return NativeChecks.BACKEND;
    }

    /** The caller's (or the owned) stream this communicator runs on. */
    public synchronized MemorySegment stream() {
        requireOpen();
        return config.stream();
    }

    /** "MESH", "RING" (tiling provider) or "IPC" after {@link #allocWindows}; empty before. */
    public synchronized String topology() {
        return topology;
    }

    @Override
    public synchronized CommContext allocWindows(final long winSizeHint) {
        requireOpen();
        if (state == State.ALLOCATED) {
            throw new IllegalStateException("windows are already allocated");
        }
        if (winSizeHint <= 0) {
            throw new CommException(Stage.ALLOC, NativeChecks.BACKEND, "winSizeHint=" + winSizeHint + " must be > 0");
        }
        if (AclIpcWindows.selected()) {
            return allocIpcWindows(winSizeHint);
        }
        for (final String symbol : PRIVATE_FUNCTIONS) {
            if (!NativeLibraries.isAvailable(symbol)) {
                throw new CommException(Stage.ALLOC, NativeChecks.BACKEND, "this CANN does not export " + symbol
                    + " (" + NativeLibraries.loadCann().libraries() + "): windows cannot be allocated through the "
                    + "MC2 tiling here; communicator init and barriers still work");
            }
        }
        HcclBackend.cannVersion().requireVerified(Boolean.getBoolean(CannVersion.ALLOW_PROPERTY));
        final MemorySegment group = arena.allocate(COMM_NAME_BYTES);
        NativeChecks.hccl(CommunicatorFunctions.HcclGetCommName(comm, group), Stage.ALLOC, "HcclGetCommName");
        final String groupName = commName(group);
        final int topo;
        final MemorySegment handle;
        try (Arena call = Arena.ofConfined()) {
            final MemorySegment topoOut = call.allocate(ValueLayout.JAVA_INT);
            NativeChecks.hccl(CommunicatorFunctions.HcomGetL0TopoTypeEx(group, topoOut, 0), Stage.ALLOC,
                "HcomGetL0TopoTypeEx(" + groupName + ")");
            topo = topoOut.get(ValueLayout.JAVA_INT, 0);
            final MemorySegment handleOut = call.allocate(ValueLayout.ADDRESS);
            NativeChecks.hccl(CommunicatorFunctions.HcomGetCommHandleByGroup(group, handleOut), Stage.ALLOC,
                "HcomGetCommHandleByGroup(" + groupName + ")");
            handle = handleOut.get(ValueLayout.ADDRESS, 0);
        }
        final boolean mesh = topo == hcomm_private_h.COMM_TOPO_1DMESH();
        if (!mesh && topo != hcomm_private_h.COMM_TOPO_CLOS()) {
            throw new CommException(Stage.ALLOC, NativeChecks.BACKEND, "HcomGetL0TopoTypeEx(" + groupName
                + ") returned topology " + topo + " (" + COMM_TOPO_NAMES.getOrDefault(topo, "not a CommTopo value")
                + "): comm4j reads the MC2 context of COMM_TOPO_1DMESH (1, MESH) and COMM_TOPO_CLOS (0, RING) only");
        }
        rendezvous.barrier(TAG_INIT, Stage.ALLOC);
        final long devicePointer;
        try (Arena call = Arena.ofConfined()) {
            final MemorySegment tiling = Mc2Tiling.build(call, groupName);
            final MemorySegment ctxOut = call.allocate(ValueLayout.ADDRESS);
            NativeChecks.hccl(CommunicatorFunctions.HcclAllocComResourceByTiling(handle, config.stream(), tiling, ctxOut),
                Stage.ALLOC, "HcclAllocComResourceByTiling(" + groupName + ")");
            devicePointer = ctxOut.get(ValueLayout.ADDRESS, 0).address();
        }
        if (devicePointer == 0) {
            throw new CommException(Stage.ALLOC, NativeChecks.BACKEND,
                "HcclAllocComResourceByTiling succeeded but returned a NULL context");
        }
        final CommContext built;
        try {
            final MemorySegment host = mesh ? MeshContextReader.read(devicePointer, arena)
                : RingContextReader.read(devicePointer, arena);
            ownedDeviceContext = allocateDeviceContext();
            DeviceCopy.toDevice(ownedDeviceContext, host, Stage.ALLOC, "the " + (mesh ? "mesh" : "ring") + " CommContext");
            built = CommContext.view(host, ownedDeviceContext);
            requireUsable(built, mesh);
            if (built.winSize() < winSizeHint) {
                throw new CommException(Stage.WINDOW_SIZE, NativeChecks.BACKEND, "HCCL's windows are " + built.winSize()
                    + " bytes, smaller than the " + winSizeHint + " bytes asked for: raise HCCL_BUFFSIZE (in MB) on "
                    + "every rank");
            }
        } catch (final RuntimeException e) {
            freeOwnedContext(e);
            throw e;
        }
        topology = mesh ? "MESH" : "RING";
        windowsOutPromised = !mesh;
        context = built;
        state = State.ALLOCATED;
        LOG.debug("rank {}: {} windows of {} bytes, context at 0x{}", config.rank(), topology, built.winSize(),
            Long.toHexString(built.deviceAddress()));
        return built;
    }

    /**
     * The group name HcclGetCommName wrote; it must end with a NUL inside the buffer and leave room
     * for one in the tiling's 128-byte groupName field.
     */
    private static String commName(final MemorySegment buffer) {
        for (long i = 0; i < buffer.byteSize(); i++) {
            if (buffer.get(ValueLayout.JAVA_BYTE, i) == 0) {
                if (i == 0) {
                    throw new CommException(Stage.ALLOC, NativeChecks.BACKEND, "HcclGetCommName returned an empty name");
                }
                return buffer.getString(0);
            }
        }
        throw new CommException(Stage.ALLOC, NativeChecks.BACKEND, "HcclGetCommName returned a name of "
            + buffer.byteSize() + " bytes or more without a terminating NUL");
    }

    /** The ACL-IPC provider ({@code -Dcomm4j.hccl.windows=ipc}); no private layout involved. */
    private CommContext allocIpcWindows(final long winSizeHint) {
        if (ipc != null) {
            throw new IllegalStateException("a failed IPC window allocation cannot be retried; close the communicator");
        }
        final List<AclIpcWindows> made = new ArrayList<>(1);
        try {
            context = AclIpcWindows.allocate(config, rendezvous, winSizeHint, arena, made).context();
        } finally {
            if (!made.isEmpty()) {
                ipc = made.getFirst();
            }
        }
        topology = "IPC";
        windowsOutPromised = true;
        state = State.ALLOCATED;
        return context;
    }

    /**
     * The checks of contract section 2 that need no peer: rankId, rankNum, winSize > 0, every
     * windowsIn[0..n-1] non-zero, and windowsOut where this provider promises it. Peers' addresses
     * are per process and are not compared (hardware-lessons section 1).
     */
    private void requireUsable(final CommContext ctx, final boolean mesh) {
        final java.util.List<String> problems = io.comm4j.ContextInvariants.violations(ctx, config.rank(),
            config.nranks(), ctx.winSize(), ctx.windowIn(config.rank()), !mesh);
        if (ctx.winSize() <= 0) {
            problems.add("winSize is " + ctx.winSize());
        }
        if (!problems.isEmpty()) {
            throw new CommException(Stage.ALLOC, NativeChecks.BACKEND, "the " + (mesh ? "MESH" : "RING")
                + " context HCCL returned is not usable (layout drift? check the CANN version): "
                + String.join("; ", problems));
        }
    }

    /** Frees the owned device context of a failed allocation, so allocWindows can run again. */
    private void freeOwnedContext(final RuntimeException primary) {
        if (ownedDeviceContext == 0) {
            return;
        }
        final long address = ownedDeviceContext;
        ownedDeviceContext = 0;
        final int rc = acl_h.aclrtFree(MemorySegment.ofAddress(address));
        if (rc != AclErrors.SUCCESS) {
            primary.addSuppressed(NativeChecks.aclFailure(rc, Stage.ALLOC, "aclrtFree(owned CommContext)"));
        }
    }

    private static long allocateDeviceContext() {
        try (Arena call = Arena.ofConfined()) {
            final MemorySegment out = call.allocate(ValueLayout.ADDRESS);
            NativeChecks.acl(acl_h.aclrtMalloc(out, CommContext.BYTES, acl_h.ACL_MEM_MALLOC_HUGE_FIRST()), Stage.ALLOC,
                "aclrtMalloc(" + CommContext.BYTES + " bytes for the CommContext)");
            final long address = out.get(ValueLayout.ADDRESS, 0).address();
            if (address == 0) {
                throw new CommException(Stage.ALLOC, NativeChecks.BACKEND, "aclrtMalloc returned NULL");
            }
            return address;
        }
    }

    @Override
    public synchronized long localWindowBase() {
        final long base = requireContext().windowIn(config.rank());
        if (base == 0) {
            throw new CommException(Stage.WINDOW_BASE, NativeChecks.BACKEND, "windowsIn[" + config.rank() + "] is 0");
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

    /** RING and IPC fill windowsOut; MESH does not promise it (hardware-lessons section 2). */
    @Override
    public synchronized boolean promisesWindowsOut() {
        requireContext();
        return windowsOutPromised;
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
        // Synchronous; do not follow with aclrtSynchronizeStream (see the class description).
        NativeChecks.hccl(CommunicatorFunctions.HcclBarrier(comm, config.stream()), Stage.BARRIER, "HcclBarrier");
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
        final Teardown teardown = new Teardown(NativeChecks.BACKEND);
        boolean peersGone = false;
        try {
            rendezvous.barrier(TAG_DESTROY, Stage.DESTROY);
        } catch (final RuntimeException e) {
            LOG.warn("rank {}: destroy barrier: {}; tearing down anyway", config.rank(), e.getMessage());
            teardown.record("the destroy barrier", e);
            peersGone = true;
        }
        final boolean skipIpcBarrier = peersGone;
        teardown.run("closing the IPC windows", () -> {
            if (ipc != null) {
                final AclIpcWindows windows = ipc;
                ipc = null;
                windows.close(rendezvous, skipIpcBarrier, teardown);
            }
        });
        teardown.run("aclrtFree(CommContext)", () -> {
            if (ownedDeviceContext != 0) {
                final long address = ownedDeviceContext;
                ownedDeviceContext = 0;
                NativeChecks.acl(acl_h.aclrtFree(MemorySegment.ofAddress(address)), Stage.DESTROY,
                    "aclrtFree(owned CommContext)");
            }
        });
        teardown.run("HcclCommDestroy",
            () -> NativeChecks.hccl(CommunicatorFunctions.HcclCommDestroy(comm), Stage.DESTROY, "HcclCommDestroy"));
        if (peersGone) {
            abandon(rendezvous, config.rank());
        } else {
            rendezvous.leave();
        }
        for (final AutoCloseable resource : owned) {
            teardown.run("releasing " + resource, () -> {
                try {
                    resource.close();
                } catch (final RuntimeException e) {
                    throw e;
                } catch (final Exception e) {
                    throw new CommException(Stage.DESTROY, NativeChecks.BACKEND, "releasing " + resource, e);
                }
            });
        }
        arena.close();
        teardown.throwIfFailed();
    }

    private void requireOpen() {
        if (state == State.CLOSED) {
            throw new IllegalStateException("communicator of rank " + config.rank() + " is closed");
        }
    }

    private CommContext requireContext() {
        requireOpen();
        if (context == null) {
            throw new IllegalStateException("allocWindows has not been called");
        }
        return context;
    }
}
