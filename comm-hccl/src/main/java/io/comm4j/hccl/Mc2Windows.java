package io.comm4j.hccl;

import io.comm4j.CommConfig;
import io.comm4j.CommContext;
import io.comm4j.CommException;
import io.comm4j.ContextInvariants;
import io.comm4j.Stage;
import io.comm4j.bindings.CommunicatorFunctions;
import io.comm4j.bindings.NativeLibraries;
import io.comm4j.bindings.acl.acl_h;
import io.comm4j.bindings.hcomm.hcomm_private_h;
import io.comm4j.internal.FileRendezvous;
import io.comm4j.internal.Teardown;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.Map;

/**
 * The MC2 window provider (the seed's design, contract sections 3-4): windows from HCCL's own
 * communication resources through the private {@code HcclAllocComResourceByTiling}, read through
 * reconstructed layouts, and therefore version-locked ({@link CannVersion}: known good on CANN 8.5,
 * known bad on 9.0).
 *
 * <p>{@code HcclGetCommName}, {@code HcomGetL0TopoTypeEx} (a {@code CommTopo} value compared for
 * equality: {@code COMM_TOPO_1DMESH} (1) is MESH, {@code COMM_TOPO_CLOS} (0) RING, anything else a
 * clear ALLOC error naming the value, before any resource is asked for),
 * {@code HcomGetCommHandleByGroup}, file barrier {@code hccl_init}, the MC2 tiling
 * ({@link Mc2Tiling}), {@code HcclAllocComResourceByTiling}; then {@link MeshContextReader} or
 * {@link RingContextReader} builds a CommContext on host, which is copied to 1056 bytes of device
 * memory this provider owns: kernels never read HCCL's private struct as a CommContext. The context
 * is checked (rankId, rankNum, winSize, windowsIn[0..n-1] non-zero, windowsOut on RING) before it
 * is handed out; windows smaller than the hint fail at {@link Stage#WINDOW_SIZE}. A failed
 * allocation frees what it took, so it can be retried.
 */
final class Mc2Windows implements WindowProvider {
    /** The three libhcomm functions this provider needs; none has a public header. */
    static final List<String> PRIVATE_FUNCTIONS = List.of(
        "HcomGetL0TopoTypeEx", "HcomGetCommHandleByGroup", "HcclAllocComResourceByTiling");
    /**
     * CommTopo names by value (hcomm's {@code hccl_rank_graph.h}; A2AXSERVER and CUSTOM added in
     * 9.0.0), the numbers from the generated bindings so the header checks cover them.
     */
    static final Map<Integer, String> COMM_TOPO_NAMES = Map.of(
        hcomm_private_h.COMM_TOPO_RESERVED(), "COMM_TOPO_RESERVED",
        hcomm_private_h.COMM_TOPO_CLOS(), "COMM_TOPO_CLOS",
        hcomm_private_h.COMM_TOPO_1DMESH(), "COMM_TOPO_1DMESH",
        hcomm_private_h.COMM_TOPO_910_93(), "COMM_TOPO_910_93",
        hcomm_private_h.COMM_TOPO_310P(), "COMM_TOPO_310P",
        hcomm_private_h.COMM_TOPO_A2AXSERVER(), "COMM_TOPO_A2AXSERVER",
        hcomm_private_h.COMM_TOPO_CUSTOM(), "COMM_TOPO_CUSTOM");
    private static final int COMM_NAME_BYTES = 128;

    private final CommContext context;
    private final boolean mesh;
    private long ownedDeviceContext;

    private Mc2Windows(final CommContext context, final boolean mesh) {
        this.context = context;
        this.mesh = mesh;
        this.ownedDeviceContext = context.deviceAddress();
    }

    /**
     * Allocates the windows (collective).
     *
     * @param arena where the host copies live (the communicator's, closed with it)
     * @throws CommException at {@link Stage#ALLOC} or {@link Stage#WINDOW_SIZE}
     */
    static Mc2Windows allocate(final CommConfig config, final MemorySegment comm, final FileRendezvous rendezvous,
                               final long winSizeHint, final Arena arena) {
        requirePrivateFunctions();
        HcclBackend.cannVersion().requireVerified(Boolean.getBoolean(CannVersion.ALLOW_PROPERTY));
        final Group group = Group.of(comm, arena);
        rendezvous.barrier(HcclCommunicator.TAG_INIT, Stage.ALLOC);
        final long devicePointer = allocateResource(group, config.stream());
        return new Mc2Windows(ownedContext(devicePointer, group.mesh(), config, winSizeHint, arena), group.mesh());
    }

