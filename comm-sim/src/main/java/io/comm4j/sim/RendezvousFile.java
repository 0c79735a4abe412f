package io.comm4j.sim;

import io.comm4j.CommException;
import io.comm4j.Stage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The sim group's rendezvous file at the rootinfo path: how ranks started independently find the
 * segment of the current launch. Rank 0 writes it (0600, to {@code <path>.tmp.<pid>}, then an
 * atomic rename), joiners read it, and rank 0 deletes it once every rank has joined.
 *
 * <pre>
 * offset  size  field
 * ------  ----  ------------------------------------------------------------
 *      0     8  magic "C4JSIMRV" (little-endian long)
 *      8     4  version (1)
 *     12     4  nranks of the group
 *     16     8  launch token (also in the segment name and header)
 *     24     8  creator pid
 *     32     8  creator start time (opaque, see ProcessIdentity; with the pid: its identity)
 *     40    32  segment name, ASCII, NUL-padded (at most 31 characters)
 *     72        end (a file of any other size is not a rendezvous file)
 * </pre>
 *
 * @param nranks      the group size chosen by rank 0
 * @param token       the launch token
 * @param creator     rank 0's process
 * @param segmentName the shm name of the launch's segment
 */
record RendezvousFile(int nranks, long token, ProcessIdentity creator, String segmentName) {

    /** "C4JSIMRV" as a little-endian long. */
    static final long MAGIC = 0x5652_4D49_534A_3443L;
    static final int VERSION = 1;
    static final int BYTES = 72;
    private static final int NAME_OFFSET = 40;
    private static final int NAME_BYTES = 32;
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** What is at the rootinfo path. */
    sealed interface Found permits Absent, Foreign, Valid {
    }

    /** Nothing there. */
    record Absent() implements Found {
    }

    /**
     * Something that is not a readable rendezvous file of ours.
     *
     * @param why one phrase, for messages
     */
    record Foreign(String why) implements Found {
    }

    /** A rendezvous file. */
    record Valid(RendezvousFile file) implements Found {
    }

    byte[] encode() {
        final ByteBuffer b = ByteBuffer.allocate(BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(MAGIC).putInt(VERSION).putInt(nranks).putLong(token).putLong(creator.pid())
            .putLong(creator.startTime());
        final byte[] name = segmentName.getBytes(StandardCharsets.US_ASCII);
        if (name.length >= NAME_BYTES) {
            throw new IllegalArgumentException("segment name too long for the rendezvous file: " + segmentName);
        }
        b.put(NAME_OFFSET, name);
        return b.array();
    }

    static Optional<RendezvousFile> decode(final byte[] bytes) {
        if (bytes.length != BYTES) {
            return Optional.empty();
        }
        final ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getLong(0) != MAGIC || b.getInt(8) != VERSION) {
            return Optional.empty();
        }
        int end = NAME_OFFSET;
        while (end < BYTES && bytes[end] != 0) {
            end++;
        }
        if (end == NAME_OFFSET || end == BYTES) {
            return Optional.empty();
        }
        final String name = new String(bytes, NAME_OFFSET, end - NAME_OFFSET, StandardCharsets.US_ASCII);
        return Optional.of(new RendezvousFile(b.getInt(12), b.getLong(16),
            new ProcessIdentity(b.getLong(24), b.getLong(32)), name));
    }

    /**
     * Reads what is at {@code path}, bounded (a large file is {@link Foreign}, never read whole).
     *
     * @throws CommException at INIT when the file belongs to another user or is readable by others:
     *                       a segment named by such a file is never opened
     */
    static Found read(final Path path, final int uid) {
        try {
            final Object owner = Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
            final Set<PosixFilePermission> perms = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
            if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                return new Foreign("not a regular file");
            }
            if (owner instanceof Integer ownerUid && ownerUid != uid) {
                throw new CommException(Stage.INIT, SimBackend.NAME, "refusing rendezvous file " + path
                    + ": owned by uid " + ownerUid + ", this process runs as uid " + uid
                    + " (a group only trusts files of its own user)");
            }
            if (!perms.equals(OWNER_ONLY)) {
                throw new CommException(Stage.INIT, SimBackend.NAME, "refusing rendezvous file " + path
                    + ": permissions " + PosixFilePermissions.toString(perms) + ", expected rw------- (0600)");
            }
            try (SeekableByteChannel ch = Files.newByteChannel(path, StandardOpenOption.READ)) {
                if (ch.size() != BYTES) {
                    return new Foreign("size " + ch.size() + " bytes, a rendezvous file has " + BYTES);
                }
                final ByteBuffer buf = ByteBuffer.allocate(BYTES);
                while (buf.hasRemaining() && ch.read(buf) >= 0) {
                    // read until full or EOF
                }
                return decode(buf.array()).<Found>map(Valid::new)
                    .orElseGet(() -> new Foreign("no comm4j sim rendezvous header (magic/version)"));
            }
        } catch (final NoSuchFileException gone) {
            return new Absent();
        } catch (final IOException e) {
            throw new CommException(Stage.INIT, SimBackend.NAME, "cannot read rendezvous file " + path + ": " + e, e);
        }
    }

    /** Writes this file at {@code path} atomically (temporary file 0600 + rename). */
    void publish(final Path path) {
        final Path tmp = tmpPath(path, ProcessHandle.current().pid());
        try {
            Files.deleteIfExists(tmp);
            try (SeekableByteChannel ch = Files.newByteChannel(tmp,
                EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(OWNER_ONLY))) {
                ch.write(ByteBuffer.wrap(encode()));
            }
            // The umask cannot add bits, but be exact: the mode is part of what joiners check.
            Files.setPosixFilePermissions(tmp, OWNER_ONLY);
            try {
                Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (final AtomicMoveNotSupportedException e) {
                throw new IOException("the file system of " + path + " cannot rename atomically", e);
            }
        } catch (final IOException e) {
            deleteQuietly(tmp);
            throw new CommException(Stage.INIT, SimBackend.NAME, "cannot write rendezvous file " + path + ": " + e, e);
        }
    }

    /** Deletes the file at {@code path} if it still describes this launch (a later launch's file is left alone). */
    boolean deleteIfOurs(final Path path, final int uid) {
        if (read(path, uid) instanceof Valid(RendezvousFile current) && current.token() == token) {
            return deleteQuietly(path);
        }
        return false;
    }

    static Path tmpPath(final Path path, final long pid) {
        return path.resolveSibling(path.getFileName() + ".tmp." + pid);
    }

    /**
     * Deletes {@code <path>.tmp.<pid>} files whose writer is no longer running (a rank 0 that died
     * between writing and renaming).
     */
    static void deleteDeadTemporaries(final Path path) {
        final Path dir = path.toAbsolutePath().getParent();
        final String prefix = path.getFileName() + ".tmp.";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, prefix + "*")) {
            for (final Path f : files) {
                final String suffix = f.getFileName().toString().substring(prefix.length());
                try {
                    final long pid = Long.parseLong(suffix);
                    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        continue;
                    }
                    deleteQuietly(f);
                } catch (final NumberFormatException notOurs) {
                    // someone else's file that happens to share the prefix
                }
            }
        } catch (final IOException e) {
            // only housekeeping: the run itself does not depend on it
        }
    }

    static boolean deleteQuietly(final Path path) {
        try {
            return Files.deleteIfExists(path);
        } catch (final IOException e) {
            return false;
        }
    }
}
