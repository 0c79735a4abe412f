package io.comm4j.internal;

import io.comm4j.CommException;
import io.comm4j.Stage;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A {@link RendezvousStore} over files next to one rendezvous path: the key {@link #ROOT} is the path
 * itself, any other key {@code k} the sibling {@code <path>.<k>}.
 *
 * <p>Writing: the record goes to a private temporary in the same directory (a fresh random name,
 * created with O_EXCL and mode 0600, never a fixed name), which is then hard-linked to the key's name
 * ({@code link(2)} fails when the name exists, so "publish if absent" is atomic and two writers
 * cannot both win) or, for compare-and-set over a record, swapped in after the old record was claimed.
 * The temporary is always removed by its writer.
 *
 * <p>Claiming (the only way a record is replaced or deleted): the old record is first checked
 * (owner, mode, magic, predicate), then renamed to a private name of this store, checked again, and
 * only then deleted; a record that changed in between is linked back. A file that is not a trusted
 * record is never renamed, replaced or deleted.
 */
public final class FileStore implements RendezvousStore {
    /** The key of the rendezvous path itself. */
    public static final String ROOT = "";

    private static final Logger LOG = LogManager.getLogger(FileStore.class);
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private final Path root;
    private final int uid;
    private final StoreRecord.Writer writer;
    private final ProcessLiveness liveness;
    private final Waiter waiter;
    private final String backend;

    /**
     * @param root     the rendezvous path (its directory must exist)
     * @param uid      this process's user: only files of this user are trusted
     * @param writer   the run this store writes for
     * @param liveness decides whether a record's writer is gone
     * @param waiter   how {@link #waitFor} waits
     * @param backend  named in exceptions
     */
    public FileStore(final Path root, final int uid, final StoreRecord.Writer writer, final ProcessLiveness liveness,
                     final Waiter waiter, final String backend) {
        this.root = root.toAbsolutePath();
        this.uid = uid;
        this.writer = writer;
        this.liveness = liveness;
        this.waiter = waiter;
        this.backend = backend;
    }

    @Override
    public FileStore withWriter(final StoreRecord.Writer other) {
        return new FileStore(root, uid, other, liveness, waiter, backend);
    }

    @Override
    public StoreRecord.Writer writer() {
        return writer;
    }

    /** The file of {@code key}. */
    public Path pathOf(final String key) {
        if (ROOT.equals(key)) {
            return root;
        }
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("store key must match " + KEY + ": '" + key + "'");
        }
        return root.resolveSibling(root.getFileName() + "." + key);
    }

    @Override
    public String describe(final String key) {
        return pathOf(key).toString();
    }

    @Override
    public Waiter waiter() {
        return waiter;
    }

    @Override
    public Lookup get(final String key, final Stage stage) {
        return read(pathOf(key), stage);
    }

    private Lookup read(final Path file) {
        return read(file, Stage.INIT);
    }

    private Lookup read(final Path file, final Stage stage) {
        try {
            final Map<String, Object> attrs = Files.readAttributes(file, "unix:isRegularFile,isSymbolicLink,uid,mode,size",
                LinkOption.NOFOLLOW_LINKS);
            final Optional<String> untrusted = PrivateFiles.untrusted(attrs, uid);
            if (untrusted.isPresent()) {
                return new Lookup.Foreign(file.toString(), untrusted.get(), true);
            }
            final long size = (Long) attrs.get("size");
            if (size < StoreRecord.HEADER_BYTES || size > StoreRecord.HEADER_BYTES + StoreRecord.MAX_PAYLOAD) {
                return new Lookup.Foreign(file.toString(), "size " + size + " bytes, not a comm4j store record", false);
            }
            final byte[] bytes;
            try (SeekableByteChannel ch = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                bytes = PrivateFiles.readExactly(ch, (int) size);
            }
            final Optional<StoreRecord> record = bytes == null ? Optional.empty() : StoreRecord.decode(bytes);
            return record.<Lookup>map(Lookup.Present::new)
                .orElseGet(() -> new Lookup.Foreign(file.toString(), "no comm4j store record header (magic/version/length)", false));
        } catch (final NoSuchFileException gone) {
            return new Lookup.Absent();
        } catch (final IOException e) {
            throw new CommException(stage, backend, "cannot read rendezvous file " + file + ": " + e, e);
        }
    }

    @Override
    public boolean set(final String key, final byte[] value, final Stage stage) {
        return compareAndSet(key, Optional.empty(), value) || compareAndSet(key, Optional.of(writer.token()), value);
    }

    @Override
    public boolean compareAndSet(final String key, final Optional<Long> expectedToken, final byte[] value) {
        final Path file = pathOf(key);
        final byte[] bytes = new StoreRecord(writer, value).encode();
        try {
            if (expectedToken.isEmpty()) {
                return publishIfAbsent(file, bytes);
            }
            final long expected = expectedToken.get();
            if (claim(file, r -> r.writer().token() == expected).isEmpty()) {
                return false;
            }
            // Between the claim and the link a racing writer may publish first: then it wins.
            return publishIfAbsent(file, bytes);
        } catch (final IOException e) {
            throw new CommException(Stage.INIT, backend, "cannot write rendezvous file " + file + ": " + e, e);
        }
    }

    @Override
    public boolean deleteOwn(final String key) {
        try {
            return claim(pathOf(key), r -> r.writer().token() == writer.token() && writer.token() != 0).isPresent();
        } catch (final IOException e) {
            LOG.debug("could not delete {}: {}", pathOf(key), e.toString());
            return false;
        }
    }

    @Override
    public boolean writerAlive(final StoreRecord.Writer w, final Stage stage) {
        return liveness.isAlive(w.pid(), w.startTime());
    }

    @Override
    public Optional<StoreRecord> deleteIfWriterDead(final String key) {
        try {
            return claim(pathOf(key), r -> !liveness.isAlive(r.writer().pid(), r.writer().startTime()));
        } catch (final IOException e) {
            LOG.debug("could not delete {}: {}", pathOf(key), e.toString());
            return Optional.empty();
        }
    }

    /** Links a private temporary holding {@code bytes} to {@code file}; false when the name is taken. */
    private boolean publishIfAbsent(final Path file, final byte[] bytes) throws IOException {
        final Path tmp = PrivateFiles.writePrivateTemp(file, bytes);
        try {
            Files.createLink(file, tmp);
            return true;
        } catch (final FileAlreadyExistsException taken) {
            return false;
        } finally {
            PrivateFiles.deleteQuietly(tmp);
        }
    }

    /**
     * Takes the record at {@code file} away when it is a trusted record {@code which} accepts: renames
     * it to a private name, re-checks it there and deletes it; puts it back when it changed meanwhile.
     */
    private Optional<StoreRecord> claim(final Path file, final Predicate<StoreRecord> which) throws IOException {
        if (!(read(file) instanceof Lookup.Present(StoreRecord seen)) || !which.test(seen)) {
            return Optional.empty();
        }
        // Our own empty placeholder, so the rename below can only ever replace a file of ours.
        final Path claimed = PrivateFiles.writePrivateTemp(file, new byte[0]);
        try {
            Files.move(file, claimed, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (final NoSuchFileException gone) {
            PrivateFiles.deleteQuietly(claimed);
            return Optional.empty();
        }
        if (read(claimed) instanceof Lookup.Present(StoreRecord got) && which.test(got)) {
            PrivateFiles.deleteQuietly(claimed);
            return Optional.of(got);
        }
        // Someone replaced the file between our look and our rename: give it back, never delete it.
        try {
            Files.createLink(file, claimed);
            PrivateFiles.deleteQuietly(claimed);
        } catch (final FileAlreadyExistsException third) {
            LOG.warn("{} changed while comm4j claimed it and the name is taken again; left it at {}", file, claimed);
        }
        return Optional.empty();
    }
}
