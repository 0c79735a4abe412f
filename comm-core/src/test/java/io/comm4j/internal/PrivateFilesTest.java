package io.comm4j.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrivateFilesTest {
    @TempDir
    Path dir;

    @Test
    void shouldReplaceTheTargetWholeWithAnOwnerOnlyFileAndLeaveNoTemporary() throws IOException {
        final Path target = dir.resolve("root");
        final Path tmp = dir.resolve("root.tmp");
        Files.write(target, new byte[] {9, 9, 9, 9, 9});
        PrivateFiles.writeAtomically(tmp, target, new byte[] {1, 2, 3});
        assertThat(Files.readAllBytes(target)).as("target content after the rename").containsExactly(1, 2, 3);
        assertThat(Files.getPosixFilePermissions(target)).as("target mode").isEqualTo(PrivateFiles.OWNER_ONLY);
        assertThat(tmp).as("the temporary is renamed, not left behind").doesNotExist();
    }

    @Test
    void shouldRefuseAnExistingTemporaryAndTouchNothing() throws IOException {
        final Path target = dir.resolve("root");
        final Path tmp = dir.resolve("root.tmp");
        Files.write(tmp, new byte[] {7});
        assertThatThrownBy(() -> PrivateFiles.writeAtomically(tmp, target, new byte[] {1}))
            .as("another writer's temporary").isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readAllBytes(tmp)).as("the other writer's temporary is left as it was").containsExactly(7);
        assertThat(target).as("no target was published").doesNotExist();
    }

    @Test
    void shouldRemoveItsTemporaryWhenTheRenameFails() throws IOException {
        final Path target = Files.createDirectory(dir.resolve("root"));
        Files.createFile(target.resolve("inside"));   // a non-empty directory cannot be replaced
        final Path tmp = dir.resolve("root.tmp");
        assertThatThrownBy(() -> PrivateFiles.writeAtomically(tmp, target, new byte[] {1}))
            .as("renaming over a non-empty directory").isInstanceOf(IOException.class);
        assertThat(tmp).as("the temporary of a failed publish").doesNotExist();
    }

    @Test
    void shouldReadExactlyTheRequestedBytesOfALongerFile() throws IOException {
        final Path file = dir.resolve("long");
        Files.write(file, new byte[] {1, 2, 3, 4, 5, 6});
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            assertThat(PrivateFiles.readExactly(ch, 4)).as("the first 4 of 6 bytes").containsExactly(1, 2, 3, 4);
        }
    }

    @Test
    void shouldReturnNullForAFileShorterThanRequested() throws IOException {
        final Path file = dir.resolve("short");
        Files.write(file, new byte[] {1, 2});
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            assertThat(PrivateFiles.readExactly(ch, 4)).as("2 bytes where 4 were asked for").isNull();
        }
    }

    @Test
    void shouldDeleteQuietlyAndSayWhetherItDeleted() throws IOException {
        final Path file = Files.createFile(dir.resolve("f"));
        assertThat(PrivateFiles.deleteQuietly(file)).as("an existing file").isTrue();
        assertThat(PrivateFiles.deleteQuietly(file)).as("a file already gone").isFalse();
    }
}
