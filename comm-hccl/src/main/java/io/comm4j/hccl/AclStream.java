package io.comm4j.hccl;

import io.comm4j.CommException;
import io.comm4j.Stage;
import io.comm4j.bindings.acl.acl_h;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * An ACL stream comm4j created and destroys: for callers of the low-level path who want one, and
 * for the convenience path, which owns one per communicator. Needs ACL ready on the calling thread
 * ({@link AclRuntime#ensureReady}). Not thread-safe.
 *
 * <p>Teardown is best effort and never throws ({@link #close()}): a stream that {@code HcclBarrier}
 * used fails {@code aclrtSynchronizeStream} with 507018 and, as the original runtime observed on
 * hardware, {@code aclrtDestroyStream} with 507901 (hardware-lessons section 6; the cause is not
 * established, the failure is). The original's stream teardown ({@code DeviceRunner}'s, in
 * {@code device_runner.cpp}) synchronises, destroys, logs a failure and returns success: "leaking a
 * stream at teardown is strictly better than failing the teardown itself, which would block device
 * finalization". comm4j does the same.
 */
public final class AclStream implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(AclStream.class);
    private final MemorySegment handle;
    private boolean closed;

    private AclStream(final MemorySegment handle) {
        this.handle = handle;
    }

    /**
     * {@code aclrtCreateStream}.
     *
     * @throws CommException at {@link Stage#STREAM} with ACL's code
     */
    public static AclStream create() {
        HcclBackend.requireCann();
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment out = arena.allocate(ValueLayout.ADDRESS);
            NativeChecks.acl(acl_h.aclrtCreateStream(out), Stage.STREAM, "aclrtCreateStream");
            final MemorySegment stream = out.get(ValueLayout.ADDRESS, 0);
            if (stream.equals(MemorySegment.NULL)) {
                throw new CommException(Stage.STREAM, HcclBackend.NAME,
                    "aclrtCreateStream succeeded but returned a NULL stream");
            }
            return new AclStream(stream);
        }
    }

    /** The stream, as passed to {@code CommConfig.withStream}. */
    public MemorySegment handle() {
        if (closed) {
            throw new IllegalStateException("stream was destroyed");
        }
        return handle;
    }

    /**
     * Best-effort teardown: {@code aclrtSynchronizeStream}, then {@code aclrtDestroyStream}; a
     * failure of either is logged with its code (a warning: 507018 and 507901 after HcclBarrier
     * are expected on hardware) and teardown goes on. Never throws. Idempotent.
     *
     * @return whether both calls succeeded
     */
    public boolean destroy() {
        if (closed) {
            return true;
        }
        closed = true;
        final int sync = acl_h.aclrtSynchronizeStream(handle);
        if (sync != AclError.SUCCESS.code()) {
            LOG.warn("aclrtSynchronizeStream before destroying stream 0x{} returned {}({}); destroying it anyway{}",
                Long.toHexString(handle.address()), AclError.of(sync).symbol(), sync, NativeChecks.recentAclMessage());
        }
        final int destroy = acl_h.aclrtDestroyStream(handle);
        if (destroy != AclError.SUCCESS.code()) {
            LOG.warn("aclrtDestroyStream(0x{}) returned {}({}); leaving the stream to the runtime and going on "
                    + "(a stream HcclBarrier used is refused on hardware: hardware-lessons section 6){}",
                Long.toHexString(handle.address()), AclError.of(destroy).symbol(), destroy, NativeChecks.recentAclMessage());
        }
        return sync == AclError.SUCCESS.code() && destroy == AclError.SUCCESS.code();
    }

    /** {@link #destroy()}: best effort, never throws. */
    @Override
    public void close() {
        destroy();
    }
}
