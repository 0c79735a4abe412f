package io.comm4j.internal;

import io.comm4j.CommException;
import io.comm4j.Stage;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The filesystem rendezvous of contract section 5: how ranks that share only a path find each other.
 *
 * <p><b>Root-info file</b> at the rendezvous path, written by rank 0 to {@code <path>.tmp.<pid>} and
 * renamed over {@code <path>} (atomic: a reader sees the old file, no file, or the whole new one):
 * <pre>
 * offset  size  field          value
 * ------  ----  -------------  ------------------------------------------
 *      0     8  magic          0x50544f5f4843434c ("PTO_HCCL"), little-endian
 *      8     8  run_token      see {@link RunToken}
 *     16     4  payload_size   the backend's root-info size (HCCL: 4108)
 *     20     4  reserved       0
 *     24     n  payload        the backend's root info (HcclRootInfo)
 * </pre>
 * Readers treat a file whose magic, payload size or length is wrong as "not there yet" and retry
 * until the deadline; reads are bounded by the expected length, so a huge file cannot exhaust memory.
 *
 * <p><b>Barrier files</b>: for barrier {@code tag} each rank creates
 * {@code <dir>/barrier_<basename>_<tag>_<token hex>_<rank>.ready} and waits until every rank's file
 * exists; a timeout names the ranks that never came. Tags are declared up front so cleanup can match
 * exactly this protocol's files and never another group's whose path merely shares a prefix.
 *
 * <p><b>Stale runs.</b> Rank 0 removes the previous run's files before it publishes. A non-root rank
 * that starts first may still read a stale root-info file; while it waits at the first barrier it
 * keeps re-reading the file's token, and when rank 0 replaces the file it adopts the new token and
 * payload. So a crashed earlier run is never joined.
 *
 * <p><b>Leaving.</b> Deleting barrier files as soon as one rank passes would strand a peer that has not
 * looked yet. Instead each rank, once done, creates a {@code departed} file and the last rank to leave
 * removes every file of the run; rank 0 removes everything when it knows a peer is gone.
 *
 * <p>Files are created 0600; a file owned by another user, or a symbolic link, is refused. Not
 * thread-safe: one per communicator.
 */
public final class FileRendezvous {
    /** "PTO_HCCL" as a little-endian uint64. */
    public static final long MAGIC = 0x50544f5f4843434cL;
    /** Bytes before the payload. */
    public static final int HEADER_BYTES = 24;

    private static final Logger LOG = LogManager.getLogger(FileRendezvous.class);
    private static final String DEPARTED_TAG = "departed";
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
        PosixFilePermissions.asFileAttribute(PrivateFiles.OWNER_ONLY);
    /** How often a waiting non-root rank re-reads the root-info token (it is a file read). */
    private static final long TOKEN_RECHECK_NANOS = 2_000_000;

    private final Path rootInfoPath;
    private final Path dir;
    private final String baseName;
    private final int rank;
    private final int nranks;
    private final Duration timeout;
    private final String backend;
    private final List<String> tags;
    private final Waiter waiter;
    private long runToken;
    private int payloadSize = -1;
    private byte[] payload;

    /**
     * @param tags the barrier tags this protocol uses (letters, digits, '_' and '-'), e.g.
     *             {@code rootinfo_ready, hccl_init, destroy}
     */
    public FileRendezvous(final Path rootInfoPath, final int rank, final int nranks, final Duration timeout,
                          final String backend, final List<String> tags) {
        this.rootInfoPath = rootInfoPath.toAbsolutePath().normalize();
        this.dir = this.rootInfoPath.getParent();
        this.baseName = this.rootInfoPath.getFileName().toString();
        this.rank = rank;
        this.nranks = nranks;
        this.timeout = timeout;
        this.backend = backend;
        this.tags = List.copyOf(tags);
        for (final String tag : this.tags) {
            if (!tag.matches("[A-Za-z0-9_-]+") || tag.equals(DEPARTED_TAG)) {
                throw new IllegalArgumentException("barrier tag '" + tag + "' is not allowed");
            }
        }
        this.waiter = Waiter.system(backend);
    }

    /** The run token this rank uses (0 before {@link #exchangeRootInfo}). */
    public long runToken() {
        return runToken;
    }

