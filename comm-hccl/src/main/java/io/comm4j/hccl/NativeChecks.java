package io.comm4j.hccl;

import io.comm4j.CommException;
import io.comm4j.Stage;
import io.comm4j.bindings.NativeLibraries;
import io.comm4j.bindings.acl.acl_h;

import java.lang.foreign.MemorySegment;

/**
 * Turns HCCL and ACL return codes into {@link CommException}s that name the stage, the call, the
 * code by name, what to check, and (for ACL) the runtime's own last message.
 */
final class NativeChecks {
    private NativeChecks() {
    }

    /** Throws when {@code rc} is not {@code HCCL_SUCCESS}. */
    static void hccl(final int rc, final Stage stage, final String call) {
        if (rc != HcclResult.SUCCESS.code()) {
            throw hcclFailure(rc, stage, call);
        }
    }

    static CommException hcclFailure(final int rc, final Stage stage, final String call) {
        return failure(HcclResult.of(rc), rc, stage, call);
    }

    /** Throws when {@code rc} is not {@code ACL_SUCCESS}. */
    static void acl(final int rc, final Stage stage, final String call) {
        if (rc != AclError.SUCCESS.code()) {
            throw aclFailure(rc, stage, call);
        }
    }

    static CommException aclFailure(final int rc, final Stage stage, final String call) {
        return failure(AclError.of(rc), rc, stage, call);
    }

    private static CommException failure(final NativeCode entry, final int rc, final Stage stage, final String call) {
        return new CommException(stage, HcclBackend.NAME, rc, entry.symbol(),
            NativeCode.describe(entry, rc, call) + recentAclMessage());
    }

    /** "; runtime says: ..." from aclGetRecentErrMsg, or empty. Never throws. */
    static String recentAclMessage() {
        try {
            if (!NativeLibraries.isAvailable("aclGetRecentErrMsg")) {
                return "";
            }
            final MemorySegment msg = acl_h.aclGetRecentErrMsg();
            if (msg == null || msg.equals(MemorySegment.NULL)) {
                return "";
            }
            // the binding sizes a returned char* as unbounded; read at most 4 KiB of it
            final String text = msg.asSlice(0, Math.min(msg.byteSize(), 4096)).getString(0);
            return text.isBlank() ? "" : "; runtime says: " + text.strip();
        } catch (final RuntimeException | Error e) {
            return "";
        }
    }
}
