package io.comm4j.hccl;

import io.comm4j.CommContext;
import io.comm4j.internal.FileRendezvous;
import io.comm4j.internal.Teardown;

/**
 * Where a communicator's windows come from, once allocated: one class per provider
 * ({@link Mc2Windows}, the MC2 private-layout path; {@link AclIpcWindows}, public ACL IPC calls;
 * the VMM and Fabric providers of the design are issue #12). A provider owns what it allocated,
 * including the device copy of the CommContext kernels read, and releases it in {@link #close}.
 * Peer addresses in its context are this process's own views (hardware-lessons section 1).
 */
sealed interface WindowProvider permits Mc2Windows, AclIpcWindows {
    /** "MESH", "RING" or "IPC". */
    String topology();

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
}
