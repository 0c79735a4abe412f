package io.comm4j.hccl;

import io.comm4j.CommException;
import io.comm4j.bindings.NativeLibraries;
import io.comm4j.bindings.acl.acl_h;

import java.lang.foreign.MemorySegment;

/**
 * Child process of {@link AclRuntimeTest}: one ACL ownership scenario against the fake CANN,
 * printing {@code KEY value} lines. Scenarios: {@code app-owned}, {@code comm4j-owned},
 * {@code bad-device}.
 */
public final class AclRuntimeMain {
    private AclRuntimeMain() {
    }

    public static void main(final String[] args) {
        NativeLibraries.requireCann();
        switch (args[0]) {
            case "app-owned" -> {
                System.out.println("APP_INIT " + acl_h.aclInit(MemorySegment.NULL));
                System.out.println("APP_SET " + acl_h.aclrtSetDevice(0));
                try (AclRuntime.Lease lease = AclRuntime.ensureReady(0)) {
                    System.out.println("LEASE " + lease.deviceId());
                    System.out.println("BROUGHT_UP " + AclRuntime.broughtUpByComm4j());
                }
                // comm4j undid its own aclrtSetDevice and left ACL up: the application's one reset
                // brings the device count back to 0 and its own finalize succeeds
                System.out.println("APP_RESET " + acl_h.aclrtResetDevice(0));
                System.out.println("APP_FINALIZE " + acl_h.aclFinalize());
            }
            case "comm4j-owned" -> {
                final AclRuntime.Lease first = AclRuntime.ensureReady(1);
                final AclRuntime.Lease second = AclRuntime.ensureReady(1);
                System.out.println("BROUGHT_UP " + AclRuntime.broughtUpByComm4j());
                first.close();
                first.close(); // idempotent
                try (AclStream stream = AclStream.create()) {
                    System.out.println("STREAM_AFTER_FIRST_RELEASE " + (stream.handle().address() != 0 ? "ok" : "null"));
                }
                second.close();
                // the last release finalized: a second finalize is a repeat
                System.out.println("FINALIZE_AFTER_LAST " + acl_h.aclFinalize());
            }
            case "bad-device" -> {
                try {
                    AclRuntime.ensureReady(99);
                    System.out.println("ENSURE ok");
                } catch (final CommException e) {
                    System.out.println("ENSURE " + e.stage() + " " + e.nativeCode().orElse(-1));
                }
                System.out.println("FINALIZE_AFTER_FAILURE " + acl_h.aclFinalize());
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.out.flush();
        System.exit(0);
    }
}
