package io.comm4j.hccl;

import io.comm4j.CommException;
import io.comm4j.Stage;
import io.comm4j.bindings.acl.acl_h;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.lang.foreign.MemorySegment;

/**
 * The ACL lifecycle owner of this process (contract section 3, "the runtime's DeviceRunner").
 *
 * <p>{@link #ensureReady(int)} runs {@code aclInit(NULL)} once per process, treating
 * {@code ACL_ERROR_REPEAT_INITIALIZE} (100002) as success, then {@code aclrtSetDevice(id)} on the
 * calling thread, and returns a {@link Lease}. comm4j remembers whether it was its own aclInit that
 * brought ACL up: only then does releasing the last lease run {@code aclrtResetDevice} and
 * {@code aclFinalize}. When the application had already initialised ACL, comm4j never resets a
 * device or finalizes ACL: the application stays its owner.
 *
 * <p>Thread-safe. ACL's current device is per thread: a thread other than the one that called
 * {@code ensureReady} must set the device itself before calling ACL.
 */
public final class AclRuntime {
    private static final Logger LOG = LogManager.getLogger(AclRuntime.class);
    private static final Object LOCK = new Object();

    private static int leases;          // guarded by LOCK
    private static boolean broughtUp;   // guarded by LOCK: our aclInit returned ACL_SUCCESS

    private AclRuntime() {
    }

    /**
     * Makes ACL usable on the calling thread with device {@code deviceId}.
     *
     * @return a lease; close it when done with the device
     * @throws CommException at {@link Stage#LOAD} without CANN, at {@link Stage#ACL_READY} when
     *                       aclInit or aclrtSetDevice fails (nothing brought up is left behind)
     */
    public static Lease ensureReady(final int deviceId) {
        if (deviceId < 0) {
            throw new CommException(Stage.ACL_READY, NativeChecks.BACKEND, "deviceId=" + deviceId
                + " is not a device: pass an NPU number >= 0");
        }
        HcclBackend.requireCann();
        synchronized (LOCK) {
            final boolean first = leases == 0;
            if (first) {
                final int rc = acl_h.aclInit(MemorySegment.NULL);
                if (rc == AclErrors.SUCCESS) {
                    broughtUp = true;
                } else if (rc == AclErrors.REPEAT_INITIALIZE) {
                    broughtUp = false;
                    LOG.debug("aclInit: ACL was already initialised by the application; comm4j will not finalize it");
                } else {
                    throw NativeChecks.aclFailure(rc, Stage.ACL_READY, "aclInit(NULL)");
                }
            }
            final int rc = acl_h.aclrtSetDevice(deviceId);
            if (rc != AclErrors.SUCCESS) {
                final CommException failure = NativeChecks.aclFailure(rc, Stage.ACL_READY,
                    "aclrtSetDevice(" + deviceId + ")");
                if (first && broughtUp) {
                    final int fin = acl_h.aclFinalize();
                    if (fin != AclErrors.SUCCESS) {
                        failure.addSuppressed(NativeChecks.aclFailure(fin, Stage.ACL_READY, "aclFinalize()"));
                    }
                    broughtUp = false;
                }
                throw failure;
            }
            leases++;
            return new Lease(deviceId);
        }
    }

    /** Whether comm4j's own aclInit brought ACL up in this process (and will finalize it). */
    public static boolean broughtUpByComm4j() {
        synchronized (LOCK) {
            return leases > 0 && broughtUp;
        }
    }

    /** One holder's use of ACL and a device; {@link #close()} releases it once. */
    public static final class Lease implements AutoCloseable {
        private final int deviceId;
        private boolean closed;

        private Lease(final int deviceId) {
            this.deviceId = deviceId;
        }

        /** The device this lease set. */
        public int deviceId() {
            return deviceId;
        }

        /**
         * Releases the lease. When comm4j brought ACL up: {@code aclrtResetDevice} for this lease's
         * device, and {@code aclFinalize} after the last lease. Idempotent.
         *
         * @throws CommException at {@link Stage#DESTROY} naming the first failing call
         */
        @Override
        public void close() {
            synchronized (LOCK) {
                if (closed) {
                    return;
                }
                closed = true;
                leases--;
                if (!broughtUp) {
                    return;
                }
                CommException failure = null;
                final int reset = acl_h.aclrtResetDevice(deviceId);
                if (reset != AclErrors.SUCCESS) {
                    failure = NativeChecks.aclFailure(reset, Stage.DESTROY, "aclrtResetDevice(" + deviceId + ")");
                }
                if (leases == 0) {
                    broughtUp = false;
                    final int fin = acl_h.aclFinalize();
                    if (fin != AclErrors.SUCCESS) {
                        final CommException f = NativeChecks.aclFailure(fin, Stage.DESTROY, "aclFinalize()");
                        if (failure == null) {
                            failure = f;
                        } else {
                            failure.addSuppressed(f);
                        }
                    }
                }
                if (failure != null) {
                    throw failure;
                }
            }
        }
    }
}
