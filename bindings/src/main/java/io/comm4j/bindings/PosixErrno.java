package io.comm4j.bindings;

import io.comm4j.bindings.posix.posix_shm_h;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.HashMap;
import java.util.Map;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;

/**
 * The calls of {@code posix_shm.h} that report failure through {@code errno}, linked with
 * {@link Linker.Option#captureCallState(String...) captureCallState("errno")} so the value is read
 * right after the call, before the JVM can overwrite it. Written by hand: jextract cannot emit that
 * linker option. The descriptors and addresses are those of the generated {@link posix_shm_h}
 * (after {@link PosixLibraries#load()}); only {@code shm_open} on macOS adds {@link
 * Linker.Option#firstVariadicArg(int) firstVariadicArg(2)} (variadic there), and {@code fstat} binds
 * the platform's symbol ({@link PosixPlatform#fstatSymbol()}).
 *
 * <p>Each method takes, first, a capture segment from {@link #allocateCapturedState} and returns
 * the C result unchanged; read {@link #errno(MemorySegment)} when the result says the call failed.
 * {@code posix_fallocate} is not here: it returns its error number and leaves errno alone, so
 * {@link posix_shm_h#posix_fallocate} is the binding to use.
 */
public final class PosixErrno {
    private PosixErrno() {
    }

    private static final StructLayout CAPTURE_LAYOUT = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CAPTURE_LAYOUT.varHandle(groupElement("errno"));
    private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");

    private static MethodHandle link(final MemorySegment address, final FunctionDescriptor desc,
                                     final Linker.Option... extra) {
        final Linker.Option[] options = new Linker.Option[extra.length + 1];
        options[0] = CAPTURE_ERRNO;
        System.arraycopy(extra, 0, options, 1, extra.length);
        return Linker.nativeLinker().downcallHandle(address, desc, options);
    }

    /** The layout of the capture segment. */
    public static MemoryLayout capturedStateLayout() {
        return CAPTURE_LAYOUT;
    }

    /** A capture segment for the calls of this class. */
    public static MemorySegment allocateCapturedState(final SegmentAllocator allocator) {
        return allocator.allocate(CAPTURE_LAYOUT);
    }

    /** The errno a call stored in {@code capturedState}. */
    public static int errno(final MemorySegment capturedState) {
        return (int) ERRNO.get(capturedState, 0L);
    }

    static {
        PosixLibraries.load();
    }

    private static final class shm_open {
        static final MethodHandle HANDLE = PosixPlatform.require().shmOpenVariadic()
            ? link(posix_shm_h.shm_open$address(), posix_shm_h.shm_open$descriptor(),
                Linker.Option.firstVariadicArg(2))
            : link(posix_shm_h.shm_open$address(), posix_shm_h.shm_open$descriptor());
    }

    private static final class shm_unlink {
        static final MethodHandle HANDLE = link(posix_shm_h.shm_unlink$address(), posix_shm_h.shm_unlink$descriptor());
    }

    private static final class ftruncate {
        static final MethodHandle HANDLE = link(posix_shm_h.ftruncate$address(), posix_shm_h.ftruncate$descriptor());
    }

    private static final class mmap {
        static final MethodHandle HANDLE = link(posix_shm_h.mmap$address(), posix_shm_h.mmap$descriptor());
    }

    private static final class munmap {
        static final MethodHandle HANDLE = link(posix_shm_h.munmap$address(), posix_shm_h.munmap$descriptor());
    }

    private static final class close {
        static final MethodHandle HANDLE = link(posix_shm_h.close$address(), posix_shm_h.close$descriptor());
    }

    private static final class fstat {
        static final MethodHandle HANDLE = link(PosixLibraries.findOrThrow(PosixPlatform.require().fstatSymbol()),
            posix_shm_h.fstat$descriptor());
    }

    private static final class fchmod {
        static final MethodHandle HANDLE = link(posix_shm_h.fchmod$address(), posix_shm_h.fchmod$descriptor());
    }

    /** Linux only: on other systems the symbol lookup of this holder fails on first use. */
    private static final class process_vm_readv {
        static final MethodHandle HANDLE = link(posix_shm_h.process_vm_readv$address(),
            posix_shm_h.process_vm_readv$descriptor());
    }

    /**
     * {@snippet lang=c :
     * int shm_open(const char *name, int oflag, mode_t mode)   // macOS: (const char *name, int oflag, ...)
     * }
     */
    public static int shm_open(final MemorySegment capturedState, final MemorySegment name, final int oflag,
                               final int mode) {
        try {
            return (int) shm_open.HANDLE.invokeExact(capturedState, name, oflag, mode);
        } catch (final Throwable t) {
            throw Downcalls.rethrow(t);
        }
    }

    /**
     * {@snippet lang=c :
     * int shm_unlink(const char *name)
     * }
     */
    public static int shm_unlink(final MemorySegment capturedState, final MemorySegment name) {
        try {
            return (int) shm_unlink.HANDLE.invokeExact(capturedState, name);
        } catch (final Throwable t) {
            throw Downcalls.rethrow(t);
        }
    }

    /**
     * {@snippet lang=c :
     * int ftruncate(int fd, off_t length)
     * }
     */
    public static int ftruncate(final MemorySegment capturedState, final int fd, final long length) {
        try {
            return (int) ftruncate.HANDLE.invokeExact(capturedState, fd, length);
        } catch (final Throwable t) {
            throw Downcalls.rethrow(t);
        }
    }

