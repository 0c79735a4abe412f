package io.comm4j.collective;

import io.comm4j.CommException;
import io.comm4j.Stage;
import io.comm4j.bindings.PosixErrno;
import io.comm4j.bindings.posix.iovec;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Reads bytes straight out of another rank's process, with Linux cross-memory attach
 * ({@code process_vm_readv}, through the generated bindings): one kernel copy from the peer's own
 * buffer into this rank's, instead of the peer copying into its window and this rank copying out.
 * This is what MPI's shared-memory transport does for large messages.
 *
 * <p>Whether it may be used is a property of the pair of processes (same user, ptrace permission:
 * under Yama {@code ptrace_scope >= 1} siblings may not read each other), so a group learns it once,
 * together: {@link #probe} reads a peer's slot header through the peer's own address and compares it
 * with what the shared window shows, which proves both the permission and that the pid in the header
 * is the process that owns that window (not one of another pid namespace). comm4j does not widen
 * ptrace permission ({@code PR_SET_PTRACER_ANY} would let every process of the user attach); where
 * the probe fails the collectives keep their staged path.
 *
 * <p>One instance per {@link WindowGroup}; the native scratch (two {@code iovec}s and the errno
 * capture) is allocated once, so a read allocates nothing. Not thread-safe.
 */
final class SingleCopy {
    /** {@code -Dio.comm4j.collective.singleCopy=false} keeps this rank on the staged path (measurements, tests). */
    static final String ENABLE_PROPERTY = "io.comm4j.collective.singleCopy";
    private static final boolean ENABLED = !"false".equalsIgnoreCase(System.getProperty(ENABLE_PROPERTY));
    /** Whether this process can call process_vm_readv at all; decided on first use. */
    private static volatile Boolean linked;

    private final String backend;
    private final MemorySegment local;
    private final MemorySegment remote;
    private final MemorySegment errno;
    private final MemorySegment probeScratch;

    SingleCopy(final String backend) {
        this.backend = backend;
        final Arena arena = Arena.ofAuto();
        this.local = iovec.allocate(arena);
        this.remote = iovec.allocate(arena);
        this.errno = PosixErrno.allocateCapturedState(arena);
        this.probeScratch = arena.allocate(SlotLayout.HEADER_BYTES);
    }

    /** Whether this rank offers the single-copy path: not switched off, and the call links here. */
    static boolean usable() {
        if (!ENABLED) {
            return false;
        }
        Boolean l = linked;
        if (l == null) {
            l = link();
            linked = l;
        }
        return l;
    }

    private static boolean link() {
        if (iovec.iov_base$layout().byteSize() != Long.BYTES) {
            return false; // transfer() stores pointers as 64-bit words
        }
        try (Arena arena = Arena.ofConfined()) {
            // a zero-length read of this very process: links the symbol, touches no memory
            final MemorySegment iov = iovec.allocate(arena);
            PosixErrno.process_vm_readv(PosixErrno.allocateCapturedState(arena), (int) ProcessHandle.current().pid(),
                iov, 0, iov, 0, 0);
            return true;
        } catch (final RuntimeException | LinkageError e) {
            return false; // not Linux, or no such symbol in this libc
        }
    }

    /** This process's id, as the header publishes it. */
    static int selfPid() {
        return (int) ProcessHandle.current().pid();
    }

    /**
     * Whether {@code bytes} bytes at {@code remoteAddress} in process {@code pid} read back equal to
     * {@code expected} (the same bytes as this process sees them in shared memory; at most 64).
     */
    boolean probe(final int pid, final long remoteAddress, final MemorySegment expected) {
        final long bytes = expected.byteSize();
        if (transfer(pid, remoteAddress, probeScratch.address(), bytes) != bytes) {
            return false;
        }
        return probeScratch.asSlice(0, bytes).mismatch(expected) < 0;
    }

    /**
     * Copies {@code bytes} bytes from {@code remoteAddress} in process {@code pid} to
     * {@code dst[dstOffset..]} (native), completing partial reads.
     *
     * @throws CommException at {@link Stage#BARRIER} naming the errno when the kernel refuses
     */
    void read(final int pid, final int peerRank, final long remoteAddress, final MemorySegment dst,
              final long dstOffset, final long bytes) {
        final long base = dst.asSlice(dstOffset, bytes).address();
        long done = 0;
        while (done < bytes) {
            final long n = transfer(pid, remoteAddress + done, base + done, bytes - done);
            if (n < 0) {
                final int code = (int) -n;
                throw new CommException(Stage.BARRIER, backend, code, PosixErrno.errnoName(code),
                    "process_vm_readv of " + (bytes - done) + " bytes from rank " + peerRank + " (pid " + pid
                        + ") failed: " + PosixErrno.errnoName(code) + "(" + code + ") " + PosixErrno.strerror(code));
            }
            if (n == 0) {
                throw new CommException(Stage.BARRIER, backend, "process_vm_readv from rank " + peerRank + " (pid "
                    + pid + ") read nothing with " + (bytes - done) + " bytes left: its buffer ends early");
            }
            done += n;
        }
    }

    /** One process_vm_readv; the bytes read, or minus the errno. */
    private long transfer(final int pid, final long remoteAddress, final long localAddress, final long bytes) {
        // the pointers stored as 64-bit words (Linux LP64, the only place this call exists): no
        // MemorySegment per address, so a read allocates nothing
        local.set(ValueLayout.JAVA_LONG, iovec.iov_base$offset(), localAddress);
        iovec.iov_len(local, bytes);
        remote.set(ValueLayout.JAVA_LONG, iovec.iov_base$offset(), remoteAddress);
        iovec.iov_len(remote, bytes);
        final long n = PosixErrno.process_vm_readv(errno, pid, local, 1, remote, 1, 0);
        return n >= 0 ? n : -PosixErrno.errno(errno);
    }
}
