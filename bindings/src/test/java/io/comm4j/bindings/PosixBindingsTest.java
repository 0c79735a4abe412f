package io.comm4j.bindings;

import io.comm4j.bindings.abi.BuildPaths;
import io.comm4j.bindings.abi.Gcc;
import io.comm4j.bindings.posix.posix_shm_h;
import io.comm4j.bindings.posix.stat;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static org.assertj.core.api.Assertions.assertThat;

class PosixBindingsTest {

    @Test
    void shouldDescribeLinuxX8664WithTheNumbersOfTheGeneratedShapeClasses() {
        final PosixPlatform p = PosixPlatform.LINUX_X86_64;
        assertThat(p.oRdwr()).isEqualTo(posix_shm_h.O_RDWR());
        assertThat(p.oCreat()).isEqualTo(posix_shm_h.O_CREAT());
        assertThat(p.oExcl()).isEqualTo(posix_shm_h.O_EXCL());
        assertThat(p.mapPopulate()).isEqualTo(posix_shm_h.MAP_POPULATE());
        assertThat(PosixPlatform.PROT_READ).isEqualTo(posix_shm_h.PROT_READ());
        assertThat(PosixPlatform.PROT_WRITE).isEqualTo(posix_shm_h.PROT_WRITE());
        assertThat(PosixPlatform.MAP_SHARED).isEqualTo(posix_shm_h.MAP_SHARED());
        assertThat(p.statSize()).isEqualTo(stat.sizeof()).isEqualTo(144);
        assertThat(p.statModeOffset()).isEqualTo(stat.layout().byteOffset(groupElement("st_mode"))).isEqualTo(stat.st_mode$offset());
        assertThat(p.statUidOffset()).isEqualTo(stat.layout().byteOffset(groupElement("st_uid"))).isEqualTo(stat.st_uid$offset());
        assertThat(p.statSizeOffset()).isEqualTo(stat.layout().byteOffset(groupElement("st_size"))).isEqualTo(stat.st_size$offset());
    }

    @Test
    void shouldStandInForMapFailedWithTheValueGccGivesIt() throws IOException {
        final Path dir = Files.createDirectories(BuildPaths.nativeDir().resolve("abi"));
        final Path source = dir.resolve("map-failed.c");
        final Path binary = dir.resolve("map-failed");
        Files.writeString(source, """
            #include <stdint.h>
            #include <stdio.h>
            #include <sys/mman.h>
            int main(void) { printf("%jd\\n", (intmax_t) (intptr_t) MAP_FAILED); return 0; }
            """);
        Gcc.run(List.of("-std=gnu11", "-Wall", "-Werror", "-o", binary.toString(), source.toString()));
        assertThat(PosixPlatform.MAP_FAILED.address())
            .as("PosixPlatform.MAP_FAILED against gcc's (intptr_t) MAP_FAILED")
            .isEqualTo(Long.parseLong(Gcc.runProgram(binary).strip()));
    }

    @Test
    void shouldDetectThePlatformsItKnows() {
        assertThat(PosixPlatform.detect("linux", "amd64")).contains(PosixPlatform.LINUX_X86_64);
        assertThat(PosixPlatform.detect("linux", "aarch64")).contains(PosixPlatform.LINUX_AARCH64);
        assertThat(PosixPlatform.detect("mac os x", "aarch64")).contains(PosixPlatform.MACOS_ARM64);
        assertThat(PosixPlatform.detect("mac os x", "x86_64")).contains(PosixPlatform.MACOS_X86_64);
        assertThat(PosixPlatform.detect("windows 11", "amd64")).isEmpty();
        assertThat(PosixPlatform.MACOS_ARM64.shmOpenVariadic()).as("macOS declares shm_open(name, oflag, ...)").isTrue();
        assertThat(PosixPlatform.MACOS_ARM64.shmNameMax()).as("PSHMNAMLEN").isEqualTo(31);
        assertThat(PosixPlatform.MACOS_ARM64.hasPosixFallocate()).isFalse();
    }

    @Test
    void shouldCaptureErrnoOfAFailedCall() {
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment state = PosixErrno.allocateCapturedState(arena);
            final int fd = PosixErrno.shm_open(state, arena.allocateFrom("/comm4j-test-does-not-exist"),
                posix_shm_h.O_RDWR(), 0600);
            assertThat(fd).isEqualTo(-1);
            assertThat(PosixErrno.errno(state)).isEqualTo(posix_shm_h.ENOENT());
            assertThat(PosixErrno.errnoName(PosixErrno.errno(state))).isEqualTo("ENOENT");
            assertThat(PosixErrno.strerror(posix_shm_h.ENOENT())).isEqualTo("No such file or directory");
        }
    }

    @Test
    void shouldCreateSizeMapAndRemoveASegment() {
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment state = PosixErrno.allocateCapturedState(arena);
            final MemorySegment name = arena.allocateFrom("/comm4j-bindings-test-" + ProcessHandle.current().pid());
            final PosixPlatform p = PosixPlatform.require();
            final int fd = PosixErrno.shm_open(state, name, p.oRdwr() | p.oCreat() | p.oExcl(), 0600);
            assertThat(fd).as("shm_open errno %d", PosixErrno.errno(state)).isGreaterThanOrEqualTo(0);
            try {
                assertThat(posix_shm_h.posix_fallocate(fd, 0, 8192)).isZero();
                final MemorySegment st = arena.allocate(p.statSize(), 8);
                assertThat(PosixErrno.fstat(state, fd, st)).isZero();
                assertThat(stat.st_size(st)).isEqualTo(8192);
                assertThat(stat.st_mode(st) & 0777).isEqualTo(0600);
                assertThat(stat.st_uid(st)).isEqualTo(posix_shm_h.getuid());
                final MemorySegment addr = PosixErrno.mmap(state, MemorySegment.NULL, 8192,
                    PosixPlatform.PROT_READ | PosixPlatform.PROT_WRITE, PosixPlatform.MAP_SHARED, fd, 0);
                assertThat(addr.address()).isNotEqualTo(PosixPlatform.MAP_FAILED.address());
                addr.reinterpret(8192).set(java.lang.foreign.ValueLayout.JAVA_LONG, 8184, 7L);
                assertThat(PosixErrno.munmap(state, addr, 8192)).isZero();
            } finally {
                assertThat(PosixErrno.close(state, fd)).isZero();
                assertThat(PosixErrno.shm_unlink(state, name)).isZero();
            }
        }
    }
}
