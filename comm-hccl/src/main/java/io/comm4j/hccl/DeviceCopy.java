package io.comm4j.hccl;

import io.comm4j.CommContext;
import io.comm4j.CommException;
import io.comm4j.Stage;
import io.comm4j.bindings.acl.acl_h;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Checked {@code aclrtMemcpy} between host segments and device addresses, and the device memory a
 * provider's CommContext is copied to: every return code is looked at, and a failure names what was
 * being copied and from where.
 */
final class DeviceCopy {
    private DeviceCopy() {
    }

    /** Copies {@code host.byteSize()} bytes from device address {@code device} into {@code host}. */
    static void toHost(final MemorySegment host, final long device, final Stage stage, final String what) {
        if (device == 0) {
            throw new CommException(stage, HcclBackend.NAME, "cannot copy " + what + " to host: its device address is 0");
        }
        final int rc = acl_h.aclrtMemcpy(host, host.byteSize(), MemorySegment.ofAddress(device), host.byteSize(),
            acl_h.ACL_MEMCPY_DEVICE_TO_HOST());
        if (rc != AclError.SUCCESS.code()) {
            throw NativeChecks.aclFailure(rc, stage, "aclrtMemcpy(device-to-host, " + what + ", " + host.byteSize()
                + " bytes from 0x" + Long.toHexString(device) + ")");
        }
    }

    /** Copies {@code host} to device address {@code device}. */
    static void toDevice(final long device, final MemorySegment host, final Stage stage, final String what) {
        final int rc = acl_h.aclrtMemcpy(MemorySegment.ofAddress(device), host.byteSize(), host, host.byteSize(),
            acl_h.ACL_MEMCPY_HOST_TO_DEVICE());
        if (rc != AclError.SUCCESS.code()) {
            throw NativeChecks.aclFailure(rc, stage, "aclrtMemcpy(host-to-device, " + what + ", " + host.byteSize()
                + " bytes to 0x" + Long.toHexString(device) + ")");
        }
    }

    /**
     * {@code aclrtMalloc(HUGE_FIRST)} of {@link CommContext#BYTES}: where a provider puts the context
     * kernels read; the caller owns it and frees it with {@code aclrtFree}.
     *
     * @throws CommException at {@link Stage#ALLOC} for ACL's code or a NULL address
     */
    static long allocateContext() {
        try (Arena call = Arena.ofConfined()) {
            final MemorySegment out = call.allocate(ValueLayout.ADDRESS);
            NativeChecks.acl(acl_h.aclrtMalloc(out, CommContext.BYTES, acl_h.ACL_MEM_MALLOC_HUGE_FIRST()), Stage.ALLOC,
                "aclrtMalloc(" + CommContext.BYTES + " bytes for the CommContext)");
            final long address = out.get(ValueLayout.ADDRESS, 0).address();
            if (address == 0) {
                throw new CommException(Stage.ALLOC, HcclBackend.NAME, "aclrtMalloc returned NULL");
            }
            return address;
        }
    }
}
