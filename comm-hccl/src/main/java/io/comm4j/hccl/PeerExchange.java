package io.comm4j.hccl;

import io.comm4j.CommException;
import io.comm4j.Stage;
import io.comm4j.internal.Waiter;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * All-to-all exchange of small per-rank records through files next to the rendezvous path, for
 * the ACL-IPC window provider (which must tell every peer its process id, device and export key
 * before HCCL can help). Rank r's record of phase p is
 * {@code <dir>/<basename>.ipc_<p>_<run token hex>_<r>}, written 0600 through a temporary file and
 * an atomic rename, so a reader sees the whole record or none; the run token keeps runs apart.
 * Each rank removes its own files in {@link #removeOwn()}, called after a later collective point
 * so that no peer can still be reading them; rank 0 removes earlier runs' leftovers first
 * ({@link #removeStale()}).
 */
final class PeerExchange {
    private static final int MAX_RECORD = 4096;

    private final Path dir;
    private final String baseName;
    private final int rank;
    private final int nranks;
    private final String token;
    private final Duration timeout;
    private final Waiter waiter = Waiter.system(HcclBackend.NAME);
    private final List<Path> written = new ArrayList<>();

    PeerExchange(final Path rootInfoPath, final int rank, final int nranks, final long runToken,
                 final Duration timeout) {
        final Path abs = rootInfoPath.toAbsolutePath().normalize();
        this.dir = abs.getParent();
        this.baseName = abs.getFileName().toString();
        this.rank = rank;
        this.nranks = nranks;
        this.token = Long.toHexString(runToken);
        this.timeout = timeout;
    }

    /**
     * Publishes {@code mine} for {@code phase} and returns every rank's record (index = rank).
     * Collective; blocks up to the timeout.
     *
     * @throws CommException at {@link Stage#ALLOC}: a record cannot be written, or a rank never publishes
     */
    byte[][] exchange(final String phase, final byte[] mine) {
        if (mine.length == 0 || mine.length > MAX_RECORD) {
            throw new IllegalArgumentException("record of " + mine.length + " bytes");
        }
        final Path own = file(phase, rank);
        final Path tmp = dir.resolve(own.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(tmp, mine);
            Files.move(tmp, own, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            written.add(own);
        } catch (final IOException e) {
            throw new CommException(Stage.ALLOC, HcclBackend.NAME, "cannot publish " + own + ": " + e, e);
        }
        final byte[][] records = new byte[nranks][];
        records[rank] = mine.clone();
        waiter.await(() -> readMissing(phase, records), timeout, Stage.ALLOC,
            () -> "rank " + firstMissing(records) + " to publish its '" + phase + "' record " + file(phase, firstMissing(records)));
        return records;
    }

    private boolean readMissing(final String phase, final byte[][] records) {
        boolean all = true;
        for (int r = 0; r < nranks; r++) {
            if (records[r] != null) {
                continue;
            }
            final Path f = file(phase, r);
            try {
                if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && Files.size(f) <= MAX_RECORD) {
                    records[r] = Files.readAllBytes(f);
                    continue;
                }
            } catch (final IOException notYet) {
                // renamed away or not there yet: try again on the next poll
            }
            all = false;
        }
        return all;
    }

    private static int firstMissing(final byte[][] records) {
        for (int r = 0; r < records.length; r++) {
            if (records[r] == null) {
                return r;
            }
        }
        return -1;
    }

    private Path file(final String phase, final int r) {
        return dir.resolve(baseName + ".ipc_" + phase + "_" + token + "_" + r);
    }

    /**
     * Removes records that earlier runs on this path left behind (a crashed run never removed its
     * own). Only records of other run tokens are touched. For rank 0, before its first exchange.
     * Never throws; returns the first failure, or null.
     */
    IOException removeStale() {
        final String prefix = baseName + ".ipc_";
        final String current = "_" + token + "_";
        IOException first = null;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, p -> {
            final String name = p.getFileName().toString();
            return name.startsWith(prefix) && !name.contains(current);
        })) {
            for (final Path p : entries) {
                try {
                    Files.deleteIfExists(p);
                } catch (final IOException e) {
                    first = first == null ? e : first;
                }
            }
        } catch (final IOException e) {
            first = first == null ? e : first;
        }
        return first;
    }

    /** Deletes the records this rank wrote. Never throws; returns the first failure, or null. */
    IOException removeOwn() {
        IOException first = null;
        for (final Path p : written) {
            try {
                Files.deleteIfExists(p);
            } catch (final IOException e) {
                first = first == null ? e : first;
            }
        }
        written.clear();
        return first;
    }
}