    private static void requirePrivateFunctions() {
        for (final String symbol : PRIVATE_FUNCTIONS) {
            if (!NativeLibraries.isAvailable(symbol)) {
                throw new CommException(Stage.ALLOC, HcclBackend.NAME, "this CANN does not export " + symbol
                    + " (" + NativeLibraries.loadCann().libraries() + "): windows cannot be allocated through the "
                    + "MC2 tiling here; communicator init and barriers still work");
            }
        }
    }

    /**
     * The communicator's HCCL group: its name (the NUL-terminated buffer HCCL wrote, in the
     * communicator's arena), its {@code HcomGetL0TopoTypeEx} topology and its handle.
     */
    private record Group(String name, MemorySegment nameBuffer, boolean mesh, MemorySegment handle) {
        /** @throws CommException at ALLOC for a topology other than MESH or RING, before any resource is asked for */
        static Group of(final MemorySegment comm, final Arena arena) {
            final MemorySegment nameBuffer = arena.allocate(COMM_NAME_BYTES);
            NativeChecks.hccl(CommunicatorFunctions.HcclGetCommName(comm, nameBuffer), Stage.ALLOC, "HcclGetCommName");
            final String name = commName(nameBuffer);
            try (Arena call = Arena.ofConfined()) {
                final MemorySegment topoOut = call.allocate(ValueLayout.JAVA_INT);
                NativeChecks.hccl(CommunicatorFunctions.HcomGetL0TopoTypeEx(nameBuffer, topoOut, 0), Stage.ALLOC,
                    "HcomGetL0TopoTypeEx(" + name + ")");
                final int topo = topoOut.get(ValueLayout.JAVA_INT, 0);
                final boolean mesh = topo == hcomm_private_h.COMM_TOPO_1DMESH();
                if (!mesh && topo != hcomm_private_h.COMM_TOPO_CLOS()) {
                    throw new CommException(Stage.ALLOC, HcclBackend.NAME, "HcomGetL0TopoTypeEx(" + name
                        + ") returned topology " + topo + " (" + COMM_TOPO_NAMES.getOrDefault(topo, "not a CommTopo value")
                        + "): comm4j reads the MC2 context of COMM_TOPO_1DMESH (1, MESH) and COMM_TOPO_CLOS (0, RING) only");
                }
                final MemorySegment handleOut = call.allocate(ValueLayout.ADDRESS);
                NativeChecks.hccl(CommunicatorFunctions.HcomGetCommHandleByGroup(nameBuffer, handleOut), Stage.ALLOC,
                    "HcomGetCommHandleByGroup(" + name + ")");
                return new Group(name, nameBuffer, mesh, handleOut.get(ValueLayout.ADDRESS, 0));
            }
        }
    }

    /** The MC2 tiling and {@code HcclAllocComResourceByTiling}: the device address of HCCL's private context. */
    private static long allocateResource(final Group group, final MemorySegment stream) {
        final long devicePointer;
        try (Arena call = Arena.ofConfined()) {
            final MemorySegment tiling = Mc2Tiling.build(call, group.name());
            final MemorySegment ctxOut = call.allocate(ValueLayout.ADDRESS);
            NativeChecks.hccl(CommunicatorFunctions.HcclAllocComResourceByTiling(group.handle(), stream, tiling, ctxOut),
                Stage.ALLOC, "HcclAllocComResourceByTiling(" + group.name() + ")");
            devicePointer = ctxOut.get(ValueLayout.ADDRESS, 0).address();
        }
        if (devicePointer == 0) {
            throw new CommException(Stage.ALLOC, HcclBackend.NAME,
                "HcclAllocComResourceByTiling succeeded but returned a NULL context");
        }
        return devicePointer;
    }