    /**
     * {@snippet lang=c :
     * void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset)
     * }
     */
    public static MemorySegment mmap(final MemorySegment capturedState, final MemorySegment addr, final long length,
                                     final int prot, final int flags, final int fd, final long offset) {
        try {
            return (MemorySegment) mmap.HANDLE.invokeExact(capturedState, addr, length, prot, flags, fd, offset);
        } catch (final Throwable t) {
            throw Downcalls.rethrow(t);
        }
    }

    /**
     * {@snippet lang=c :
     * int munmap(void *addr, size_t length)
     * }
     */
    public static int munmap(final MemorySegment capturedState, final MemorySegment addr, final long length) {
        try {
            return (int) munmap.HANDLE.invokeExact(capturedState, addr, length);
        } catch (final Throwable t) {
            throw Downcalls.rethrow(t);
        }
    }

    /**
     * {@snippet lang=c :
     * int close(int fd)
     * }
     */
    public static int close(final MemorySegment capturedState, final int fd) {
        try {
            return (int) close.HANDLE.invokeExact(capturedState, fd);
        } catch (final Throwable t) {
            throw Downcalls.rethrow(t);
        }
    }

    /**
     * {@snippet lang=c :
     * int fstat(int fd, struct stat *statbuf)
     * }
     * {@code statbuf} must hold {@link PosixPlatform#statSize()} bytes.
     */
    public static int fstat(final MemorySegment capturedState, final int fd, final MemorySegment statbuf) {
        try {
            return (int) fstat.HANDLE.invokeExact(capturedState, fd, statbuf);
        } catch (final Throwable t) {
            throw Downcalls.rethrow(t);
        }
    }

    /**
     * {@snippet lang=c :
     * int fchmod(int fd, mode_t mode)
     * }
     */
    public static int fchmod(final MemorySegment capturedState, final int fd, final int mode) {
        try {
            return (int) fchmod.HANDLE.invokeExact(capturedState, fd, mode);
        } catch (final Throwable t) {
            throw Downcalls.rethrow(t);
        }
    }

    /**
     * {@snippet lang=c :
     * ssize_t process_vm_readv(pid_t pid, const struct iovec *local_iov, unsigned long liovcnt,
     *                          const struct iovec *remote_iov, unsigned long riovcnt, unsigned long flags)
     * }
     * Linux only (cross-memory attach); elsewhere the first call throws (no such symbol), which
     * callers take as "not available".
     */
    public static long process_vm_readv(final MemorySegment capturedState, final int pid, final MemorySegment localIov,
                                        final long liovcnt, final MemorySegment remoteIov, final long riovcnt,
                                        final long flags) {
        try {
            return (long) process_vm_readv.HANDLE.invokeExact(capturedState, pid, localIov, liovcnt, remoteIov, riovcnt,
                flags);
        } catch (final Throwable t) {
            throw Downcalls.rethrow(t);
        }
    }

    // errno names for messages. The Linux numbers are the generated bindings' (headers/posix_shm.h, checked
    // against gcc); bindings are generated on Linux only, so macOS's numbers where they differ are written here.
    private static final Map<Integer, String> LINUX_NAMES = Map.ofEntries(
        Map.entry(posix_shm_h.EPERM(), "EPERM"), Map.entry(posix_shm_h.ENOENT(), "ENOENT"),
        Map.entry(posix_shm_h.ESRCH(), "ESRCH"), Map.entry(posix_shm_h.EINTR(), "EINTR"),
        Map.entry(posix_shm_h.EBADF(), "EBADF"), Map.entry(posix_shm_h.ENOMEM(), "ENOMEM"),
        Map.entry(posix_shm_h.EACCES(), "EACCES"), Map.entry(posix_shm_h.EFAULT(), "EFAULT"),
        Map.entry(posix_shm_h.EEXIST(), "EEXIST"), Map.entry(posix_shm_h.ENODEV(), "ENODEV"),
        Map.entry(posix_shm_h.EINVAL(), "EINVAL"), Map.entry(posix_shm_h.ENFILE(), "ENFILE"),
        Map.entry(posix_shm_h.EMFILE(), "EMFILE"), Map.entry(posix_shm_h.EFBIG(), "EFBIG"),
        Map.entry(posix_shm_h.ENOSPC(), "ENOSPC"), Map.entry(posix_shm_h.ENAMETOOLONG(), "ENAMETOOLONG"),
        Map.entry(posix_shm_h.ENOSYS(), "ENOSYS"), Map.entry(posix_shm_h.EOVERFLOW(), "EOVERFLOW"),
        Map.entry(posix_shm_h.EOPNOTSUPP(), "EOPNOTSUPP"));
    private static final Map<Integer, String> MACOS_NAMES = macosNames();

    private static Map<Integer, String> macosNames() {
        final Map<String, Integer> differs = Map.of("ENAMETOOLONG", 63, "EOVERFLOW", 84, "EOPNOTSUPP", 102, "ENOSYS", 78);
        final Map<Integer, String> names = new HashMap<>();
        LINUX_NAMES.forEach((number, name) -> names.put(differs.getOrDefault(name, number), name));
        return Map.copyOf(names);
    }

    /** The symbolic name of {@code errno} on this platform ({@code "ENOSPC"}), or {@code "errno"} when unknown. */
    public static String errnoName(final int errno) {
        final boolean mac = PosixPlatform.current().map(p -> p.name().startsWith("macos")).orElse(false);
        return (mac ? MACOS_NAMES : LINUX_NAMES).getOrDefault(errno, "errno");
    }

    /** libc's description of {@code errno} ({@code strerror}), or a placeholder when it gives none. */
    public static String strerror(final int errno) {
        final MemorySegment text = posix_shm_h.strerror(errno);
        if (text.equals(MemorySegment.NULL)) {
            return "unknown error " + errno;
        }
        return text.reinterpret(1024).getString(0);
    }
}
