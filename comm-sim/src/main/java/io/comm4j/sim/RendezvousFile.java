package io.comm4j.sim;

import io.comm4j.CommException;
import io.comm4j.Stage;
import io.comm4j.internal.PrivateFiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;

/**
 * The sim group's rendezvous file at the rootinfo path: how ranks started independently find the
 * segment of the current launch. Rank 0 writes it (0600, to {@code <path>.tmp}, then an atomic
 * rename), joiners read it, and rank 0 deletes it once every rank has joined.
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
     * One {@code lstat} gives type, owner, mode and size.
     *
     * @throws CommException at INIT when the file belongs to another user or is readable by others:
     *                       a segment named by such a file is never opened
     */
    static Found read(final Path path, final int uid) {
        try {
            final Map<String, Object> attrs = Files.readAttributes(path, "unix:isRegularFile,uid,mode,size",
                LinkOption.NOFOLLOW_LINKS);
            if (!Boolean.TRUE.equals(attrs.get("isRegularFile"))) {
                return new Foreign("not a regular file");
            }
            final int owner = (Integer) attrs.get("uid");
            if (owner != uid) {
                throw new CommException(Stage.INIT, SimBackend.NAME, "refusing rendezvous file " + path
                    + ": owned by uid " + owner + ", this process runs as uid " + uid
                    + " (a group only trusts files of its own user)");
            }
            final int mode = (Integer) attrs.get("mode") & 07777;
            if (mode != 0600) {
                throw new CommException(Stage.INIT, SimBackend.NAME, "refusing rendezvous file " + path
                    + ": mode 0" + Integer.toOctalString(mode) + ", expected 0600 (rw-------)");
            }
            final long size = (Long) attrs.get("size");
            if (size != BYTES) {
                return new Foreign("size " + size + " bytes, a rendezvous file has " + BYTES);
            }
            final byte[] bytes;
            try (SeekableByteChannel ch = Files.newByteChannel(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                bytes = PrivateFiles.readExactly(ch, BYTES);
            }
            return (bytes == null ? Optional.<RendezvousFile>empty() : decode(bytes)).<Found>map(Valid::new)
                .orElseGet(() -> new Foreign("no comm4j sim rendezvous header (magic/version)"));
        } catch (final NoSuchFileException gone) {
            return new Absent();
        } catch (final IOException e) {
            throw new CommException(Stage.INIT, SimBackend.NAME, "cannot read rendezvous file " + path + ": " + e, e);
        }
    }

    /**
     * Writes this file at {@code path} atomically: into {@code <path>.tmp} (created exclusively,
     * 0600), then renamed over the path. A temporary left by a writer that is gone (it records its
     * writer like the file does) is replaced; one of a live writer means another rank 0 is
     * publishing on the same path, which is refused.
     */
    void publish(final Path path) {
        final Path tmp = tmpPath(path);
        try {
            for (int attempt = 0; ; attempt++) {
                try {
                    PrivateFiles.writeAtomically(tmp, path, encode());
                    return;
                } catch (final FileAlreadyExistsException busy) {
                    if (attempt > 0) {
                        throw busy;
                    }
                    final Found other = read(tmp, Libc.getuid());
                    if (other instanceof Valid(RendezvousFile writer) && writer.creator().isAlive()
                        && !writer.creator().equals(creator)) {
                        throw new CommException(Stage.INIT, SimBackend.NAME, "another rank 0 ("
                            + writer.creator().describe() + ") is publishing a launch on " + path
                            + " at the same time; two groups cannot share a rootinfo path");
                    }
                    PrivateFiles.deleteQuietly(tmp);
                }
            }
        } catch (final IOException e) {
            throw new CommException(Stage.INIT, SimBackend.NAME, "cannot write rendezvous file " + path + ": " + e, e);
        }
    }

    /** Deletes the file at {@code path} if it still describes this launch (a later launch's file is left alone). */
    boolean deleteIfOurs(final Path path, final int uid) {
        if (read(path, uid) instanceof Valid(RendezvousFile current) && current.token() == token) {
            return PrivateFiles.deleteQuietly(path);
        }
        return false;
    }

    /** Where {@link #publish} writes before renaming. */
    static Path tmpPath(final Path path) {
        return path.resolveSibling(path.getFileName() + ".tmp");
    }
}
