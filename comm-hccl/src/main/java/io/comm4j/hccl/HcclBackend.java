package io.comm4j.hccl;

import io.comm4j.CommBackend;
import io.comm4j.CommConfig;
import io.comm4j.CommException;
import io.comm4j.Communicator;
import io.comm4j.Stage;
import io.comm4j.bindings.CannLoadReport;
import io.comm4j.bindings.NativeLibraries;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The {@code hccl} backend: communicators over Ascend NPUs through CANN's HCCL.
 *
 * <p><b>Two levels.</b>
 * <ul>
 *   <li><b>Low level</b> — the C contract. The caller has run {@code aclInit} and
 *       {@code aclrtSetDevice} on this thread and created a stream, and passes it in
 *       {@link CommConfig#withStream}. {@link #init} (or {@link HcclCommunicator#join}) never
 *       creates or destroys ACL, the device or the stream; closing the communicator leaves them
 *       to the caller. {@link AclRuntime} and {@link AclStream} are there for callers who want help.</li>
 *   <li><b>Convenience</b> — {@link #init} with no stream ({@code CommConfig.stream()} is NULL, as
 *       the backend-neutral CLI passes): comm4j brings ACL up on device {@code config.deviceId()}
 *       through {@link AclRuntime}, creates one stream, and releases both when the communicator
 *       closes (the stream best effort, see {@link AclStream}; its own aclrtSetDevice is reset;
 *       ACL is finalized only if comm4j's own aclInit brought it up). Without a device the rank
 *       takes its launcher's local rank, else its rank modulo the visible devices
 *       ({@link DeviceChoice}, logged at info), never device 0 for every rank. Failures are
 *       reported at {@link Stage#ACL_READY} and {@link Stage#STREAM}; nothing brought up is left
 *       behind.</li>
 * </ul>
 *
 * <p><b>Loading.</b> CANN's libraries are found by {@link NativeLibraries} (property
 * {@code comm4j.cann.libdir}, {@code ASCEND_HOME_PATH}, the system loader). Without them the
 * backend is listed, {@link #unavailableReason()} says where it looked, and {@link #init} fails at
 * {@link Stage#LOAD}. The CANN version is queried and logged once at load ({@link CannVersion}).
 *
 * <p><b>Windows.</b> By default ({@code auto}) physical device memory shared through public ACL
 * handles: Fabric V2 handles where the part supports them (A3), else VMM shareable handles;
 * {@code fabric}, {@code vmm} or {@code mc2} (HCCL's MC2 tiling: private layouts, version-locked,
 * known good on CANN 8.5, known bad on 9.0) when chosen with the CommConfig option
 * {@code hccl.windows} or {@code -Dcomm4j.hccl.windows}; a bad value fails at {@link Stage#INIT}
 * before anything is touched. Peer addresses are per process on every path. See
 * {@link HcclCommunicator} and docs/hccl.md.
 *
 * <p><b>Symbols.</b> The HCCL and libhcomm functions bind in one documented order, libhcomm first,
 * then libascendcl, then libhccl for what libhcomm lacks ({@code NativeLibraries.BINDING_ORDER},
 * called through {@code CommunicatorFunctions}).
 */
public final class HcclBackend implements CommBackend {
    /** The backend's name: what {@code --backend} and {@link CommException#backend()} say for HCCL. */
    public static final String NAME = "hccl";
    private static final Logger LOG = LogManager.getLogger(HcclBackend.class);
    private static volatile CannVersion version;

    /** For {@link ServiceLoader}. */
    public HcclBackend() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> unavailableReason() {
        try {
            return NativeLibraries.loadCann().failure().map(f -> "no CANN: " + f);
        } catch (final RuntimeException | LinkageError e) {
            return Optional.of("no CANN: loading it failed: " + e);
        }
    }

    /**
     * Joins the group: the low-level path when {@code config.stream()} is set, the convenience
     * path (comm4j owns ACL bring-up and one stream) when it is NULL. See the class description.
     */
    @Override
    public Communicator init(final CommConfig config) {
        WindowChoice.of(config); // a bad choice fails here, before ACL is brought up
        requireCann();
        if (!config.stream().equals(MemorySegment.NULL)) {
            return HcclCommunicator.join(config);
        }
        final List<AutoCloseable> owned = new ArrayList<>();
        final AclRuntime.Lease lease = config.deviceId() < 0 ? AclRuntime.ensureReady(DeviceChoice.of(config.rank()))
            : AclRuntime.ensureReady(config.deviceId());
        final int device = lease.deviceId();
        AclStream stream = null;
        try {
            stream = AclStream.create();
            owned.add(stream);
            owned.add(lease);
            return HcclCommunicator.join(config.withDevice(device).withStream(stream.handle()), owned);
        } catch (final RuntimeException e) {
            releaseQuietly(stream, e);
            releaseQuietly(lease, e);
            throw e;
        }
    }

    private static void releaseQuietly(final AutoCloseable resource, final RuntimeException primary) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (final Exception e) {
            primary.addSuppressed(e);
        }
    }

    /**
     * Loads CANN (once per JVM) and logs its version.
     *
     * @throws CommException at {@link Stage#LOAD} naming every place searched
     */
    static CannLoadReport requireCann() {
        final CannLoadReport report = NativeLibraries.loadCann();
        if (!report.isLoaded()) {
            throw new CommException(Stage.LOAD, NAME, "no CANN: " + report.failure().orElse("CANN is not loaded"));
        }
        if (version == null) {
            synchronized (HcclBackend.class) {
                if (version == null) {
                    version = CannVersion.query();
                    LOG.info("{} loaded from {}", version, report.libraries());
                }
            }
        }
        return report;
    }

    /** The CANN version found at load. */
    static CannVersion cannVersion() {
        requireCann();
        return version;
    }
}
