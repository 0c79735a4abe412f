package io.comm4j.hccl;

import io.comm4j.CommException;
import io.comm4j.Stage;
import io.comm4j.bindings.acl.acl_h;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * An ACL stream comm4j created and destroys: for callers of the low-level path who want one, and
 * for the convenience path, which owns one per communicator. Needs ACL ready on the calling thread
 * ({@link AclRuntime#ensureReady}). Not thread-safe.
 */
public final class AclStream implements AutoCloseable {
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
                throw new CommException(Stage.STREAM, NativeChecks.BACKEND,
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
     * {@code aclrtDestroyStream}. Idempotent.
     *
     * @throws CommException at {@link Stage#DESTROY} with ACL's code
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        NativeChecks.acl(acl_h.aclrtDestroyStream(handle), Stage.DESTROY, "aclrtDestroyStream");
    }
}
