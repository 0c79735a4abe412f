package io.comm4j.hccl;

import io.comm4j.CommException;
import io.comm4j.Stage;
import io.comm4j.bindings.NativeLibraries;
import io.comm4j.bindings.acl.aclrtMemFabricHandle;
import io.comm4j.bindings.acl.acl_h;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;

/**
 * The A3 window provider: VMM physical memory ({@code ACL_HBM_MEM_HUGE}) shared as a 128-byte
 * {@code aclrtMemFabricHandle}, {@code aclrtMemExportToShareableHandleV2(handle,
 * ACL_RT_VMM_EXPORT_FLAG_DISABLE_PID_VALIDATION, ACL_MEM_SHARE_HANDLE_TYPE_FABRIC, &fabric)} and
 * {@code aclrtMemImportFromShareableHandleV2(&fabric, ACL_MEM_SHARE_HANDLE_TYPE_FABRIC, 0, &handle)}
 * (flags and share type swap places between the two; hardware-lessons section 10), no peer-access
 * setup (hw-native-sys/simpler commit acc1e5ee9). Tried first by {@code auto}: an export answering
 * {@code ACL_ERROR_RT_FEATURE_NOT_SUPPORT} (207000, an A2 part), or a CANN without the V2 calls,
 * throws {@link NotSupported} before anything is published, and the caller falls back to
 * {@link VmmWindows}; any other answer means the part supports Fabric.
 */
final class FabricWindows extends ShareableWindows {
    static final String NAME = "fabric";
    private static final List<String> V2 = List.of("aclrtMemExportToShareableHandleV2",
        "aclrtMemImportFromShareableHandleV2");

    /** This part (or this CANN) has no Fabric V2 handles; nothing of the group's exchange has begun. */
    static final class NotSupported extends CommException {
        private static final long serialVersionUID = 1L;

        NotSupported(final String detail) {
            super(Stage.ALLOC, HcclBackend.NAME, detail);
        }

        NotSupported(final int code, final String symbol, final String detail) {
            super(Stage.ALLOC, HcclBackend.NAME, code, symbol, detail);
        }
    }

    FabricWindows(final int rank) {
        super(rank, NAME, WindowAnnounce.KIND_FABRIC, acl_h.ACL_HBM_MEM_HUGE());
    }

    /** The V2 calls are checked in {@link #export}: their absence means "not supported", not an error. */
    @Override
    List<String> functions() {
        return List.of();
    }

    @Override
    byte[] export(final long physicalHandle) {
        for (final String f : V2) {
            if (!NativeLibraries.isAvailable(f)) {
                throw new NotSupported("this CANN does not export " + f + ": no Fabric V2 handles");
            }
        }
        try (Arena call = Arena.ofConfined()) {
            final MemorySegment out = aclrtMemFabricHandle.allocate(call).fill((byte) 0);
            final int rc = acl_h.aclrtMemExportToShareableHandleV2(MemorySegment.ofAddress(physicalHandle),
                acl_h.ACL_RT_VMM_EXPORT_FLAG_DISABLE_PID_VALIDATION(), acl_h.ACL_MEM_SHARE_HANDLE_TYPE_FABRIC(), out);
            final String what = "aclrtMemExportToShareableHandleV2(own window, DISABLE_PID_VALIDATION, FABRIC)";
            if (rc == AclError.RT_FEATURE_NOT_SUPPORT.code()) {
                throw new NotSupported(rc, AclError.RT_FEATURE_NOT_SUPPORT.symbol(), what + " returned "
                    + AclError.RT_FEATURE_NOT_SUPPORT.symbol() + "(" + rc + "): this part has no Fabric V2 handles"
                    + NativeChecks.recentAclMessage());
            }
            NativeChecks.acl(rc, Stage.ALLOC, what);
            return out.toArray(ValueLayout.JAVA_BYTE);
        }
    }

    @Override
    boolean needsPeerAccess() {
        return false;
    }

    @Override
    long importHandle(final WindowAnnounce peer, final int device) {
        try (Arena call = Arena.ofConfined()) {
            final MemorySegment fabric = aclrtMemFabricHandle.allocate(call);
            MemorySegment.copy(MemorySegment.ofArray(peer.handle()), 0, fabric, 0, WindowAnnounce.HANDLE_BYTES);
            final MemorySegment out = call.allocate(ValueLayout.ADDRESS);
            NativeChecks.acl(acl_h.aclrtMemImportFromShareableHandleV2(fabric, acl_h.ACL_MEM_SHARE_HANDLE_TYPE_FABRIC(),
                0L, out), Stage.ALLOC, "aclrtMemImportFromShareableHandleV2(rank " + peer.rank() + "'s window, pid "
                + peer.pid() + ", FABRIC)");
            return out.get(ValueLayout.ADDRESS, 0).address();
        }
    }
}
