/*
 * posix_shm.h - the libc calls of comm4j's sim backend: POSIX shared memory, file sizing, mapping;
 * and the single-copy read of another rank's memory the collectives use (Linux CMA).
 *
 * Source: POSIX.1-2017 and glibc 2.36's <sys/mman.h>, <fcntl.h>, <unistd.h>, <sys/stat.h>,
 * <string.h>, <sys/uio.h> (process_vm_readv: Linux 3.2, glibc 2.15, declared under _GNU_SOURCE).
 * Every prototype below is declared exactly as glibc declares it, so including the
 * system headers first makes gcc reject any drift (the bindings' ABI oracle compiles this file).
 * Checked against: glibc 2.36, gcc 12, x86-64 LP64 (Linux). jextract output is per platform:
 * io.comm4j.bindings.posix is what jextract generates from this header on linux-x86_64, with the
 * glibc macros and struct stat named in posix_shm.includes.
 *
 * Portability notes (why the Java side has hand-written errno/platform/librt classes in
 * io.comm4j.bindings next to the generated ones):
 *  - macOS declares shm_open as variadic: int shm_open(const char *name, int oflag, ...);
 *    the downcall must then use Linker.Option.firstVariadicArg(2) and pass mode as an int.
 *    On Linux (glibc) it is not variadic, as declared below.
 *  - macOS limits shm names to 31 characters (PSHMNAMLEN) and has no posix_fallocate;
 *    ftruncate is the only way to size a segment there.
 *  - Flag values (O_CREAT, O_EXCL, MAP_POPULATE...) and struct stat differ between platforms.
 *  - posix_fallocate returns an error number and does not set errno; the others set errno.
 *  - glibc < 2.34 keeps shm_open/shm_unlink in librt.so.1, not libc.
 */
#ifndef COMM4J_POSIX_SHM_H
#define COMM4J_POSIX_SHM_H

/* process_vm_readv is a GNU extension: without this <sys/uio.h> does not declare it (and gcc could
 * not compare the prototype below with glibc's). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include <sys/types.h>
#include <sys/uio.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>
#include <string.h>
#include <errno.h>

/* The scalar types of the prototypes, spelled out as glibc defines them on LP64 Linux. */
typedef unsigned int mode_t;
typedef long off_t;
typedef unsigned long size_t;
typedef unsigned int uid_t;
typedef int pid_t;
typedef long ssize_t;

/* Open (and with O_CREAT create) a shared memory object; returns a file descriptor or -1/errno. */
int shm_open(const char *name, int oflag, mode_t mode);

/* Remove a shared memory object's name; existing mappings and descriptors stay valid. */
int shm_unlink(const char *name);

/* Allocate backing store for [offset, offset+len); returns 0 or an error number (errno untouched). */
int posix_fallocate(int fd, off_t offset, off_t len);

/* Set a file's size; on tmpfs this does not reserve memory (touching it later may SIGBUS). */
int ftruncate(int fd, off_t length);

/* Map a file; returns the address or MAP_FAILED ((void *) -1) with errno. */
void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset);

/* Remove a mapping. */
int munmap(void *addr, size_t length);

/* Close a file descriptor. */
int close(int fd);

/* Owner, mode and size of an open file. */
int fstat(int fd, struct stat *statbuf);

/* Set an open file's permission bits (independent of the umask). */
int fchmod(int fd, mode_t mode);

/* The real user id of the calling process. */
uid_t getuid(void);

/* A description of an error number. */
char *strerror(int errnum);

/* Copy from another process's memory (remote_iov, addresses in that process) into this one's
 * (local_iov), in one kernel copy: Linux cross-memory attach. Needs ptrace-attach permission on pid
 * (same uid and, under Yama ptrace_scope >= 1, a ptracer relationship), else -1/EPERM; -1/ENOSYS on
 * kernels without it; -1/ESRCH when pid is gone; -1/EFAULT for a remote range not mapped there.
 * Returns the bytes read, which may be fewer than asked for (a partial read). flags must be 0. */
ssize_t process_vm_readv(pid_t pid, const struct iovec *local_iov, unsigned long liovcnt,
                         const struct iovec *remote_iov, unsigned long riovcnt, unsigned long flags);

#endif /* COMM4J_POSIX_SHM_H */
