package io.comm4j.hccl;

import io.comm4j.CommException;
import io.comm4j.Stage;
import io.comm4j.bindings.acl.acl_h;

import java.lang.foreign.MemorySegment;

/**
 * Checked {@code aclrtMemcpy} between host segments and device addresses: every return code is
 * looked at, and a failure names what was being copied and from where.
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
}
