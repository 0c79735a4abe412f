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
    public static final PosixPlatform LINUX_X86_64 = new Builder("linux-x86_64")
        .oRdwr(2).oCreat(0100).oExcl(0200).mapPopulate(0x8000)
        .shmNameMax(255).shmOpenVariadic(false).hasPosixFallocate(true)
        .statSize(144).statModeOffset(24).statModeIs16Bit(false).statUidOffset(28).statSizeOffset(48)
        .fstatSymbol("fstat")
        .build();
    /** glibc on aarch64: the flags of x86-64, the asm-generic struct stat. */
    public static final PosixPlatform LINUX_AARCH64 = new Builder(LINUX_X86_64).name("linux-aarch64")
        .statSize(128).statModeOffset(16).statUidOffset(24)
        .build();
    /** macOS on arm64 (64-bit inode struct stat, variadic shm_open, PSHMNAMLEN 31, no posix_fallocate). */
    public static final PosixPlatform MACOS_ARM64 = new Builder("macos-arm64")
        .oRdwr(2).oCreat(0x200).oExcl(0x800).mapPopulate(0)
        .shmNameMax(31).shmOpenVariadic(true).hasPosixFallocate(false)
        .statSize(144).statModeOffset(4).statModeIs16Bit(true).statUidOffset(16).statSizeOffset(96)
        .fstatSymbol("fstat")
        .build();
    /** macOS on x86-64: as arm64, but the 64-bit-inode fstat is exported as {@code fstat$INODE64}. */
    public static final PosixPlatform MACOS_X86_64 = new Builder(MACOS_ARM64).name("macos-x86_64")
        .fstatSymbol("fstat$INODE64")
        .build();

    /**
     * Builds a row field by field, so each number stands next to its name; {@link #build()} refuses
     * a row with a field never set. Starting from another row copies it, so a row that differs in a
     * few facts says only those.
     */
    private static final class Builder {
        private String name;
        private Integer oRdwr;
        private Integer oCreat;
        private Integer oExcl;
        private Integer mapPopulate;
        private Integer shmNameMax;
        private Boolean shmOpenVariadic;
        private Boolean hasPosixFallocate;
        private Long statSize;
        private Long statModeOffset;
        private Boolean statModeIs16Bit;
        private Long statUidOffset;
        private Long statSizeOffset;
        private String fstatSymbol;

        Builder(final String name) {
            this.name = name;
        }

        Builder(final PosixPlatform from) {
            name = from.name;
            oRdwr = from.oRdwr;
            oCreat = from.oCreat;
            oExcl = from.oExcl;
            mapPopulate = from.mapPopulate;
            shmNameMax = from.shmNameMax;
            shmOpenVariadic = from.shmOpenVariadic;
            hasPosixFallocate = from.hasPosixFallocate;
            statSize = from.statSize;
            statModeOffset = from.statModeOffset;
            statModeIs16Bit = from.statModeIs16Bit;
            statUidOffset = from.statUidOffset;
            statSizeOffset = from.statSizeOffset;
            fstatSymbol = from.fstatSymbol;
        }

        Builder name(final String value) {
            name = value;
            return this;
        }

        Builder oRdwr(final int value) {
            oRdwr = value;
            return this;
        }

        Builder oCreat(final int value) {
            oCreat = value;
            return this;
        }

        Builder oExcl(final int value) {
            oExcl = value;
            return this;
        }

        Builder mapPopulate(final int value) {
            mapPopulate = value;
            return this;
        }

        Builder shmNameMax(final int value) {
            shmNameMax = value;
            return this;
        }

        Builder shmOpenVariadic(final boolean value) {
            shmOpenVariadic = value;
            return this;
        }

        Builder hasPosixFallocate(final boolean value) {
            hasPosixFallocate = value;
            return this;
        }

        Builder statSize(final long value) {
            statSize = value;
            return this;
        }

        Builder statModeOffset(final long value) {
            statModeOffset = value;
            return this;
        }

        Builder statModeIs16Bit(final boolean value) {
            statModeIs16Bit = value;
            return this;
        }

        Builder statUidOffset(final long value) {
            statUidOffset = value;
            return this;
        }

        Builder statSizeOffset(final long value) {
            statSizeOffset = value;
            return this;
        }

        Builder fstatSymbol(final String value) {
            fstatSymbol = value;
            return this;
        }

        PosixPlatform build() {
            return new PosixPlatform(name, set(oRdwr, "oRdwr"), set(oCreat, "oCreat"), set(oExcl, "oExcl"),
                set(mapPopulate, "mapPopulate"), set(shmNameMax, "shmNameMax"),
                set(shmOpenVariadic, "shmOpenVariadic"), set(hasPosixFallocate, "hasPosixFallocate"),
                set(statSize, "statSize"), set(statModeOffset, "statModeOffset"),
                set(statModeIs16Bit, "statModeIs16Bit"), set(statUidOffset, "statUidOffset"),
                set(statSizeOffset, "statSizeOffset"), set(fstatSymbol, "fstatSymbol"));
        }

        private <T> T set(final T value, final String field) {
            if (value == null) {
                throw new IllegalStateException("platform row " + name + " leaves " + field + " unset");
            }
            return value;
        }
    }

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
