package io.comm4j.sim;

import java.nio.charset.StandardCharsets;
import io.comm4j.RendezvousAddress;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names of sim segments: {@code /comm4j-<path hash>-<launch token>}, 30 characters, within macOS's
 * 31-character limit (PSHMNAMLEN).
 *
 * <p>The path hash (40 bits of SHA-256 of the absolute, normalised rootinfo path, or of the
 * {@code tcp://HOST:PORT} string as given, so groups on different ports get different names) groups a
 * rendezvous's segments for an operator looking at {@code /dev/shm}; the launch token (44 random bits, fresh per
 * launch, retried on collision by {@code O_EXCL}) is what separates launches on the same path.
 */
final class SegmentName {
    private SegmentName() {
    }

    static final String PREFIX = "/comm4j-";
    static final int LENGTH = PREFIX.length() + 10 + 1 + 11;
    /** The launch token's bits. */
    static final long TOKEN_MASK = (1L << 44) - 1;

    /**
     * SHA-256, looked up once: each name clones it, far cheaper than a provider lookup. Never updated
     * itself, so cloning it from any thread is safe.
     */
    private static final MessageDigest SHA_256 = sha256();
    private static final HexFormat HEX = HexFormat.of();
    private static final int TOKEN_DIGITS = 11;

    /** The hash part of the names of segments of {@code rootInfoPath}: 10 hex digits. */
    static String pathHash(final Path rootInfoPath) {
        return hash(rootInfoPath.toAbsolutePath().normalize().toString());
    }

    /** The hash part of the names of segments of the group meeting at {@code where}. */
    static String hashOf(final RendezvousAddress where) {
        return switch (where) {
            case RendezvousAddress.File(Path p) -> pathHash(p);
            case RendezvousAddress.Tcp tcp -> hash(tcp.toString());
        };
    }

    private static String hash(final String where) {
        MessageDigest digest;
        try {
            digest = (MessageDigest) SHA_256.clone();
        } catch (final CloneNotSupportedException e) {
            digest = sha256();
        }
        final byte[] hash = digest.digest(where.getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(hash, 0, 5);
    }

    /** The name of the segment of launch {@code token} on {@code rootInfoPath}. */
    static String of(final Path rootInfoPath, final long token) {
        return of(new RendezvousAddress.File(rootInfoPath), token);
    }

    /** The name of the segment of launch {@code token} of the group meeting at {@code where}. */
    static String of(final RendezvousAddress where, final long token) {
        // By hand rather than String.format("%011x"): a Formatter costs tens of microseconds in init.
        final String digits = Long.toHexString(token & TOKEN_MASK);
        final StringBuilder name = new StringBuilder(LENGTH).append(PREFIX).append(hashOf(where)).append('-');
        for (int pad = digits.length(); pad < TOKEN_DIGITS; pad++) {
            name.append('0');
        }
        return name.append(digits).toString();
    }

    /** Whether {@code name} has the shape of a comm4j segment name: the only names comm4j opens or unlinks. */
    static boolean isComm4j(final String name) {
        return name.length() == LENGTH && name.startsWith(PREFIX);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
