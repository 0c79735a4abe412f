package io.comm4j.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PrivateFilesTest {
    @TempDir
    Path dir;

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
