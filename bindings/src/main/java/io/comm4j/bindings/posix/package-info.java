/**
 * Bindings for {@code headers/posix_shm.h}: libc's POSIX shared memory, sizing and mapping calls.
 *
 * <p>{@code posix_shm_h}, {@code posix_shm_h$shared} and {@code stat} are written by hand in the
 * layout jextract emits on linux-x86_64 (no errno capture, Linux constants). {@link
 * io.comm4j.bindings.posix.PosixErrno} and {@link io.comm4j.bindings.posix.PosixPlatform} are
 * plainly hand-written: jextract cannot emit {@code Linker.Option.captureCallState("errno")}, and the
 * constants and {@code struct stat} offsets that differ between Linux and macOS are chosen there.
 */
package io.comm4j.bindings.posix;
