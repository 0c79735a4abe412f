package io.comm4j.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How comm4j writes, reads and checks the small files of the rendezvous store ({@link FileStore}):
 * owner-only, published whole or not at all, and read with a bound.
 *
 * <p>A reader never sees a partly written file: the bytes go to a private temporary sibling with a
 * fresh random name, created exclusively with mode 0600, which is then linked or renamed into place in
 * one atomic step; no fixed temporary name is ever used. Who may be trusted (owner, mode, symbolic
 * links) is {@link #untrusted}, the one rule.
 */
public final class PrivateFiles {
    /** rw------- : the mode of every file comm4j creates for a group. */
    public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TEMP_ATTEMPTS = 8;

    private PrivateFiles() {
    }

    /**
     * Writes {@code bytes} to a fresh private temporary next to {@code target}:
     * {@code .<name>.c4j-<pid>-<random>.tmp}, created with O_EXCL and mode exactly 0600. A name that
     * exists (anyone's file) is never opened: another random name is tried. The caller links or
     * renames it into place and always deletes it.
     *
     * @return the temporary's path
     */
    public static Path writePrivateTemp(final Path target, final byte[] bytes) throws IOException {
        final String prefix = "." + target.getFileName() + ".c4j-" + ProcessHandle.current().pid() + "-";
        for (int attempt = 0; ; attempt++) {
            final Path tmp = target.resolveSibling(prefix + HexFormat.of().toHexDigits(RANDOM.nextLong()) + ".tmp");
            final SeekableByteChannel created;
            try {
                created = Files.newByteChannel(tmp, EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (final FileAlreadyExistsException taken) {
                if (attempt + 1 >= TEMP_ATTEMPTS) {
                    throw taken;
                }
                continue;
            }
            try {
                try (SeekableByteChannel ch = created) {
                    final ByteBuffer buf = ByteBuffer.wrap(bytes);
                    while (buf.hasRemaining()) {
                        ch.write(buf);
                    }
                }
                // The umask can only remove bits, but readers check the mode exactly, so set it exactly.
                Files.setPosixFilePermissions(tmp, OWNER_ONLY);
                return tmp;
            } catch (final IOException | RuntimeException e) {
                deleteQuietly(tmp);
                throw e;
            }
        }
    }

    /**
     * The one trust rule for a file comm4j reads at a rendezvous path: a regular file (not a
     * symbolic link), owned by {@code uid}, mode exactly 0600. Takes the attributes of one
     * {@code lstat} ({@code unix:isRegularFile,isSymbolicLink,uid,mode}).
     *
     * @return why the file is not trusted, or empty when it is
     */
    public static Optional<String> untrusted(final Map<String, Object> lstat, final int uid) {
        if (Boolean.TRUE.equals(lstat.get("isSymbolicLink"))) {
            return Optional.of("a symbolic link (comm4j never follows links at a rendezvous path)");
        }
        if (!Boolean.TRUE.equals(lstat.get("isRegularFile"))) {
            return Optional.of("not a regular file");
        }
        final int owner = (Integer) lstat.get("uid");
        if (owner != uid) {
            return Optional.of("owned by uid " + owner + ", this process runs as uid " + uid
                + " (a group only trusts files of its own user)");
        }
        final int mode = (Integer) lstat.get("mode") & 07777;
        if (mode != 0600) {
            return Optional.of("mode 0" + Integer.toOctalString(mode) + ", expected 0600 (rw-------)");
        }
        return Optional.empty();
    }

    /**
     * Reads exactly {@code size} bytes from the start of {@code ch}; null when the file ends first.
     * Never reads more, whatever the file's size.
     */
    public static byte[] readExactly(final SeekableByteChannel ch, final int size) throws IOException {
        final ByteBuffer buf = ByteBuffer.allocate(size);
        while (buf.hasRemaining() && ch.read(buf) > 0) {
            // until full or end of file
        }
        return buf.hasRemaining() ? null : buf.array();
    }

    /** Deletes {@code path} if it exists; true when it was deleted. A failure is not an error here. */
    public static boolean deleteQuietly(final Path path) {
        try {
            return Files.deleteIfExists(path);
        } catch (final IOException e) {
            return false;
        }
    }
}
