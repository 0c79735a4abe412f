package io.comm4j.hccl;

import io.comm4j.CommException;
import io.comm4j.Stage;
import io.comm4j.bindings.acl.acl_h;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.function.IntSupplier;

/**
 * The ACL lifecycle owner of this process (contract section 3, "the runtime's DeviceRunner").
 *
 * <p>{@link #ensureReady(int)} runs {@code aclInit(NULL)} once per process, treating
 * {@code ACL_ERROR_REPEAT_INITIALIZE} (100002) as success, then {@code aclrtSetDevice(id)} on the
 * calling thread, and returns a {@link Lease}. Releasing a lease undoes exactly what taking it did:
 * its {@code aclrtSetDevice} gets its {@code aclrtResetDevice} (ACL counts device references, so the
 * application's own references stay), and {@code aclFinalize} runs after the last lease only when
 * comm4j's own aclInit brought ACL up. When the application had already initialised ACL (100002),
 * comm4j never finalizes it: the application stays its owner.
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
            throw new CommException(Stage.ACL_READY, HcclBackend.NAME, "deviceId=" + deviceId
                + " is not a device: pass an NPU number >= 0");
        }
        return ensureReady(visible -> deviceId);
    }

    /**
     * {@link #ensureReady(int)} on the device {@code choice} picks once ACL is initialised (it may
     * ask how many devices are visible).
     */
    static Lease ensureReady(final DeviceChoice choice) {
        return ensureReady(visible -> choice.resolve(visible));
    }

    /** Picks the device once aclInit ran; the argument answers aclrtGetDeviceCount. */
    private interface Picker {
        int pick(IntSupplier visibleDevices);
    }

    private static int visibleDevices() {
        try (Arena call = Arena.ofConfined()) {
            final MemorySegment count = call.allocate(ValueLayout.JAVA_INT);
            NativeChecks.acl(acl_h.aclrtGetDeviceCount(count), Stage.ACL_READY, "aclrtGetDeviceCount");
            return count.get(ValueLayout.JAVA_INT, 0);
        }
    }

    private static Lease ensureReady(final Picker picker) {
        HcclBackend.requireCann();
        synchronized (LOCK) {
            final boolean first = leases == 0;
            if (first) {
                final int rc = acl_h.aclInit(MemorySegment.NULL);
                if (rc == AclError.SUCCESS.code()) {
                    broughtUp = true;
                } else if (rc == AclError.REPEAT_INITIALIZE.code()) {
                    broughtUp = false;
                    LOG.debug("aclInit: ACL was already initialised by the application; comm4j will not finalize it");
                } else {
                    throw NativeChecks.aclFailure(rc, Stage.ACL_READY, "aclInit(NULL)");
                }
            }
            final int deviceId;
            try {
                deviceId = picker.pick(AclRuntime::visibleDevices);
            } catch (final RuntimeException e) {
                finalizeAfterFailedFirstLease(first, e);
                throw e;
            }
            final int rc = acl_h.aclrtSetDevice(deviceId);
            if (rc != AclError.SUCCESS.code()) {
                final CommException failure = NativeChecks.aclFailure(rc, Stage.ACL_READY,
                    "aclrtSetDevice(" + deviceId + ")");
                finalizeAfterFailedFirstLease(first, failure);
                throw failure;
            }
            leases++;
            return new Lease(deviceId);
        }
    }

    /** After the first lease failed: finalize the ACL our own aclInit just brought up. Under LOCK. */
    private static void finalizeAfterFailedFirstLease(final boolean first, final RuntimeException failure) {
        if (first && broughtUp) {
            final int fin = acl_h.aclFinalize();
            if (fin != AclError.SUCCESS.code()) {
                failure.addSuppressed(NativeChecks.aclFailure(fin, Stage.ACL_READY, "aclFinalize()"));
            }
            broughtUp = false;
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
         * Releases the lease: {@code aclrtResetDevice} for this lease's own {@code aclrtSetDevice},
         * and, when comm4j brought ACL up, {@code aclFinalize} after the last lease. Idempotent.
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
                CommException failure = null;
                final int reset = acl_h.aclrtResetDevice(deviceId);
                if (reset != AclError.SUCCESS.code()) {
                    failure = NativeChecks.aclFailure(reset, Stage.DESTROY, "aclrtResetDevice(" + deviceId + ")");
                }
                if (leases == 0 && broughtUp) {
                    broughtUp = false;
                    final int fin = acl_h.aclFinalize();
                    if (fin != AclError.SUCCESS.code()) {
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
