// Written by hand in the layout jextract 25 emits for headers/posix_shm.h on linux-x86_64
// (glibc 2.36); scripts/jextract.sh regenerates it where jextract is installed. Constants are the
// glibc values for Linux; other platforms need their own generation (see PosixPlatform).

package io.comm4j.bindings.posix;

import java.lang.invoke.*;
import java.lang.foreign.*;
import java.nio.ByteOrder;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

import static java.lang.foreign.ValueLayout.*;
import static java.lang.foreign.MemoryLayout.PathElement.*;

/**
 * Functions, typedefs and constants of {@code posix_shm.h} (libc). These downcalls do not capture
 * {@code errno}; {@link PosixErrno} holds the errno-capturing handles the sim backend uses.
 */
public class posix_shm_h extends posix_shm_h$shared {

    posix_shm_h() {
        // Should not be called directly
    }

    static final Arena LIBRARY_ARENA = Arena.ofAuto();

    // glibc >= 2.34 has shm_open in libc (the default lookup); older glibc keeps it in librt.so.1.
    static final SymbolLookup SYMBOL_LOOKUP = SymbolLookup.loaderLookup()
            .or(Linker.nativeLinker().defaultLookup())
            .or(PosixPlatform.optionalLibrary("librt.so.1", LIBRARY_ARENA));

    static MemorySegment findOrThrow(String symbol) {
        return SYMBOL_LOOKUP.find(symbol)
            .orElseThrow(() -> new UnsatisfiedLinkError("unresolved symbol: " + symbol));
    }

    /**
     * {@snippet lang=c :
     * typedef unsigned int mode_t
     * }
     */
    public static final OfInt mode_t = posix_shm_h.C_INT;
    /**
     * {@snippet lang=c :
     * typedef long off_t
     * }
     */
    public static final OfLong off_t = posix_shm_h.C_LONG;
    /**
     * {@snippet lang=c :
     * typedef unsigned long size_t
     * }
     */
    public static final OfLong size_t = posix_shm_h.C_LONG;
    /**
     * {@snippet lang=c :
     * typedef unsigned int uid_t
     * }
     */
    public static final OfInt uid_t = posix_shm_h.C_INT;

    private static final int O_RDONLY = (int)0L;

    /**
     * {@snippet lang=c :
     * #define O_RDONLY 0
     * }
     */
    public static int O_RDONLY() {
        return O_RDONLY;
    }

    private static final int O_RDWR = (int)2L;

    /**
     * {@snippet lang=c :
     * #define O_RDWR 2
     * }
     */
    public static int O_RDWR() {
        return O_RDWR;
    }

    private static final int O_CREAT = (int)64L;

    /**
     * {@snippet lang=c :
     * #define O_CREAT 64
     * }
     */
    public static int O_CREAT() {
        return O_CREAT;
    }

    private static final int O_EXCL = (int)128L;

    /**
     * {@snippet lang=c :
     * #define O_EXCL 128
     * }
     */
    public static int O_EXCL() {
        return O_EXCL;
    }

    private static final int PROT_READ = (int)1L;

    /**
     * {@snippet lang=c :
     * #define PROT_READ 1
     * }
     */
    public static int PROT_READ() {
        return PROT_READ;
    }

    private static final int PROT_WRITE = (int)2L;

    /**
     * {@snippet lang=c :
     * #define PROT_WRITE 2
     * }
     */
    public static int PROT_WRITE() {
        return PROT_WRITE;
    }

    private static final int MAP_SHARED = (int)1L;

    /**
     * {@snippet lang=c :
     * #define MAP_SHARED 1
     * }
     */
    public static int MAP_SHARED() {
        return MAP_SHARED;
    }

    private static final int MAP_POPULATE = (int)32768L;

    /**
     * {@snippet lang=c :
     * #define MAP_POPULATE 32768
     * }
     */
    public static int MAP_POPULATE() {
        return MAP_POPULATE;
    }

    private static final int EPERM = (int)1L;

    /**
     * {@snippet lang=c :
     * #define EPERM 1
     * }
     */
    public static int EPERM() {
        return EPERM;
    }

    private static final int ENOENT = (int)2L;

    /**
     * {@snippet lang=c :
     * #define ENOENT 2
     * }
     */
    public static int ENOENT() {
        return ENOENT;
    }

