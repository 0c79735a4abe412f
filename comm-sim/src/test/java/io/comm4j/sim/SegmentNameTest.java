package io.comm4j.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentNameTest {
    @TempDir
    Path dir;

    @Test
    void shouldBeThePrefixTheFirstTenHexOfTheSha256OfThePathAndElevenHexOfTheToken() throws Exception {
        final Path path = dir.resolve("rootinfo");
        // The formula scripts/bench and operators use to find a path's segments in /dev/shm.
        final byte[] sha = MessageDigest.getInstance("SHA-256")
            .digest(path.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
        final String hash = HexFormat.of().formatHex(sha, 0, 5);
        assertThat(SegmentName.of(path, 0x1aL)).as("a small token is zero-padded")
            .isEqualTo("/comm4j-" + hash + "-" + String.format("%011x", 0x1aL));
        assertThat(SegmentName.of(path, SegmentName.TOKEN_MASK)).as("the largest token fills the field")
            .isEqualTo("/comm4j-" + hash + "-fffffffffff").hasSize(SegmentName.LENGTH);
        assertThat(SegmentName.of(path, -1L)).as("bits above the token mask are ignored")
            .isEqualTo(SegmentName.of(path, SegmentName.TOKEN_MASK));
    }

    @Test
    void shouldGiveTcpGroupsOnDifferentPortsDifferentNamesAndFilesTheirOldOnes() {
        final String a = SegmentName.of(io.comm4j.RendezvousAddress.of("tcp://127.0.0.1:29500"), 0x1aL);
        final String b = SegmentName.of(io.comm4j.RendezvousAddress.of("tcp://127.0.0.1:29501"), 0x1aL);
        assertThat(a).as("the address string is hashed: another port, another name").isNotEqualTo(b)
            .hasSize(SegmentName.LENGTH).startsWith(SegmentName.PREFIX);
        final Path path = dir.resolve("rootinfo");
        assertThat(SegmentName.of(new io.comm4j.RendezvousAddress.File(path), 0x1aL))
            .as("a file rendezvous keeps its path's name").isEqualTo(SegmentName.of(path, 0x1aL));
    }

    @Test
    void shouldHashTheSamePathTheSameWayEveryTime() {
        final Path path = dir.resolve("a/../rootinfo");
        assertThat(SegmentName.pathHash(path)).as("a second hash of the same path (the digest is cloned, not reused)")
            .isEqualTo(SegmentName.pathHash(path))
            .isEqualTo(SegmentName.pathHash(dir.resolve("rootinfo")))
            .hasSize(10);
    }
}
