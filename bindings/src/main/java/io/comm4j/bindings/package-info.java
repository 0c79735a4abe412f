/**
 * The hand-written part of the bindings: where CANN's libraries are found and how they are loaded
 * ({@link io.comm4j.bindings.NativeLibraries} and its report types), and what the generated posix
 * bindings cannot express ({@link io.comm4j.bindings.PosixErrno}, {@link
 * io.comm4j.bindings.PosixPlatform}, {@link io.comm4j.bindings.PosixLibraries}). The sub-packages
 * hold jextract's output for {@code headers/}, which never loads a library itself.
 */
package io.comm4j.bindings;