    private static final int EINTR = (int)4L;

    /**
     * {@snippet lang=c :
     * #define EINTR 4
     * }
     */
    public static int EINTR() {
        return EINTR;
    }

    private static final int EBADF = (int)9L;

    /**
     * {@snippet lang=c :
     * #define EBADF 9
     * }
     */
    public static int EBADF() {
        return EBADF;
    }

    private static final int ENOMEM = (int)12L;

    /**
     * {@snippet lang=c :
     * #define ENOMEM 12
     * }
     */
    public static int ENOMEM() {
        return ENOMEM;
    }

    private static final int EACCES = (int)13L;

    /**
     * {@snippet lang=c :
     * #define EACCES 13
     * }
     */
    public static int EACCES() {
        return EACCES;
    }

    private static final int EEXIST = (int)17L;

    /**
     * {@snippet lang=c :
     * #define EEXIST 17
     * }
     */
    public static int EEXIST() {
        return EEXIST;
    }

    private static final int ENODEV = (int)19L;

    /**
     * {@snippet lang=c :
     * #define ENODEV 19
     * }
     */
    public static int ENODEV() {
        return ENODEV;
    }

    private static final int EINVAL = (int)22L;

    /**
     * {@snippet lang=c :
     * #define EINVAL 22
     * }
     */
    public static int EINVAL() {
        return EINVAL;
    }

    private static final int ENFILE = (int)23L;

    /**
     * {@snippet lang=c :
     * #define ENFILE 23
     * }
     */
    public static int ENFILE() {
        return ENFILE;
    }

    private static final int EMFILE = (int)24L;

    /**
     * {@snippet lang=c :
     * #define EMFILE 24
     * }
     */
    public static int EMFILE() {
        return EMFILE;
    }

    private static final int EFBIG = (int)27L;

    /**
     * {@snippet lang=c :
     * #define EFBIG 27
     * }
     */
    public static int EFBIG() {
        return EFBIG;
    }

    private static final int ENOSPC = (int)28L;

    /**
     * {@snippet lang=c :
     * #define ENOSPC 28
     * }
     */
    public static int ENOSPC() {
        return ENOSPC;
    }

    private static final int ENAMETOOLONG = (int)36L;

    /**
     * {@snippet lang=c :
     * #define ENAMETOOLONG 36
     * }
     */
    public static int ENAMETOOLONG() {
        return ENAMETOOLONG;
    }

    private static final int EOVERFLOW = (int)75L;

    /**
     * {@snippet lang=c :
     * #define EOVERFLOW 75
     * }
     */
    public static int EOVERFLOW() {
        return EOVERFLOW;
    }

    private static final int EOPNOTSUPP = (int)95L;

    /**
     * {@snippet lang=c :
     * #define EOPNOTSUPP 95
     * }
     */
    public static int EOPNOTSUPP() {
        return EOPNOTSUPP;
    }

    private static final MemorySegment MAP_FAILED = MemorySegment.ofAddress(-1L);

    /**
     * {@snippet lang=c :
     * #define MAP_FAILED (void *) -1
     * }
     */
    public static MemorySegment MAP_FAILED() {
        return MAP_FAILED;
    }

    private static class shm_open {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            posix_shm_h.C_INT,
            posix_shm_h.C_POINTER,
            posix_shm_h.C_INT,
            posix_shm_h.C_INT
        );

