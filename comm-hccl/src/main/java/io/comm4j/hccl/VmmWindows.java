package io.comm4j.hccl;

import io.comm4j.Stage;
import io.comm4j.bindings.acl.acl_h;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;

/**
 * The default window provider: VMM physical memory ({@code ACL_HBM_MEM_NORMAL}) shared as a uint64
 * shareable handle, {@code aclrtMemExportToShareableHandle(handle, ACL_MEM_HANDLE_TYPE_NONE,
 * ACL_RT_VMM_EXPORT_FLAG_DISABLE_PID_VALIDATION, &shareable)} (no PID whitelist step), imported with
 * {@code aclrtMemImportFromShareableHandle(shareable, our logical device, &handle)}, with peer access
 * enabled for every peer first. The path the original runtime's maintainers verified on 910B2C
 * (PCIe) boxes (hw-native-sys/simpler commit 3b3215289; hardware-lessons section 4). The sequence
 * and the release order are {@link ShareableWindows}'s.
 */
final class VmmWindows extends ShareableWindows {
    static final String NAME = "vmm";

    VmmWindows(final int rank) {
        super(rank, NAME, WindowAnnounce.KIND_VMM, acl_h.ACL_HBM_MEM_NORMAL());
    }

    @Override
    List<String> functions() {
        return List.of("aclrtMemExportToShareableHandle", "aclrtMemImportFromShareableHandle",
            "aclrtDeviceEnablePeerAccess", "aclrtDevicePeerAccessStatus");
    }

    @Override
    byte[] export(final long physicalHandle) {
        try (Arena call = Arena.ofConfined()) {
            final MemorySegment out = call.allocate(ValueLayout.JAVA_LONG);
            NativeChecks.acl(acl_h.aclrtMemExportToShareableHandle(MemorySegment.ofAddress(physicalHandle),
                acl_h.ACL_MEM_HANDLE_TYPE_NONE(), acl_h.ACL_RT_VMM_EXPORT_FLAG_DISABLE_PID_VALIDATION(), out),
                Stage.ALLOC, "aclrtMemExportToShareableHandle(own window, DISABLE_PID_VALIDATION)");
            return WindowAnnounce.vmmHandle(out.get(ValueLayout.JAVA_LONG, 0));
        }
    }

    @Override
    boolean needsPeerAccess() {
        return true;
    }

    @Override
    long importHandle(final WindowAnnounce peer, final int device) {
        try (Arena call = Arena.ofConfined()) {
            final MemorySegment out = call.allocate(ValueLayout.ADDRESS);
            NativeChecks.acl(acl_h.aclrtMemImportFromShareableHandle(peer.shareable(), device, out), Stage.ALLOC,
                "aclrtMemImportFromShareableHandle(rank " + peer.rank() + "'s window, pid " + peer.pid()
                    + ", logical device " + device + ")");
            return out.get(ValueLayout.ADDRESS, 0).address();
        }
    }
}