    /**
     * Rank 0 removes the previous run's files, makes a run token, asks {@code payloadOnRoot} for the
     * root info and publishes it; every other rank waits for a valid file and takes its token and
     * payload. Then every rank passes barrier {@code readyTag}. Collective; blocks up to the timeout.
     *
     * @param payloadOnRoot called on rank 0 only (HCCL: HcclGetRootInfo); must return payloadSize bytes
     * @return the payload every rank now shares
     * @throws CommException at {@link Stage#INIT}: a timeout naming the missing rank, a refused or
     *                       unwritable file; the files this rank made are removed first
     */
    public byte[] exchangeRootInfo(final Supplier<byte[]> payloadOnRoot, final int payloadSize,
                                   final String readyTag) {
        if (payloadSize <= 0 || payloadSize > (1 << 20)) {
            throw new IllegalArgumentException("payloadSize=" + payloadSize);
        }
        this.payloadSize = payloadSize;
        requireDirectory();
        try {
            return exchange(payloadOnRoot, readyTag);
        } catch (final RuntimeException e) {
            // a failed start-up leaves nothing behind: rank 0 owns the run's files, others their own
            if (rank == 0) {
                removeAll();
            } else if (runToken != 0) {
                PrivateFiles.deleteQuietly(readyFile(readyTag, rank));
            }
            throw e;
        }
    }

    private byte[] exchange(final Supplier<byte[]> payloadOnRoot, final String readyTag) {
        if (rank == 0) {
            removeRunFiles(null);
            runToken = RunToken.next(rank);
            final byte[] data = payloadOnRoot.get();
            if (data.length != payloadSize) {
                throw new CommException(Stage.INIT, backend, "root info is " + data.length
                    + " bytes, expected " + payloadSize);
            }
            payload = data.clone();
            publish();
        } else {
            waiter.await(this::readRootInfo, timeout, Stage.INIT,
                () -> "rank 0 to publish a valid root-info file at " + rootInfoPath);
        }
        barrier(readyTag, Stage.INIT);
        return payload.clone();
    }

    /**
     * Creates this rank's file for {@code tag} and waits until every rank's exists. Collective.
     *
     * @throws CommException at {@code stage}: a timeout naming the ranks that never came
     */
    public void barrier(final String tag, final Stage stage) {
        if (!tags.contains(tag)) {
            throw new IllegalArgumentException("barrier tag '" + tag + "' was not declared: " + tags);
        }
        requireToken();
        createReadyFile(tag, stage);
        final boolean[] arrived = new boolean[nranks];
        arrived[rank] = true;
        final boolean followToken = rank != 0 && tag.equals(tagAfterRootInfo());
        final long[] nextTokenCheck = {System.nanoTime() + TOKEN_RECHECK_NANOS};
        final BooleanSupplier allArrived = () -> {
            if (followToken && System.nanoTime() - nextTokenCheck[0] >= 0) {
                nextTokenCheck[0] = System.nanoTime() + TOKEN_RECHECK_NANOS;
                if (adoptReplacedRootInfo(tag, stage)) {
                    Arrays.fill(arrived, false);
                    arrived[rank] = true;
                }
            }
            boolean all = true;
            for (int r = 0; r < nranks; r++) {
                if (!arrived[r]) {
                    arrived[r] = existsOwned(readyFile(tag, r), stage);
                    all &= arrived[r];
                }
            }
            return all;
        };
        waiter.await(allArrived, timeout, stage, () -> missing(arrived) + " to create "
            + readyFile(tag, firstMissing(arrived)).getFileName() + " (barrier '" + tag + "' in " + dir + ")");
    }

    /**
     * Ends this rank's part in the run: records that it left, and the last rank to leave removes
     * every file of the run. Never throws; failures are logged.
     */
    public void leave() {
        if (runToken == 0) {
            return;
        }
        try {
            createIfAbsent(readyFile(DEPARTED_TAG, rank));
            for (int r = 0; r < nranks; r++) {
                if (!Files.exists(readyFile(DEPARTED_TAG, r), LinkOption.NOFOLLOW_LINKS)) {
                    return;
                }
            }
            removeRunFiles(runToken);
        } catch (final IOException | RuntimeException e) {
            LOG.warn("rank {}: could not record leaving rendezvous {}: {}", rank, rootInfoPath, e.toString());
        }
    }

