package io.comm4j.bindings;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Makes the libc functions of {@link io.comm4j.bindings.posix.posix_shm_h} resolvable where libc
 * alone does not export them: glibc before 2.34 keeps {@code shm_open} and {@code shm_unlink} in
 * {@code librt.so.1}. Written by hand because jextract cannot express "this library, only when the
 * default lookup lacks the symbol": its header class looks symbols up in the libraries of its class
 * loader, then in the default lookup (libc), and {@link #load()} puts librt among the former.
 *
 * <p>{@link PosixErrno} calls {@link #load()} before it binds anything; code that calls {@code
 * posix_shm_h.shm_open} directly calls it first. Once per JVM, idempotent, never throws: where librt
 * cannot be found the symbol lookup fails later, naming the symbol.
 */
public final class PosixLibraries {
    private PosixLibraries() {
    }

    /** The library that holds POSIX shared memory on glibc < 2.34. */
    static final String LIBRT = "librt.so.1";

    private static final Optional<Path> LOADED_LIBRT = loadLibrtIfNeeded();

    /**
     * Loads librt into the bindings' class loader when libc does not export {@code shm_open}.
     *
     * @return the librt file that was loaded, or empty when libc sufficed (or librt is not there)
     */
    public static Optional<Path> load() {
        return LOADED_LIBRT;
    }

    /**
     * The address of {@code symbol} as the posix bindings resolve it (class-loader libraries, then
     * libc): for a symbol such as macOS's {@code fstat$INODE64} that no binding names.
     *
     * @throws java.util.NoSuchElementException naming the symbol when it is not exported
     */
    public static MemorySegment findOrThrow(final String symbol) {
        load();
        return SymbolLookup.loaderLookup().or(Linker.nativeLinker().defaultLookup()).findOrThrow(symbol);
    }

    private static Optional<Path> loadLibrtIfNeeded() {
        if (Linker.nativeLinker().defaultLookup().find("shm_open").isPresent()) {
            return Optional.empty();
        }
        final Optional<Path> file = openedFile(LIBRT);
        file.ifPresent(path -> {
            try {
                System.load(path.toString());
            } catch (final UnsatisfiedLinkError | SecurityException ignored) {
                // shm_open then fails to resolve, naming itself; nothing better to report here.
            }
        });
        return file;
    }

    /**
     * Opens {@code soname} through the system loader ({@code dlopen}: {@code LD_LIBRARY_PATH}, the
     * ld.so cache, the default directories) and reads back from {@code /proc/self/maps} which file it
     * chose, because {@link System#load} takes an absolute path only. The mapping names the file
     * itself, not the link: {@code librt.so.1} is {@code librt-2.31.so} on glibc 2.31.
     */
    static Optional<Path> openedFile(final String soname) {
        try {
            SymbolLookup.libraryLookup(soname, Arena.global());
        } catch (final IllegalArgumentException | IllegalCallerException notThere) {
            return Optional.empty();
        }
        try (var lines = Files.lines(Path.of("/proc/self/maps"))) {
            return lines.filter(line -> line.indexOf('/') >= 0)
                .map(line -> Path.of(line.substring(line.indexOf('/'))))
                .filter(p -> p.getFileName() != null && isFileOf(soname, p.getFileName().toString()))
                .findFirst();
        } catch (final IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Whether a mapped file named {@code fileName} is the library {@code soname} ({@code libX.so.N}). */
    static boolean isFileOf(final String soname, final String fileName) {
        final int so = soname.indexOf(".so");
        final String stem = so < 0 ? soname : soname.substring(0, so);
        return fileName.equals(soname) || fileName.startsWith(stem + "-") && fileName.contains(".so");
    }
}
