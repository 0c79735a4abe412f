package io.comm4j.bindings;

import io.comm4j.bindings.posix.posix_shm_h;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PosixLibrariesTest {

    @Test
    void shouldMakeShmOpenResolvableThroughTheGeneratedBindings() {
        final Optional<Path> librt = PosixLibraries.load();
        assertThat(posix_shm_h.shm_open$address().address())
            .as("shm_open through posix_shm_h after PosixLibraries.load() (librt loaded: %s)", librt)
            .isNotZero();
        assertThat(posix_shm_h.shm_unlink$address().address()).as("shm_unlink").isNotZero();
    }

    @Test
    void shouldFindTheFileTheSystemLoaderChoseForLibrt() {
        // glibc >= 2.34 still ships librt.so.1 (empty, for old binaries), so this runs everywhere.
        final Optional<Path> file = PosixLibraries.openedFile(PosixLibraries.LIBRT);
        assertThat(file).as("librt.so.1 opened by dlopen and read back from /proc/self/maps").isPresent();
        assertThat(file.get()).as("an absolute path System.load accepts").isAbsolute();
        assertThat(Files.isRegularFile(file.get())).as("%s is a file", file.get()).isTrue();
    }

    @Test
    void shouldSayNothingWasOpenedForALibraryThatIsNotThere() {
        assertThat(PosixLibraries.openedFile("libcomm4j-no-such-library.so.9")).isEmpty();
    }

    @Test
    void shouldRecogniseALibraryByItsSonameOrByTheVersionedFileItLinksTo() {
        assertThat(PosixLibraries.isFileOf("librt.so.1", "librt.so.1")).as("glibc >= 2.34 file name").isTrue();
        assertThat(PosixLibraries.isFileOf("librt.so.1", "librt-2.31.so")).as("glibc 2.31 file name").isTrue();
        assertThat(PosixLibraries.isFileOf("librt.so.1", "libresolv.so.2")).as("another library").isFalse();
        assertThat(PosixLibraries.isFileOf("librt.so.1", "librtmp.so.1")).as("a library whose name starts alike").isFalse();
    }
}