    /**
     * Removes every file of this rendezvous path (root info, temporary files, barrier files of the
     * declared tags, any token). For rank 0 when a peer is known to be gone. Never throws.
     */
    public void removeAll() {
        try {
            removeRunFiles(null);
        } catch (final RuntimeException e) {
            LOG.warn("rank {}: could not remove rendezvous files of {}: {}", rank, rootInfoPath, e.toString());
        }
    }

    // ---- root-info file -------------------------------------------------------------------------

    private void publish() {
        final Path tmp = dir.resolve(baseName + ".tmp." + ProcessHandle.current().pid());
        final ByteBuffer buf = ByteBuffer.allocate(HEADER_BYTES + payloadSize).order(ByteOrder.LITTLE_ENDIAN);
        buf.putLong(MAGIC).putLong(runToken).putInt(payloadSize).putInt(0).put(payload);
        try {
            // The temporary is named by this process's pid: one left behind is this pid's own,
            // from an earlier process that had it.
            Files.deleteIfExists(tmp);
            PrivateFiles.writeAtomically(tmp, rootInfoPath, buf.array());
        } catch (final IOException e) {
            throw new CommException(Stage.INIT, backend, "cannot publish root info at " + rootInfoPath
                + ": " + e, e);
        }
    }

    /** Reads the root-info file; true when it was valid (token and payload taken). */
    private boolean readRootInfo() {
        final ByteBuffer buf = readBounded();
        if (buf == null) {
            return false;
        }
        runToken = buf.getLong(8);
        payload = new byte[payloadSize];
        buf.get(HEADER_BYTES, payload);
        return true;
    }

    /** Header and payload of a valid file, or null when the file is absent, short, long or wrong. */
    private ByteBuffer readBounded() {
        final int expected = HEADER_BYTES + payloadSize;
        try (SeekableByteChannel ch = Files.newByteChannel(rootInfoPath, StandardOpenOption.READ,
            LinkOption.NOFOLLOW_LINKS)) {
            requireOwned(rootInfoPath, Stage.INIT);
            if (ch.size() != expected) {
                return null;
            }
            final byte[] bytes = PrivateFiles.readExactly(ch, expected);
            if (bytes == null) {
                return null;
            }
            final ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            if (buf.getLong(0) != MAGIC || buf.getInt(16) != payloadSize
                || buf.getLong(8) == 0) {
                return null;
            }
            return buf;
        } catch (final NoSuchFileException e) {
            return null;
        } catch (final IOException e) {
            if (Files.isSymbolicLink(rootInfoPath)) {
                throw new CommException(Stage.INIT, backend, "refusing root-info file " + rootInfoPath
                    + ": it is a symbolic link");
            }
            return null;
        }
    }

    /** A non-root rank notices that rank 0 replaced a stale file; true when it switched runs. */
    private boolean adoptReplacedRootInfo(final String tag, final Stage stage) {
        final ByteBuffer buf = readBounded();
        if (buf == null || buf.getLong(8) == runToken) {
            return false;
        }
        LOG.info("rank {}: root info at {} was replaced (token {} -> {}); joining the new run", rank,
            rootInfoPath, RunToken.hex(runToken), RunToken.hex(buf.getLong(8)));
        PrivateFiles.deleteQuietly(readyFile(tag, rank));
        runToken = buf.getLong(8);
        buf.get(HEADER_BYTES, payload);
        createReadyFile(tag, stage);
        return true;
    }

    private String tagAfterRootInfo() {
        return tags.getFirst();
    }

    // ---- barrier files --------------------------------------------------------------------------

    private Path readyFile(final String tag, final int r) {
        return dir.resolve("barrier_" + baseName + "_" + tag + "_" + RunToken.hex(runToken) + "_" + r + ".ready");
    }

    private void createReadyFile(final String tag, final Stage stage) {
        try {
            createIfAbsent(readyFile(tag, rank));
        } catch (final IOException e) {
            throw new CommException(stage, backend, "cannot create barrier file " + readyFile(tag, rank)
                + ": " + e, e);
        }
    }

