package io.comm4j.hccl;

import io.comm4j.CommConfig;
import io.comm4j.CommContext;
import io.comm4j.internal.FileRendezvous;
import io.comm4j.internal.Teardown;
import org.apache.logging.log4j.LogManager;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Where a communicator's windows come from, once allocated: one class per provider
 * ({@link FabricWindows} and {@link VmmWindows}, physical memory shared through public ACL VMM
 * handles; {@link Mc2Windows}, the MC2 private-layout path). A provider owns what it allocated,
 * including the device copy of the CommContext kernels read, and releases it in {@link #close}.
 * Peer addresses in its context are this process's own views (hardware-lessons section 1).
 * {@link #allocate} picks the provider of a {@link WindowChoice}.
 */
sealed interface WindowProvider permits Mc2Windows, ShareableWindows {
    /** "MESH" or "RING" (mc2), "VMM" or "FABRIC". */
    String topology();

    /** The provider's name as {@link WindowChoice} spells it: "fabric", "vmm" or "mc2". */
    String name();

    /** The context kernels read; its device address is memory this provider owns. */
    CommContext context();

    /** Whether {@code windowsOut[0..n-1]} is filled (docs/contract.md section 2 says per provider). */
    boolean promisesWindowsOut();

    /**
     * Releases everything; every step runs, each failure is recorded in {@code teardown}.
     *
     * @param peersGone the destroy barrier failed: do not wait for peers again
     */
    void close(FileRendezvous rendezvous, boolean peersGone, Teardown teardown);

    /**
     * Allocates the windows with the provider {@code choice} names; {@code auto} tries Fabric and,
     * when the part has no Fabric V2 handles, says so in one info line and uses VMM. Collective.
     * A failure leaves nothing allocated.
     *
     * @param published run when this rank's exchange with its peers has begun (a VMM or Fabric
     *                  announcement): after that, a failed allocation cannot be retried
     * @throws io.comm4j.CommException at ALLOC (or WINDOW_SIZE for mc2)
     */
    static WindowProvider allocate(final WindowChoice choice, final CommConfig config, final MemorySegment comm,
                                   final FileRendezvous rendezvous, final long hint, final Arena arena,
                                   final Runnable published) {
        return switch (choice) {
            case MC2 -> Mc2Windows.allocate(config, comm, rendezvous, hint, arena);
            case VMM -> built(new VmmWindows(config.rank()), config, rendezvous, hint, arena, published);
            case FABRIC -> built(new FabricWindows(config.rank()), config, rendezvous, hint, arena, published);
            case AUTO -> {
                try {
                    yield built(new FabricWindows(config.rank()), config, rendezvous, hint, arena, published);
                } catch (final FabricWindows.NotSupported e) {
                    requireProbeReleased(e);
                    LogManager.getLogger(WindowProvider.class).info("rank {}: no Fabric V2 handles here ({}); "
                        + "using the vmm window provider", config.rank(), e.detail());
                    yield built(new VmmWindows(config.rank()), config, rendezvous, hint, arena, published);
                }
            }
        };
    }

    /**
     * The Fabric probe allocated and mapped a window before its export said "not supported"; a
     * failure releasing it is this allocation's failure, never swallowed by the fallback.
     */
    private static void requireProbeReleased(final FabricWindows.NotSupported notSupported) {
        final Throwable[] releaseFailures = notSupported.getSuppressed();
        if (releaseFailures.length > 0 && releaseFailures[0] instanceof RuntimeException first) {
            for (int i = 1; i < releaseFailures.length; i++) {
                first.addSuppressed(releaseFailures[i]);
            }
            first.addSuppressed(notSupported);
            throw first;
        }
    }

    private static ShareableWindows built(final ShareableWindows w, final CommConfig config,
                                          final FileRendezvous rendezvous, final long hint, final Arena arena,
                                          final Runnable published) {
        w.build(config, rendezvous, hint, arena, published);
        return w;
    }
}