    /**
     * The MESH or RING reader's context on host, copied to device memory this provider owns and
     * checked; a failure frees that memory.
     */
    private static CommContext ownedContext(final long devicePointer, final boolean mesh, final CommConfig config,
                                            final long winSizeHint, final Arena arena) {
        long owned = 0;
        try {
            final MemorySegment host = mesh ? MeshContextReader.read(devicePointer, arena)
                : RingContextReader.read(devicePointer, arena);
            owned = DeviceCopy.allocateContext();
            DeviceCopy.toDevice(owned, host, Stage.ALLOC, "the " + (mesh ? "mesh" : "ring") + " CommContext");
            final CommContext built = CommContext.view(host, owned);
            requireUsable(built, mesh, config);
            if (built.winSize() < winSizeHint) {
                throw new CommException(Stage.WINDOW_SIZE, HcclBackend.NAME, "HCCL's windows are " + built.winSize()
                    + " bytes, smaller than the " + winSizeHint + " bytes asked for: raise HCCL_BUFFSIZE (in MB) on "
                    + "every rank");
            }
            return built;
        } catch (final RuntimeException e) {
            free(owned, e);
            throw e;
        }
    }

    /**
     * The group name HcclGetCommName wrote; it must end with a NUL inside the buffer and leave room
     * for one in the tiling's 128-byte groupName field.
     */
    private static String commName(final MemorySegment buffer) {
        for (long i = 0; i < buffer.byteSize(); i++) {
            if (buffer.get(ValueLayout.JAVA_BYTE, i) == 0) {
                if (i == 0) {
                    throw new CommException(Stage.ALLOC, HcclBackend.NAME, "HcclGetCommName returned an empty name");
                }
                return buffer.getString(0);
            }
        }
        throw new CommException(Stage.ALLOC, HcclBackend.NAME, "HcclGetCommName returned a name of "
            + buffer.byteSize() + " bytes or more without a terminating NUL");
    }

    /**
     * The checks of contract section 2 that need no peer: rankId, rankNum, winSize > 0, every
     * windowsIn[0..n-1] non-zero, and windowsOut where this provider promises it. Peers' addresses
     * are per process and are not compared (hardware-lessons section 1).
     */
    private static void requireUsable(final CommContext ctx, final boolean mesh, final CommConfig config) {
        final List<String> problems = ContextInvariants.violations(ctx, config.rank(),
            config.nranks(), ctx.winSize(), ctx.windowIn(config.rank()), !mesh);
        if (ctx.winSize() <= 0) {
            problems.add("winSize is " + ctx.winSize());
        }
        if (!problems.isEmpty()) {
            throw new CommException(Stage.ALLOC, HcclBackend.NAME, "the " + (mesh ? "MESH" : "RING")
                + " context HCCL returned is not usable (layout drift? check the CANN version): "
                + String.join("; ", problems));
        }
    }

    /** Frees the owned device context of a failed allocation, so allocWindows can run again. */
    private static void free(final long address, final RuntimeException primary) {
        if (address == 0) {
            return;
        }
        final int rc = acl_h.aclrtFree(MemorySegment.ofAddress(address));
        if (rc != AclError.SUCCESS.code()) {
            primary.addSuppressed(NativeChecks.aclFailure(rc, Stage.ALLOC, "aclrtFree(owned CommContext)"));
        }
    }

    @Override
    public String topology() {
        return mesh ? "MESH" : "RING";
    }

    @Override
    public String name() {
        return "mc2";
    }

    @Override
    public CommContext context() {
        return context;
    }

    /** RING fills windowsOut from HcclRankRelationResV2; MESH does not promise it (lessons section 2). */
    @Override
    public boolean promisesWindowsOut() {
        return !mesh;
    }

    /** Frees the owned device context; HCCL's own resources go with HcclCommDestroy. */
    @Override
    public void close(final FileRendezvous rendezvous, final boolean peersGone, final Teardown teardown) {
        teardown.run("aclrtFree(owned CommContext)", () -> {
            if (ownedDeviceContext != 0) {
                final long address = ownedDeviceContext;
                ownedDeviceContext = 0;
                NativeChecks.acl(acl_h.aclrtFree(MemorySegment.ofAddress(address)), Stage.DESTROY,
                    "aclrtFree(owned CommContext)");
            }
        });
    }
}
