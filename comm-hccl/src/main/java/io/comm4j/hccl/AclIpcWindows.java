package io.comm4j.hccl;

import io.comm4j.CommConfig;
import io.comm4j.CommContext;
import io.comm4j.CommException;
import io.comm4j.Stage;
import io.comm4j.bindings.NativeLibraries;
import io.comm4j.bindings.acl.acl_h;
import io.comm4j.internal.FileRendezvous;
import io.comm4j.internal.Teardown;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The second window provider (contract section 9): windows from public ACL IPC calls only, no
 * private CANN layout. Selected with {@code -D}{@value #PROPERTY}{@code =ipc}.
 *
 * <p>Each rank {@code aclrtMalloc}s its window (the hint rounded up to {@value #ALIGN} bytes, as
 * exported memory must be page-aligned), tells every peer its process id ({@code
 * aclrtDeviceGetBareTgid}) and device, exports the window ({@code aclrtIpcMemGetExportKey}, PID
 * validation on, {@code aclrtIpcMemSetImportPid} with the peers' ids), enables peer access to
 * every other rank's device ({@code aclrtDeviceEnablePeerAccess}, a failure is a warning),
 * publishes the key and imports every peer's window ({@code aclrtIpcMemImportByKey} with
 * {@code ACL_RT_IPC_MEM_IMPORT_FLAG_ENABLE_PEER_ACCESS}; hardware-lessons section 3). Records travel
 * through the rendezvous's all-gather records. Even so, imports fail with 507899 on PCIe-attached boxes
 * (910B2C, lessons section 3): the VMM provider (issue #12) is the one that works there.
 *
 * <p>Addresses are this process's: {@code windowsIn[i]} of two ranks differ for the same window,
 * as on every path (hardware-lessons section 1); {@code windowsOut} mirrors {@code windowsIn}. The CommContext is built on host and copied to
 * device memory this provider owns. Closing closes the imports, waits until every rank has
 * (file barrier {@code ipc_closed}), then closes its own export and frees its memory.
 */
final class AclIpcWindows implements WindowProvider {
    /** System property choosing the window provider: {@code tiling} (default) or {@code ipc}. */
    static final String PROPERTY = "comm4j.hccl.windows";
    /** Window sizes are rounded up to this (huge-page) multiple. */
    static final long ALIGN = 2L << 20;
    /** The barrier tag of close. */
    static final String TAG_CLOSED = "ipc_closed";
    static final String PHASE_IDENT = "ident";
    static final String PHASE_KEY = "key";
    /** The functions this provider calls beyond the required ones. */
    static final List<String> FUNCTIONS = List.of("aclrtIpcMemGetExportKey", "aclrtIpcMemSetImportPid",
        "aclrtIpcMemImportByKey", "aclrtIpcMemClose", "aclrtDeviceGetBareTgid", "aclrtDeviceEnablePeerAccess");
    private static final int KEY_BYTES = 65;

    private final int rank;
    private final FileRendezvous exchange;
    private long window;
    private String ownKey;
    private final List<String> importedKeys = new ArrayList<>();
    private long deviceContext;
    private CommContext context;

    private AclIpcWindows(final int rank, final FileRendezvous exchange) {
        this.rank = rank;
        this.exchange = exchange;
    }

    /** Whether {@code -Dcomm4j.hccl.windows=ipc} selects this provider. */
    static boolean selected() {
        return "ipc".equals(System.getProperty(PROPERTY, "tiling"));
    }

    /**
     * Allocates, exports and imports every rank's window. Collective. On failure everything this
     * rank made so far stays recorded and is released by {@link #close}.
     *
     * @throws CommException at {@link Stage#ALLOC} naming the failing call
     */
    static AclIpcWindows allocate(final CommConfig config, final FileRendezvous rendezvous, final long hint,
                                  final SegmentAllocator hostMemory, final List<AclIpcWindows> created) {
        for (final String f : FUNCTIONS) {
            if (!NativeLibraries.isAvailable(f)) {
                throw new CommException(Stage.ALLOC, HcclBackend.NAME, "this CANN does not export " + f
                    + ": the ACL-IPC window provider needs a CANN with IPC memory sharing (8.5 or later); "
                    + "drop -D" + PROPERTY + "=ipc to use the tiling provider");
            }
        }
        final AclIpcWindows w = new AclIpcWindows(config.rank(), rendezvous);
        created.add(w);
        w.build(config, hint, hostMemory);
        return w;
    }

    private void build(final CommConfig config, final long hint, final SegmentAllocator hostMemory) {
        final int n = config.nranks();
        final long size = (hint + ALIGN - 1) / ALIGN * ALIGN;
        try (Arena call = Arena.ofConfined()) {
            final MemorySegment out = call.allocate(ValueLayout.ADDRESS);
            NativeChecks.acl(acl_h.aclrtMalloc(out, size, acl_h.ACL_MEM_MALLOC_HUGE_FIRST()), Stage.ALLOC,
                "aclrtMalloc(" + size + " bytes for the IPC window)");
            window = out.get(ValueLayout.ADDRESS, 0).address();
            final MemorySegment intOut = call.allocate(ValueLayout.JAVA_INT);
            NativeChecks.acl(acl_h.aclrtDeviceGetBareTgid(intOut), Stage.ALLOC, "aclrtDeviceGetBareTgid");
            final int tgid = intOut.get(ValueLayout.JAVA_INT, 0);
            NativeChecks.acl(acl_h.aclrtGetDevice(intOut), Stage.ALLOC, "aclrtGetDevice");
            final int device = intOut.get(ValueLayout.JAVA_INT, 0);
            final byte[][] idents = exchange.allGather(PHASE_IDENT, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(tgid).putInt(device).array(), Stage.ALLOC);
            // Peer access for every other rank's device, even when its logical id equals ours (one
            // visible card per process: both are 0); a failure is a warning, as CANN 9 has no
            // "already enabled" code (hardware-lessons section 3). Every rank enables before it
            // publishes its key, and imports only after reading every key: the key exchange is the
            // barrier that orders the enables before any import.
            for (int r = 0; r < n; r++) {
                if (r != rank) {
                    final int peerDevice = record(idents[r], 8, "ident", r).getInt(4);
                    final int rc = acl_h.aclrtDeviceEnablePeerAccess(peerDevice, 0);
                    if (rc != AclError.SUCCESS.code()) {
                        org.apache.logging.log4j.LogManager.getLogger(AclIpcWindows.class).warn(
                            "rank {}: aclrtDeviceEnablePeerAccess({}) for rank {} returned {}({}); going on{}", rank,
                            peerDevice, r, AclError.of(rc).symbol(), rc, NativeChecks.recentAclMessage());
                    }
                }
            }

            final MemorySegment key = call.allocate(KEY_BYTES);
            NativeChecks.acl(acl_h.aclrtIpcMemGetExportKey(MemorySegment.ofAddress(window), size, key, KEY_BYTES,
                acl_h.ACL_RT_IPC_MEM_EXPORT_FLAG_DEFAULT()), Stage.ALLOC, "aclrtIpcMemGetExportKey");
            ownKey = key.getString(0);
            if (n > 1) {
                final MemorySegment pids = call.allocate(ValueLayout.JAVA_INT, n - 1);
                for (int r = 0, k = 0; r < n; r++) {
                    if (r != rank) {
                        pids.setAtIndex(ValueLayout.JAVA_INT, k++, record(idents[r], 8, "ident", r).getInt(0));
                    }
                }
                NativeChecks.acl(acl_h.aclrtIpcMemSetImportPid(key, pids, n - 1), Stage.ALLOC, "aclrtIpcMemSetImportPid");
            }
            final byte[] keyBytes = ownKey.getBytes(StandardCharsets.US_ASCII);
            final byte[][] keys = exchange.allGather(PHASE_KEY, ByteBuffer.allocate(8 + keyBytes.length)
                .order(ByteOrder.LITTLE_ENDIAN).putLong(size).put(keyBytes).array(), Stage.ALLOC);

            final MemorySegment ctx = hostMemory.allocate(CommContext.LAYOUT).fill((byte) 0);
            io.comm4j.bindings.comm.CommContext.rankId(ctx, rank);
            io.comm4j.bindings.comm.CommContext.rankNum(ctx, n);
            io.comm4j.bindings.comm.CommContext.winSize(ctx, size);
            for (int r = 0; r < n; r++) {
                long address = window;
                if (r != rank) {
                    final ByteBuffer rec = record(keys[r], 9, "key", r);
                    if (rec.getLong(0) != size) {
                        throw new CommException(Stage.ALLOC, HcclBackend.NAME, "rank " + r + " exported a "
                            + rec.getLong(0) + "-byte window, this rank " + size + ": every rank must pass the same hint");
                    }
                    final String peerKey = new String(keys[r], 8, keys[r].length - 8, StandardCharsets.US_ASCII);
                    final MemorySegment peerKeySeg = call.allocateFrom(peerKey);
                    // without ENABLE_PEER_ACCESS the driver rejects a cross-card handle (507899; lessons 3)
                    NativeChecks.acl(acl_h.aclrtIpcMemImportByKey(out, peerKeySeg,
                        acl_h.ACL_RT_IPC_MEM_IMPORT_FLAG_ENABLE_PEER_ACCESS()), Stage.ALLOC,
                        "aclrtIpcMemImportByKey(rank " + r + ")");
                    importedKeys.add(peerKey);
                    address = out.get(ValueLayout.ADDRESS, 0).address();
                }
                io.comm4j.bindings.comm.CommContext.windowsIn(ctx, r, address);
                io.comm4j.bindings.comm.CommContext.windowsOut(ctx, r, address);
            }
            NativeChecks.acl(acl_h.aclrtMalloc(out, CommContext.BYTES, acl_h.ACL_MEM_MALLOC_HUGE_FIRST()), Stage.ALLOC,
                "aclrtMalloc(" + CommContext.BYTES + " bytes for the CommContext)");
            deviceContext = out.get(ValueLayout.ADDRESS, 0).address();
            DeviceCopy.toDevice(deviceContext, ctx, Stage.ALLOC, "the IPC CommContext");
            context = CommContext.view(ctx, deviceContext);
        }
    }

    private static ByteBuffer record(final byte[] bytes, final int min, final String phase, final int r) {
        if (bytes.length < min) {
            throw new CommException(Stage.ALLOC, HcclBackend.NAME, "rank " + r + "'s '" + phase + "' record is "
                + bytes.length + " bytes, expected at least " + min);
        }
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The context built by {@link #allocate}. */
    @Override
    public CommContext context() {
        return context;
    }

    @Override
    public String topology() {
        return "IPC";
    }

    /** windowsOut mirrors windowsIn, as #597 did. */
    @Override
    public boolean promisesWindowsOut() {
        return true;
    }

    /**
     * Closes the imports, waits (unless {@code peersGone}) until every rank has, then closes the
     * export and frees this rank's memory. Every step runs.
     *
     * @param teardown where each failure is recorded
     */
    @Override
    public void close(final FileRendezvous rendezvous, final boolean peersGone, final Teardown teardown) {
        try (Arena call = Arena.ofConfined()) {
            for (final String key : importedKeys) {
                final int rc = acl_h.aclrtIpcMemClose(call.allocateFrom(key));
                if (rc != AclError.SUCCESS.code()) {
                    teardown.record("aclrtIpcMemClose", NativeChecks.aclFailure(rc, Stage.DESTROY, "aclrtIpcMemClose(import " + key + ")"));
                }
            }
            importedKeys.clear();
            if (!peersGone) {
                try {
                    rendezvous.barrier(TAG_CLOSED, Stage.DESTROY);
                } catch (final RuntimeException e) {
                    teardown.record("the IPC close barrier", e);
                }
            }
            if (ownKey != null) {
                final int rc = acl_h.aclrtIpcMemClose(call.allocateFrom(ownKey));
                if (rc != AclError.SUCCESS.code()) {
                    teardown.record("aclrtIpcMemClose", NativeChecks.aclFailure(rc, Stage.DESTROY, "aclrtIpcMemClose(export " + ownKey + ")"));
                }
                ownKey = null;
            }
        }
        free(window, "the IPC window", teardown);
        window = 0;
        free(deviceContext, "the IPC CommContext", teardown);
        deviceContext = 0;
        // the IPC records are the rendezvous's: removed with the run's records when the last rank leaves
    }

    private static void free(final long address, final String what, final Teardown teardown) {
        if (address != 0) {
            final int rc = acl_h.aclrtFree(MemorySegment.ofAddress(address));
            if (rc != AclError.SUCCESS.code()) {
                teardown.record("aclrtFree", NativeChecks.aclFailure(rc, Stage.DESTROY, "aclrtFree(" + what + ")"));
            }
        }
    }
}
