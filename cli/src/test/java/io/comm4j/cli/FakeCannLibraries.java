package io.comm4j.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Where the build put the fake CANN for the CLI's HCCL tests; a test without it is skipped with the reason. */
final class FakeCannLibraries {
    private FakeCannLibraries() {
    }

    /** The fake CANN's library directory (for {@code -Dcomm4j.cann.libdir}); skips the test when it was not built. */
    static Path requireBuilt() {
        final Path dir = Path.of(System.getProperty("comm4j.native.dir", "target/native"), "fake-cann");
        assumeTrue(Files.isRegularFile(dir.resolve("libhccl.so")),
            "the fake CANN was not built at " + dir + " (scripts/build-fake-cann, needs gcc)");
        return dir;
    }
}