    private void createIfAbsent(final Path file) throws IOException {
        try {
            Files.createFile(file, OWNER_ONLY);
        } catch (final FileAlreadyExistsException e) {
            requireOwned(file, Stage.INIT);
        }
    }

    private boolean existsOwned(final Path file, final Stage stage) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        requireOwned(file, stage);
        return true;
    }

    // ---- ownership and cleanup ------------------------------------------------------------------

    private void requireDirectory() {
        if (!Files.isDirectory(dir)) {
            throw new CommException(Stage.INIT, backend, "rendezvous directory " + dir
                + " does not exist (rootinfo path " + rootInfoPath + ")");
        }
    }

    private void requireToken() {
        if (runToken == 0) {
            throw new IllegalStateException("no run token yet: exchangeRootInfo first");
        }
    }

    private void requireOwned(final Path file, final Stage stage) {
        try {
            final PosixFileAttributes attrs = Files.readAttributes(file, PosixFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
            if (attrs.isSymbolicLink()) {
                throw new CommException(stage, backend, "refusing " + file + ": it is a symbolic link");
            }
            final UserPrincipal me = CurrentUser.principal();
            if (!attrs.owner().getName().equals(me.getName())) {
                throw new CommException(stage, backend, "refusing " + file + ": owned by "
                    + attrs.owner().getName() + ", not by " + me.getName());
            }
        } catch (final NoSuchFileException e) {
            // gone between listing and checking: nothing to refuse
        } catch (final IOException e) {
            throw new CommException(stage, backend, "cannot inspect " + file + ": " + e, e);
        }
    }

    /** Removes files of token {@code only}, or of any token when null; only this path's files. */
    private void removeRunFiles(final Long only) {
        deleteIfOwned(rootInfoPath, only);
        final String prefix = "barrier_" + baseName + "_";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, prefix + "*.ready")) {
            for (final Path f : files) {
                if (isRunFile(f.getFileName().toString().substring(prefix.length()), only)) {
                    deleteIfOwned(f, null);
                }
            }
        } catch (final IOException e) {
            LOG.warn("rank {}: cannot list {} for cleanup: {}", rank, dir, e.toString());
        }
        try (DirectoryStream<Path> tmps = Files.newDirectoryStream(dir, baseName + ".tmp.*")) {
            for (final Path f : tmps) {
                deleteIfOwned(f, null);
            }
        } catch (final IOException e) {
            LOG.warn("rank {}: cannot list {} for cleanup: {}", rank, dir, e.toString());
        }
    }

    /** Whether {@code rest} is {@code <declared tag>_<16 hex>_<rank>.ready} (of token {@code only}). */
    private boolean isRunFile(final String rest, final Long only) {
        final List<String> known = new ArrayList<>(tags);
        known.add(DEPARTED_TAG);
        for (final String tag : known) {
            if (rest.startsWith(tag + "_")
                && rest.substring(tag.length() + 1).matches("[0-9a-f]{16}_[0-9]{1,2}\\.ready")) {
                return only == null || rest.substring(tag.length() + 1).startsWith(RunToken.hex(only) + "_");
            }
        }
        return false;
    }

    private void deleteIfOwned(final Path file, final Long onlyToken) {
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            requireOwned(file, Stage.INIT);
            if (onlyToken != null && file.equals(rootInfoPath)) {
                final ByteBuffer buf = readBounded();
                if (buf != null && buf.getLong(8) != onlyToken) {
                    return;   // a newer run already published here; it is not ours to remove
                }
            }
            Files.deleteIfExists(file);
        } catch (final IOException | CommException e) {
            LOG.warn("rank {}: not removing {}: {}", rank, file, e.getMessage());
        }
    }

    private String missing(final boolean[] arrived) {
        final List<Integer> ranks = new ArrayList<>();
        for (int r = 0; r < arrived.length; r++) {
            if (!arrived[r]) {
                ranks.add(r);
            }
        }
        return (ranks.size() == 1 ? "rank " + ranks.getFirst() : "ranks " + ranks);
    }

    private static int firstMissing(final boolean[] arrived) {
        for (int r = 0; r < arrived.length; r++) {
            if (!arrived[r]) {
                return r;
            }
        }
        return 0;
    }
}
