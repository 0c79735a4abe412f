package io.comm4j.sim;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names of sim segments: {@code /comm4j-<path hash>-<launch token>}, 30 characters, within macOS's
 * 31-character limit (PSHMNAMLEN).
 *
 * <p>The path hash (40 bits of SHA-256 of the absolute, normalised rootinfo path) groups a path's
 * segments for an operator looking at {@code /dev/shm}; the launch token (44 random bits, fresh per
 * launch, retried on collision by {@code O_EXCL}) is what separates launches on the same path.
 */
final class SegmentName {
    private SegmentName() {
    }

    static final String PREFIX = "/comm4j-";
    static final int LENGTH = PREFIX.length() + 10 + 1 + 11;
    /** The launch token's bits. */
    static final long TOKEN_MASK = (1L << 44) - 1;

    /** The hash part of the names of segments of {@code rootInfoPath}: 10 hex digits. */
    static String pathHash(final Path rootInfoPath) {
        try {
            final byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(rootInfoPath.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The name of the segment of launch {@code token} on {@code rootInfoPath}. */
    static String of(final Path rootInfoPath, final long token) {
        return PREFIX + pathHash(rootInfoPath) + "-" + String.format("%011x", token & TOKEN_MASK);
    }
}
