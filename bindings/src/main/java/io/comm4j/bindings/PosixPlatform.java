package io.comm4j.bindings;

import io.comm4j.bindings.posix.posix_shm_h;
import io.comm4j.bindings.posix.stat;

import java.lang.foreign.MemorySegment;
import java.util.Locale;
import java.util.Optional;

/**
 * The platform facts the POSIX shared-memory calls depend on and that differ between systems: flag
 * values, {@code struct stat} offsets, the shm name limit, whether {@code shm_open} is variadic and
 * whether {@code posix_fallocate} exists. Written by hand (not jextract output).
 *
 * <p>The linux-x86_64 numbers equal those of {@link posix_shm_h} and {@link stat}, which the gcc ABI
 * oracle checks; a unit test holds this class to them. linux-aarch64 uses the generic
 * {@code struct stat} of the kernel's asm-generic ABI; macOS uses the 64-bit-inode {@code struct
 * stat} of Darwin (st_mode is 16 bits there). Unknown platforms report {@link #unsupportedReason()}.
 *
 * @param name              a label such as {@code linux-x86_64}
 * @param oRdwr             {@code O_RDWR}
 * @param oCreat            {@code O_CREAT}
 * @param oExcl             {@code O_EXCL}
 * @param mapPopulate       {@code MAP_POPULATE}, or 0 where mmap cannot pre-fault (then callers touch pages)
 * @param shmNameMax        the longest shm name accepted, leading slash included
 * @param shmOpenVariadic   whether {@code shm_open} is declared {@code (const char *, int, ...)}
 * @param hasPosixFallocate whether {@code posix_fallocate} exists (it reserves tmpfs memory up front)
 * @param statSize          {@code sizeof(struct stat)}
 * @param statModeOffset    {@code offsetof(struct stat, st_mode)}
 * @param statModeIs16Bit   whether {@code st_mode} is a 16-bit field
 * @param statUidOffset     {@code offsetof(struct stat, st_uid)}
 * @param statSizeOffset    {@code offsetof(struct stat, st_size)}
 * @param fstatSymbol       the symbol that implements {@code fstat} with this {@code struct stat}
 */
public record PosixPlatform(String name, int oRdwr, int oCreat, int oExcl, int mapPopulate, int shmNameMax,
                            boolean shmOpenVariadic, boolean hasPosixFallocate, long statSize,
                            long statModeOffset, boolean statModeIs16Bit, long statUidOffset,
                            long statSizeOffset, String fstatSymbol) {

    /** {@code PROT_READ}, the same on every supported platform. */
    public static final int PROT_READ = 1;
    /** {@code PROT_WRITE}, the same on every supported platform. */
    public static final int PROT_WRITE = 2;
    /** {@code MAP_SHARED}, the same on every supported platform. */
    public static final int MAP_SHARED = 1;

    /** glibc on x86-64 (the numbers of {@link posix_shm_h} and {@link stat}). */
    public static final PosixPlatform LINUX_X86_64 = new PosixPlatform("linux-x86_64", 2, 0100, 0200, 0x8000,
        255, false, true, 144, 24, false, 28, 48, "fstat");
    /** glibc on aarch64 (asm-generic struct stat). */
    public static final PosixPlatform LINUX_AARCH64 = new PosixPlatform("linux-aarch64", 2, 0100, 0200, 0x8000,
        255, false, true, 128, 16, false, 24, 48, "fstat");
    /** macOS on arm64 (64-bit inode struct stat, variadic shm_open, PSHMNAMLEN 31, no posix_fallocate). */
    public static final PosixPlatform MACOS_ARM64 = new PosixPlatform("macos-arm64", 2, 0x200, 0x800, 0,
        31, true, false, 144, 4, true, 16, 96, "fstat");
    /** macOS on x86-64: as arm64, but the 64-bit-inode fstat is exported as {@code fstat$INODE64}. */
    public static final PosixPlatform MACOS_X86_64 = new PosixPlatform("macos-x86_64", 2, 0x200, 0x800, 0,
        31, true, false, 144, 4, true, 16, 96, "fstat$INODE64");

    private static final String OS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    private static final String ARCH = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    private static final Optional<PosixPlatform> CURRENT = detect(OS, ARCH);

    static Optional<PosixPlatform> detect(final String os, final String arch) {
        final boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
        final boolean arm64 = arch.equals("aarch64") || arch.equals("arm64");
        if (os.startsWith("linux")) {
            return x64 ? Optional.of(LINUX_X86_64) : arm64 ? Optional.of(LINUX_AARCH64) : Optional.empty();
        }
        if (os.startsWith("mac")) {
            return x64 ? Optional.of(MACOS_X86_64) : arm64 ? Optional.of(MACOS_ARM64) : Optional.empty();
        }
        return Optional.empty();
    }

    /** This machine's platform, or empty when it is not one of the above. */
    public static Optional<PosixPlatform> current() {
        return CURRENT;
    }

    /**
     * This machine's platform.
     *
     * @throws UnsupportedOperationException naming the OS and architecture when there is none
     */
    public static PosixPlatform require() {
        return CURRENT.orElseThrow(() -> new UnsupportedOperationException(unsupportedReason().orElseThrow()));
    }

    /** Why the POSIX shm bindings cannot run here, or empty when they can. */
    public static Optional<String> unsupportedReason() {
        return CURRENT.isPresent() ? Optional.empty() : Optional.of("POSIX shared memory bindings know Linux"
            + " (x86_64, aarch64) and macOS (x86_64, arm64), not os.name=" + OS + " os.arch=" + ARCH);
    }

    /** {@code S_IFMT}: the file-type bits of st_mode; the rest ({@code 07777}) are permissions. */
    public static final int S_IFMT = 0170000;

    /**
     * {@code MAP_FAILED}, what {@code mmap} returns on failure: {@code ((void *) -1)} on every
     * supported platform. Here because jextract emits no constant for a macro whose value is a
     * pointer of a built-in type; a test holds it to the C compiler's value.
     */
    public static final MemorySegment MAP_FAILED = MemorySegment.ofAddress(-1L);
}