        public static final MemorySegment ADDR = posix_shm_h.findOrThrow("shm_open");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int shm_open(const char *name, int oflag, mode_t mode)
     * }
     */
    public static FunctionDescriptor shm_open$descriptor() {
        return shm_open.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int shm_open(const char *name, int oflag, mode_t mode)
     * }
     */
    public static MethodHandle shm_open$handle() {
        return shm_open.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int shm_open(const char *name, int oflag, mode_t mode)
     * }
     */
    public static MemorySegment shm_open$address() {
        return shm_open.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int shm_open(const char *name, int oflag, mode_t mode)
     * }
     */
    public static int shm_open(MemorySegment name, int oflag, int mode) {
        var mh$ = shm_open.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("shm_open", name, oflag, mode);
            }
            return (int)mh$.invokeExact(name, oflag, mode);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class shm_unlink {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            posix_shm_h.C_INT,
            posix_shm_h.C_POINTER
        );

        public static final MemorySegment ADDR = posix_shm_h.findOrThrow("shm_unlink");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int shm_unlink(const char *name)
     * }
     */
    public static FunctionDescriptor shm_unlink$descriptor() {
        return shm_unlink.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int shm_unlink(const char *name)
     * }
     */
    public static MethodHandle shm_unlink$handle() {
        return shm_unlink.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int shm_unlink(const char *name)
     * }
     */
    public static MemorySegment shm_unlink$address() {
        return shm_unlink.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int shm_unlink(const char *name)
     * }
     */
    public static int shm_unlink(MemorySegment name) {
        var mh$ = shm_unlink.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("shm_unlink", name);
            }
            return (int)mh$.invokeExact(name);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class posix_fallocate {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            posix_shm_h.C_INT,
            posix_shm_h.C_INT,
            posix_shm_h.C_LONG,
            posix_shm_h.C_LONG
        );

        public static final MemorySegment ADDR = posix_shm_h.findOrThrow("posix_fallocate");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int posix_fallocate(int fd, off_t offset, off_t len)
     * }
     */
    public static FunctionDescriptor posix_fallocate$descriptor() {
        return posix_fallocate.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int posix_fallocate(int fd, off_t offset, off_t len)
     * }
     */
    public static MethodHandle posix_fallocate$handle() {
        return posix_fallocate.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int posix_fallocate(int fd, off_t offset, off_t len)
     * }
     */
    public static MemorySegment posix_fallocate$address() {
        return posix_fallocate.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int posix_fallocate(int fd, off_t offset, off_t len)
     * }
     */
    public static int posix_fallocate(int fd, long offset, long len) {
        var mh$ = posix_fallocate.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("posix_fallocate", fd, offset, len);
            }
            return (int)mh$.invokeExact(fd, offset, len);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ftruncate {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            posix_shm_h.C_INT,
            posix_shm_h.C_INT,
            posix_shm_h.C_LONG
        );

        public static final MemorySegment ADDR = posix_shm_h.findOrThrow("ftruncate");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int ftruncate(int fd, off_t length)
     * }
     */
    public static FunctionDescriptor ftruncate$descriptor() {
        return ftruncate.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int ftruncate(int fd, off_t length)
     * }
     */
    public static MethodHandle ftruncate$handle() {
        return ftruncate.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int ftruncate(int fd, off_t length)
     * }
     */
    public static MemorySegment ftruncate$address() {
        return ftruncate.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int ftruncate(int fd, off_t length)
     * }
     */
    public static int ftruncate(int fd, long length) {
        var mh$ = ftruncate.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("ftruncate", fd, length);
            }
            return (int)mh$.invokeExact(fd, length);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mmap {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            posix_shm_h.C_POINTER,
            posix_shm_h.C_POINTER,
            posix_shm_h.C_LONG,
            posix_shm_h.C_INT,
            posix_shm_h.C_INT,
            posix_shm_h.C_INT,
            posix_shm_h.C_LONG
        );

        public static final MemorySegment ADDR = posix_shm_h.findOrThrow("mmap");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset)
     * }
     */
    public static FunctionDescriptor mmap$descriptor() {
        return mmap.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset)
     * }
     */
    public static MethodHandle mmap$handle() {
        return mmap.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset)
     * }
     */
    public static MemorySegment mmap$address() {
        return mmap.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset)
     * }
     */
    public static MemorySegment mmap(MemorySegment addr, long length, int prot, int flags, int fd, long offset) {
        var mh$ = mmap.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("mmap", addr, length, prot, flags, fd, offset);
            }
            return (MemorySegment)mh$.invokeExact(addr, length, prot, flags, fd, offset);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class munmap {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            posix_shm_h.C_INT,
            posix_shm_h.C_POINTER,
            posix_shm_h.C_LONG
        );

        public static final MemorySegment ADDR = posix_shm_h.findOrThrow("munmap");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int munmap(void *addr, size_t length)
     * }
     */
    public static FunctionDescriptor munmap$descriptor() {
        return munmap.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int munmap(void *addr, size_t length)
     * }
     */
    public static MethodHandle munmap$handle() {
        return munmap.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int munmap(void *addr, size_t length)
     * }
     */
    public static MemorySegment munmap$address() {
        return munmap.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int munmap(void *addr, size_t length)
     * }
     */
    public static int munmap(MemorySegment addr, long length) {
        var mh$ = munmap.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("munmap", addr, length);
            }
            return (int)mh$.invokeExact(addr, length);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class close {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            posix_shm_h.C_INT,
            posix_shm_h.C_INT
        );

        public static final MemorySegment ADDR = posix_shm_h.findOrThrow("close");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int close(int fd)
     * }
     */
    public static FunctionDescriptor close$descriptor() {
        return close.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int close(int fd)
     * }
     */
    public static MethodHandle close$handle() {
        return close.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int close(int fd)
     * }
     */
    public static MemorySegment close$address() {
        return close.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int close(int fd)
     * }
     */
    public static int close(int fd) {
        var mh$ = close.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("close", fd);
            }
            return (int)mh$.invokeExact(fd);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fstat {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            posix_shm_h.C_INT,
            posix_shm_h.C_INT,
            posix_shm_h.C_POINTER
        );

        public static final MemorySegment ADDR = posix_shm_h.findOrThrow("fstat");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int fstat(int fd, struct stat *statbuf)
     * }
     */
    public static FunctionDescriptor fstat$descriptor() {
        return fstat.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int fstat(int fd, struct stat *statbuf)
     * }
     */
    public static MethodHandle fstat$handle() {
        return fstat.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int fstat(int fd, struct stat *statbuf)
     * }
     */
    public static MemorySegment fstat$address() {
        return fstat.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int fstat(int fd, struct stat *statbuf)
     * }
     */
    public static int fstat(int fd, MemorySegment statbuf) {
        var mh$ = fstat.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fstat", fd, statbuf);
            }
            return (int)mh$.invokeExact(fd, statbuf);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fchmod {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            posix_shm_h.C_INT,
            posix_shm_h.C_INT,
            posix_shm_h.C_INT
        );

        public static final MemorySegment ADDR = posix_shm_h.findOrThrow("fchmod");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int fchmod(int fd, mode_t mode)
     * }
     */
    public static FunctionDescriptor fchmod$descriptor() {
        return fchmod.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int fchmod(int fd, mode_t mode)
     * }
     */
    public static MethodHandle fchmod$handle() {
        return fchmod.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int fchmod(int fd, mode_t mode)
     * }
     */
    public static MemorySegment fchmod$address() {
        return fchmod.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int fchmod(int fd, mode_t mode)
     * }
     */
    public static int fchmod(int fd, int mode) {
        var mh$ = fchmod.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fchmod", fd, mode);
            }
            return (int)mh$.invokeExact(fd, mode);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class getuid {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            posix_shm_h.C_INT
        );

        public static final MemorySegment ADDR = posix_shm_h.findOrThrow("getuid");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * uid_t getuid(void)
     * }
     */
    public static FunctionDescriptor getuid$descriptor() {
        return getuid.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * uid_t getuid(void)
     * }
     */
    public static MethodHandle getuid$handle() {
        return getuid.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * uid_t getuid(void)
     * }
     */
    public static MemorySegment getuid$address() {
        return getuid.ADDR;
    }

    /**
     * {@snippet lang=c :
     * uid_t getuid(void)
     * }
     */
    public static int getuid() {
        var mh$ = getuid.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("getuid");
            }
            return (int)mh$.invokeExact();
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class strerror {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            posix_shm_h.C_POINTER,
            posix_shm_h.C_INT
        );

        public static final MemorySegment ADDR = posix_shm_h.findOrThrow("strerror");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * char *strerror(int errnum)
     * }
     */
    public static FunctionDescriptor strerror$descriptor() {
        return strerror.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * char *strerror(int errnum)
     * }
     */
    public static MethodHandle strerror$handle() {
        return strerror.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * char *strerror(int errnum)
     * }
     */
    public static MemorySegment strerror$address() {
        return strerror.ADDR;
    }

    /**
     * {@snippet lang=c :
     * char *strerror(int errnum)
     * }
     */
    public static MemorySegment strerror(int errnum) {
        var mh$ = strerror.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("strerror", errnum);
            }
            return (MemorySegment)mh$.invokeExact(errnum);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

}
