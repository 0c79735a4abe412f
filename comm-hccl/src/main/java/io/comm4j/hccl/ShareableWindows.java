package io.comm4j.hccl;

import io.comm4j.CommConfig;
import io.comm4j.CommContext;
import io.comm4j.CommException;
import io.comm4j.CommTimeoutException;
import io.comm4j.Stage;
import io.comm4j.bindings.NativeLibraries;
import io.comm4j.bindings.acl.aclrtMemLocation;
import io.comm4j.bindings.acl.aclrtPhysicalMemProp;
import io.comm4j.bindings.acl.acl_h;
import io.comm4j.internal.ContextStruct;
import io.comm4j.internal.FileRendezvous;
import io.comm4j.internal.Teardown;
import io.comm4j.internal.Waiter;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Windows from physical device memory that every rank exports as a shareable handle and every
 * peer imports and maps (hardware-lessons section 4; all public ACL calls, no private layout, no
 * version lock). {@link VmmWindows} and {@link FabricWindows} differ only in the memory attribute,
 * the export/import calls and whether peer access is set up; the sequence is here, once:
 * <ol>
 *   <li>{@code aclrtGetDevice}: the logical device id.</li>
 *   <li>{@code aclrtMemGetAllocationGranularity(MINIMUM)}; the hint rounded up to it (overflow-checked).</li>
 *   <li>{@code aclrtMallocPhysical} with {NONE, PINNED, memAttr, {DEVICE, logical id}}.</li>
 *   <li>reserve, map, set access with the driver-visible id ({@link VmmMapping#map}).</li>
 *   <li>{@code aclrtMemset} to 0 <b>before</b> the handle is published: a peer may write as soon as it imported.</li>
 *   <li>export (the provider's call, PID validation disabled).</li>
 *   <li>a {@link WindowAnnounce} per rank through the rendezvous (all-gather phase {@value #PHASE_ANNOUNCE});
 *       every rank's provider and mapped size must agree (both ranks and sizes named when not).</li>
 *   <li>VMM only: peer access for every other rank's device (a failure is a warning), the status
 *       polled for at most {@link #PEER_ACCESS_POLL} for all peers together, then barrier
 *       {@value #TAG_PEER_ACCESS} (lessons section 3).</li>
 *   <li>every peer's handle imported and mapped; {@code windowsIn[r]} = this process's mapping of rank r's
 *       window; {@code windowsOut} mirrors it.</li>
 *   <li>the CommContext {rankId, rankNum, winSize = mapped size, windowsIn} copied to 1056 bytes of
 *       {@code aclrtMalloc(HUGE_FIRST)} device memory.</li>
 * </ol>
 * A failure at any step releases everything made so far at once (later failures of that release
 * are attached as suppressed) and is thrown at {@link Stage#ALLOC}. {@link #close} releases every
 * window (unmap, release address, free: {@link VmmMapping#release}), imports first, then the own
 * window, then the device context; every step runs. Peer-access routes are process-wide and stay.
 */
abstract sealed class ShareableWindows implements WindowProvider permits VmmWindows, FabricWindows {
    private static final Logger LOG = LogManager.getLogger(ShareableWindows.class);
    /** The all-gather phase of the announcements. */
    static final String PHASE_ANNOUNCE = "vmm_announce";
    /** The barrier after every rank enabled peer access (the original's name). */
    static final String TAG_PEER_ACCESS = "ipc_p2p_ready";
    /** How long peer-access status is polled before going on with a warning (lessons section 3). */
    static final Duration PEER_ACCESS_POLL = Duration.ofSeconds(3);
    /** The VMM calls both providers make. */
    static final List<String> VMM_FUNCTIONS = List.of("aclrtMemGetAllocationGranularity", "aclrtMallocPhysical",
        "aclrtFreePhysical", "aclrtReserveMemAddress", "aclrtReleaseMemAddress", "aclrtMapMem", "aclrtUnmapMem",
        "aclrtMemSetAccess", "aclrtMemset");

    private final int rank;
    private final String name;
    private final int kind;
    private final int memAttr;
    private final List<VmmMapping> windows = new ArrayList<>(); // the own window first, then imports
    private long deviceContext;
    private CommContext context;

    /**
     * @param name    "vmm" or "fabric"
     * @param kind    {@link WindowAnnounce#KIND_VMM} or {@link WindowAnnounce#KIND_FABRIC}
     * @param memAttr the {@code aclrtMemAttr} of the physical memory
     */
    ShareableWindows(final int rank, final String name, final int kind, final int memAttr) {
        this.rank = rank;
        this.name = name;
        this.kind = kind;
        this.memAttr = memAttr;
    }

    /** The functions this provider needs beyond {@link #VMM_FUNCTIONS}. */
    abstract List<String> functions();

    /**
     * Exports the own window's handle, PID validation disabled.
     *
     * @return {@value WindowAnnounce#HANDLE_BYTES} bytes for the announcement
     */
    abstract byte[] export(long physicalHandle);

    /** Whether peer access is set up before importing (VMM yes, Fabric no). */
    abstract boolean needsPeerAccess();

    /** Imports rank {@code peer}'s announced handle on logical device {@code device}; returns the new handle. */
    abstract long importHandle(WindowAnnounce peer, int device);

    /**
     * Runs the whole sequence. Collective.
     *
     * @param published run just before this rank's announcement goes out (after it, the group's
     *                  exchange has begun and a failed allocation cannot be retried)
     * @throws CommException at {@link Stage#ALLOC}; nothing this rank allocated is left
     */
    final void build(final CommConfig config, final FileRendezvous rendezvous, final long hint,
                     final SegmentAllocator hostMemory, final Runnable published) {
        try {
            buildSteps(config, rendezvous, hint, hostMemory, published);
        } catch (final RuntimeException e) {
            release(Stage.ALLOC, (what, f) -> e.addSuppressed(f));
            throw e;
        }
    }

    private void buildSteps(final CommConfig config, final FileRendezvous rendezvous, final long hint,
                            final SegmentAllocator hostMemory, final Runnable published) {
        requireFunctions();
        final int device = currentDevice();
        // the one place the driver-visible id is used: the memory-access descriptor (lessons section 5)
        final int driverVisible = VisibleDevices.fromEnvironment().driverVisibleId(device);
        final VmmMapping own = allocateOwnWindow(hint, device, driverVisible);
        final byte[] handle = export(own.handle());

        published.run();
        final WindowAnnounce mine = new WindowAnnounce(kind, rank, device, ProcessHandle.current().pid(),
            own.size(), handle);
        final WindowAnnounce[] peers = exchangeAnnouncements(mine, config.nranks(), rendezvous);
        if (needsPeerAccess()) {
            enablePeerAccess(device, peers);
            rendezvous.barrier(TAG_PEER_ACCESS, Stage.ALLOC);
        }
        final long[] addresses = mapPeerWindows(peers, own, device, driverVisible);
        copyContextToDevice(hostMemory, addresses, own.size());
        LOG.debug("rank {}: {} windows of {} bytes on logical device {} (driver-visible {}), context at 0x{}", rank,
            name, own.size(), device, driverVisible, Long.toHexString(deviceContext));
    }

    /**
     * Steps 2 to 5: physical memory of the hint rounded up to the granularity, mapped and zeroed
     * (before the handle is published: a peer that imported it may write at once, commit 2cd70958e).
     */
    private VmmMapping allocateOwnWindow(final long hint, final int device, final int driverVisible) {
        try (Arena call = Arena.ofConfined()) {
            final MemorySegment prop = aclrtPhysicalMemProp.allocate(call).fill((byte) 0);
            aclrtPhysicalMemProp.handleType(prop, acl_h.ACL_MEM_HANDLE_TYPE_NONE());
            aclrtPhysicalMemProp.allocationType(prop, acl_h.ACL_MEM_ALLOCATION_TYPE_PINNED());
            aclrtPhysicalMemProp.memAttr(prop, memAttr);
            final MemorySegment location = aclrtPhysicalMemProp.location(prop);
            aclrtMemLocation.type(location, acl_h.ACL_MEM_LOCATION_TYPE_DEVICE());
            aclrtMemLocation.id(location, device); // the logical id (lessons section 5)
            final MemorySegment granularityOut = call.allocate(ValueLayout.JAVA_LONG);
            NativeChecks.acl(acl_h.aclrtMemGetAllocationGranularity(prop, acl_h.ACL_RT_MEM_ALLOC_GRANULARITY_MINIMUM(),
                granularityOut), Stage.ALLOC, "aclrtMemGetAllocationGranularity(MINIMUM)");
            final long size = roundUp(hint, granularityOut.get(ValueLayout.JAVA_LONG, 0));
            windows.add(VmmMapping.allocate("rank " + rank + "'s own window", size, prop,
                "memAttr " + memAttr + ", logical device " + device));
        }
        final VmmMapping own = windows.getFirst();
        own.map(driverVisible);
        NativeChecks.acl(acl_h.aclrtMemset(MemorySegment.ofAddress(own.address()), own.size(), 0, own.size()),
            Stage.ALLOC, "aclrtMemset(" + own.size() + " bytes of the own window, 0)");
        return own;
    }

    /** Step 7: every rank's announcement, index = rank, each checked to agree with this rank's. */
    private static WindowAnnounce[] exchangeAnnouncements(final WindowAnnounce mine, final int n,
                                                          final FileRendezvous rendezvous) {
        final byte[][] records = rendezvous.allGather(PHASE_ANNOUNCE, mine.encode(), Stage.ALLOC);
        final WindowAnnounce[] peers = new WindowAnnounce[n];
        for (int r = 0; r < n; r++) {
            peers[r] = r == mine.rank() ? mine : WindowAnnounce.decode(records[r], r);
            requireAgreement(mine, peers[r]);
        }
        return peers;
    }

    /** Step 9: every peer's handle imported and mapped; returns this process's address of every rank's window. */
    private long[] mapPeerWindows(final WindowAnnounce[] peers, final VmmMapping own, final int device,
                                  final int driverVisible) {
        final long[] addresses = new long[peers.length];
        for (int r = 0; r < peers.length; r++) {
            if (r == rank) {
                addresses[r] = own.address();
                continue;
            }
            final long imported = importHandle(peers[r], device);
            final VmmMapping peer = VmmMapping.adopt("rank " + r + "'s window (pid " + peers[r].pid() + ")",
                own.size(), imported);
            windows.add(peer);
            peer.map(driverVisible);
            addresses[r] = peer.address();
        }
        return addresses;
    }

    /** Step 10: the context, windowsOut mirroring windowsIn, copied to device memory this provider owns. */
    private void copyContextToDevice(final SegmentAllocator hostMemory, final long[] addresses, final long size) {
        final MemorySegment ctx = hostMemory.allocate(CommContext.LAYOUT).fill((byte) 0);
        ContextStruct.rankId(ctx, rank);
        ContextStruct.rankNum(ctx, addresses.length);
        ContextStruct.winSize(ctx, size);
        for (int r = 0; r < addresses.length; r++) {
            ContextStruct.windowIn(ctx, r, addresses[r]);
            ContextStruct.windowOut(ctx, r, addresses[r]);
        }
        deviceContext = DeviceCopy.allocateContext();
        DeviceCopy.toDevice(deviceContext, ctx, Stage.ALLOC, "the " + name + " CommContext");
        context = CommContext.view(ctx, deviceContext);
    }

    private void requireFunctions() {
        final List<String> needed = new ArrayList<>(VMM_FUNCTIONS);
        needed.addAll(functions());
        for (final String f : needed) {
            if (!NativeLibraries.isAvailable(f)) {
                throw new CommException(Stage.ALLOC, HcclBackend.NAME, "this CANN does not export " + f + ": the "
                    + name + " window provider needs the ACL VMM API (hardware-lessons section 10); choose "
                    + "another with -D" + WindowChoice.PROPERTY + " (docs/hccl.md)");
            }
        }
    }

    private static int currentDevice() {
        try (Arena call = Arena.ofConfined()) {
            final MemorySegment out = call.allocate(ValueLayout.JAVA_INT);
            NativeChecks.acl(acl_h.aclrtGetDevice(out), Stage.ALLOC, "aclrtGetDevice");
            return out.get(ValueLayout.JAVA_INT, 0);
        }
    }

    /**
     * {@code hint} rounded up to a multiple of {@code granularity}.
     *
     * @throws CommException at {@link Stage#ALLOC} for a granularity that is not positive or a size that overflows
     */
    static long roundUp(final long hint, final long granularity) {
        if (granularity <= 0) {
            throw new CommException(Stage.ALLOC, HcclBackend.NAME, "aclrtMemGetAllocationGranularity answered "
                + granularity + " bytes");
        }
        final long blocks = hint / granularity + (hint % granularity == 0 ? 0 : 1);
        if (blocks > Long.MAX_VALUE / granularity) {
            throw new CommException(Stage.ALLOC, HcclBackend.NAME, "a window of " + hint + " bytes rounded up to the "
                + granularity + "-byte allocation granularity does not fit in 64 bits");
        }
        return blocks * granularity;
    }

    private static void requireAgreement(final WindowAnnounce mine, final WindowAnnounce peer) {
        if (peer.kind() != mine.kind()) {
            throw new CommException(Stage.ALLOC, HcclBackend.NAME, "rank " + peer.rank() + " shares its window by "
                + WindowAnnounce.kindName(peer.kind()) + ", rank " + mine.rank() + " by "
                + WindowAnnounce.kindName(mine.kind()) + ": every rank must use the same window provider ("
                + WindowChoice.PROPERTY + ")");
        }
        if (peer.size() != mine.size()) {
            throw new CommException(Stage.ALLOC, HcclBackend.NAME, "window sizes disagree: rank " + peer.rank()
                + " mapped " + peer.size() + " bytes, rank " + mine.rank() + " " + mine.size()
                + " bytes: every rank must pass the same window size hint");
        }
    }

    /**
     * {@code aclrtDeviceEnablePeerAccess} for every other rank's device, even one whose logical id
     * equals ours (one visible card per process: both are 0); a failure is a warning (CANN 9 has no
     * "already enabled" code). Then the status of all of them polled together, for at most
     * {@link #PEER_ACCESS_POLL}: under {@code ASCEND_RT_VISIBLE_DEVICES} it can stay 0 forever after
     * a successful enable; the barrier that follows is what orders the ranks (lessons section 3).
     */
    private void enablePeerAccess(final int device, final WindowAnnounce[] peers) {
        final List<WindowAnnounce> pending = new ArrayList<>();
        for (final WindowAnnounce p : peers) {
            if (p.rank() == rank) {
                continue;
            }
            final int rc = acl_h.aclrtDeviceEnablePeerAccess(p.device(), 0);
            if (rc != AclError.SUCCESS.code()) {
                LOG.warn("rank {}: aclrtDeviceEnablePeerAccess({}) for rank {} returned {}({}); going on{}", rank,
                    p.device(), p.rank(), AclError.of(rc).symbol(), rc, NativeChecks.recentAclMessage());
            }
            pending.add(p);
        }
        if (pending.isEmpty()) {
            return;
        }
        try (Arena call = Arena.ofConfined()) {
            final MemorySegment status = call.allocate(ValueLayout.JAVA_INT);
            Waiter.system(HcclBackend.NAME).await(() -> {
                pending.removeIf(p -> {
                    final int rc = acl_h.aclrtDevicePeerAccessStatus(device, p.device(), status);
                    if (rc != AclError.SUCCESS.code()) {
                        LOG.warn("rank {}: aclrtDevicePeerAccessStatus({}, {}) for rank {} returned {}({}); going on",
                            rank, device, p.device(), p.rank(), AclError.of(rc).symbol(), rc);
                        return true;
                    }
                    return status.get(ValueLayout.JAVA_INT, 0) != 0;
                });
                return pending.isEmpty();
            }, PEER_ACCESS_POLL, Stage.ALLOC, () -> "peer access to " + pending.size() + " devices");
        } catch (final CommTimeoutException e) {
            LOG.warn("rank {}: aclrtDevicePeerAccessStatus still reports 0 after {} ms for the devices of ranks {} "
                + "(seen under ASCEND_RT_VISIBLE_DEVICES although the enable succeeded); going on, the barrier '{}' "
                + "orders the ranks", rank, PEER_ACCESS_POLL.toMillis(),
                pending.stream().map(WindowAnnounce::rank).toList(), TAG_PEER_ACCESS);
        }
    }

    @Override
    public final CommContext context() {
        return context;
    }

    @Override
    public final String topology() {
        return name.toUpperCase(Locale.ROOT);
    }

    @Override
    public final String name() {
        return name;
    }

    /** windowsOut mirrors windowsIn. */
    @Override
    public final boolean promisesWindowsOut() {
        return true;
    }

    /**
     * Releases every window and the device context; no peer is waited for (the destroy barrier
     * before this is what keeps a peer from reaching a released window). Every step runs.
     */
    @Override
    public final void close(final FileRendezvous rendezvous, final boolean peersGone, final Teardown teardown) {
        release(Stage.DESTROY, teardown::record);
    }

    /** Imports in reverse order, then the own window, then the device context. */
    private void release(final Stage stage, final BiConsumer<String, RuntimeException> failures) {
        for (int i = windows.size() - 1; i >= 0; i--) {
            windows.get(i).release(stage, failures);
        }
        windows.clear();
        if (deviceContext != 0) {
            final long address = deviceContext;
            deviceContext = 0;
            final int rc = acl_h.aclrtFree(MemorySegment.ofAddress(address));
            if (rc != AclError.SUCCESS.code()) {
                failures.accept("aclrtFree", NativeChecks.aclFailure(rc, stage, "aclrtFree(the "
                    + name + " CommContext)"));
            }
        }
    }
}
