package io.comm4j.sim;

import io.comm4j.CommException;
import io.comm4j.Stage;
import io.comm4j.bindings.PosixErrno;
import io.comm4j.bindings.PosixPlatform;
import io.comm4j.bindings.posix.posix_shm_h;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The libc calls of the sim backend with their failures turned into {@link CommException}s that
 * quote the call, the errno name and {@code strerror}, e.g.
 * {@code posix_fallocate(/comm4j-…, 0, 1073745920) failed: ENOSPC(28) No space left on device}.
 * The only place in the backend that calls the bindings.
 */
final class Libc {
    private static final PosixPlatform PLATFORM = PosixPlatform.require();

    private Libc() {
    }

    /** The result of {@link #fstat}: what the sim backend checks of an open segment. */
    record FileStatus(int uid, int mode, long size) {
        int permissions() {
            return mode & 07777;
        }
    }

    /** A failed call: errno and the message to throw. */
    static CommException failure(final Stage stage, final String call, final int errno) {
        return new CommException(stage, SimBackend.NAME, errno, PosixErrno.errnoName(errno),
            call + " failed: " + PosixErrno.errnoName(errno) + "(" + errno + ") " + PosixErrno.strerror(errno));
    }

    /** The platform this backend runs on. */
    static PosixPlatform platform() {
        return PLATFORM;
    }

    /**
     * {@code shm_open(name, O_RDWR [| O_CREAT | O_EXCL], 0600)}.
     *
     * @return the descriptor, or -1 when the errno is {@code tolerated} (e.g. ENOENT, EEXIST)
     */
    static int shmOpen(final Stage stage, final String name, final boolean create, final int tolerated) {
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment state = PosixErrno.allocateCapturedState(arena);
            final int flags = PLATFORM.oRdwr() | (create ? PLATFORM.oCreat() | PLATFORM.oExcl() : 0);
            final int fd = PosixErrno.shm_open(state, arena.allocateFrom(name), flags, 0600);
            if (fd >= 0) {
                return fd;
            }
            final int errno = PosixErrno.errno(state);
            if (errno == tolerated) {
                return -1;
            }
            throw failure(stage, "shm_open(" + name + (create ? ", O_RDWR|O_CREAT|O_EXCL, 0600)" : ", O_RDWR)"), errno);
        }
    }

    /**
     * {@code shm_unlink(name)}.
     *
     * @return false when the name did not exist (ENOENT), true when it was removed
     */
    static boolean shmUnlink(final Stage stage, final String name) {
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment state = PosixErrno.allocateCapturedState(arena);
            if (PosixErrno.shm_unlink(state, arena.allocateFrom(name)) == 0) {
                return true;
            }
            final int errno = PosixErrno.errno(state);
            if (errno == posix_shm_h.ENOENT()) {
                return false;
            }
            throw failure(stage, "shm_unlink(" + name + ")", errno);
        }
    }

    /**
     * Gives {@code fd} {@code bytes} bytes of reserved backing store: {@code posix_fallocate} where it
     * exists (on tmpfs it allocates every page now, so running out of memory is an error here and
     * never a SIGBUS later), else {@code ftruncate} (macOS).
     */
    static void reserve(final Stage stage, final String name, final int fd, final long bytes) {
        if (PLATFORM.hasPosixFallocate()) {
            // posix_fallocate returns the error number and leaves errno alone; EINTR means "try again".
            int err;
            do {
                err = posix_shm_h.posix_fallocate(fd, 0L, bytes);
            } while (err == posix_shm_h.EINTR());
            if (err != 0) {
                throw failure(stage, "posix_fallocate(" + name + ", 0, " + bytes + ")", err);
            }
            return;
        }
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment state = PosixErrno.allocateCapturedState(arena);
            if (PosixErrno.ftruncate(state, fd, bytes) != 0) {
                throw failure(stage, "ftruncate(" + name + ", " + bytes + ")", PosixErrno.errno(state));
            }
        }
    }

    /** {@code fchmod(fd, mode)}. */
    static void fchmod(final Stage stage, final String name, final int fd, final int mode) {
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment state = PosixErrno.allocateCapturedState(arena);
            if (PosixErrno.fchmod(state, fd, mode) != 0) {
                throw failure(stage, "fchmod(" + name + ", 0" + Integer.toOctalString(mode) + ")", PosixErrno.errno(state));
            }
        }
    }

    /** {@code fstat(fd)}: owner, mode, size. */
    static FileStatus fstat(final Stage stage, final String name, final int fd) {
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment state = PosixErrno.allocateCapturedState(arena);
            final MemorySegment buf = arena.allocate(PLATFORM.statSize(), 8);
            if (PosixErrno.fstat(state, fd, buf) != 0) {
                throw failure(stage, "fstat(" + name + ")", PosixErrno.errno(state));
            }
            final int mode = PLATFORM.statModeIs16Bit()
                ? Short.toUnsignedInt(buf.get(ValueLayout.JAVA_SHORT, PLATFORM.statModeOffset()))
                : buf.get(ValueLayout.JAVA_INT, PLATFORM.statModeOffset());
            return new FileStatus(buf.get(ValueLayout.JAVA_INT, PLATFORM.statUidOffset()), mode,
                buf.get(ValueLayout.JAVA_LONG, PLATFORM.statSizeOffset()));
        }
    }

    /**
     * {@code mmap(NULL, bytes, PROT_READ|PROT_WRITE, MAP_SHARED [| MAP_POPULATE], fd, 0)}.
     *
     * @param populate pre-fault every page now (MAP_POPULATE where it exists; callers touch pages elsewhere)
     * @return the address (a zero-length segment)
     */
    static MemorySegment mmap(final Stage stage, final String name, final int fd, final long bytes,
                              final boolean populate) {
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment state = PosixErrno.allocateCapturedState(arena);
            final int flags = PosixPlatform.MAP_SHARED | (populate ? PLATFORM.mapPopulate() : 0);
            final MemorySegment address = PosixErrno.mmap(state, MemorySegment.NULL, bytes,
                PosixPlatform.PROT_READ | PosixPlatform.PROT_WRITE, flags, fd, 0L);
            if (address.address() == PosixPlatform.MAP_FAILED.address()) {
                throw failure(stage, "mmap(" + name + ", " + bytes + " bytes, MAP_SHARED)", PosixErrno.errno(state));
            }
            return address;
        }
    }

    /** {@code munmap(address, bytes)}. */
    static void munmap(final Stage stage, final String name, final long address, final long bytes) {
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment state = PosixErrno.allocateCapturedState(arena);
            if (PosixErrno.munmap(state, MemorySegment.ofAddress(address), bytes) != 0) {
                throw failure(stage, "munmap(" + name + ", 0x" + Long.toHexString(address) + ", " + bytes + ")",
                    PosixErrno.errno(state));
            }
        }
    }

    /** {@code close(fd)}. A close that fails has still released the descriptor (POSIX leaves it unspecified, Linux does). */
    static void close(final Stage stage, final String name, final int fd) {
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment state = PosixErrno.allocateCapturedState(arena);
            if (PosixErrno.close(state, fd) != 0) {
                throw failure(stage, "close(" + name + " fd " + fd + ")", PosixErrno.errno(state));
            }
        }
    }

    /** This process's real user id. */
    static int getuid() {
        return posix_shm_h.getuid();
    }
}
