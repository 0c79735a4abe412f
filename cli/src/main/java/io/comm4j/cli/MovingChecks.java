package io.comm4j.cli;

import io.comm4j.Communicator;
import io.comm4j.collective.AllToAll;
import io.comm4j.collective.Allgather;
import io.comm4j.collective.Broadcast;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.Locale;

/**
 * The byte-moving collectives' pass: one of broadcast (from {@code root}), allgather and all-to-all,
 * with {@code bytes} per rank (the buffer, each rank's input, each block), every byte checked.
 */
final class MovingChecks extends CollectiveChecks {
    /** Which collective. */
    enum Kind {
        BROADCAST("broadcast"), ALLGATHER("allgather"), ALL_TO_ALL("all-to-all");

        final String step;

        Kind(final String step) {
            this.step = step;
        }
    }

    private final Kind kind;
    private final int root;
    private final long maxChunkBytes;
    private Broadcast broadcast;
    private Allgather allgather;
    private AllToAll allToAll;

    MovingChecks(final Kind kind, final long bytes, final int iterations, final int root, final long maxChunkBytes) {
        super(bytes, iterations);
        this.kind = kind;
        this.root = root;
        this.maxChunkBytes = maxChunkBytes;
    }

    @Override
    List<String> stepNames() {
        return List.of(kind.step);
    }

    @Override
    String prepare(final Communicator c) {
        return switch (kind) {
            case BROADCAST -> {
                broadcast = Broadcast.over(c, maxChunkBytes);
                yield "chunks of " + broadcast.chunkBytes() + " bytes";
            }
            case ALLGATHER -> {
                allgather = Allgather.over(c, maxChunkBytes);
                yield "chunks of " + allgather.chunkBytes() + " bytes";
            }
            case ALL_TO_ALL -> {
                allToAll = AllToAll.over(c, maxChunkBytes);
                yield "blocks of " + allToAll.blockChunkBytes() + " bytes per chunk";
            }
        };
    }

    @Override
    String run(final int index, final Communicator c) {
        final int rank = c.rank();
        final int nranks = c.nranks();
        return switch (kind) {
            case BROADCAST -> {
                if (root >= nranks) {
                    throw new IllegalArgumentException("--root " + root + " is not a rank of " + nranks);
                }
                final MemorySegment buf = buffer(bytes);
                fill(buf, rank, 0);
                final Runnable call = () -> broadcast.broadcast(buf, root);
                call.run();
                check(c, buf, root, 0, 0, bytes, "broadcast result differs from root " + root + "'s bytes");
                yield String.format(Locale.ROOT, "%d bytes from root %d, every byte checked%s", bytes, root,
                    timing(c, bytes, call));
            }
            case ALLGATHER -> {
                final MemorySegment in = buffer(bytes);
                final MemorySegment out = buffer(bytes * nranks);
                fill(in, rank, 0);
                final Runnable call = () -> allgather.gather(in, out);
                call.run();
                for (int r = 0; r < nranks; r++) {
                    check(c, out, r, 0, r * bytes, bytes, "allgather result differs from rank " + r + "'s bytes");
                }
                yield String.format(Locale.ROOT, "%d bytes from each of %d ranks, every byte checked%s", bytes, nranks,
                    timing(c, bytes * nranks, call));
            }
            case ALL_TO_ALL -> {
                final MemorySegment in = buffer(bytes * nranks);
                final MemorySegment out = buffer(bytes * nranks);
                fill(in, rank, 0);
                final Runnable call = () -> allToAll.exchange(in, out);
                call.run();
                for (int q = 0; q < nranks; q++) {
                    check(c, out, q, rank * bytes, q * bytes, bytes, "all-to-all result differs from rank " + q
                        + "'s block " + rank);
                }
                yield String.format(Locale.ROOT, "blocks of %d bytes to and from each of %d ranks, every byte "
                    + "checked%s", bytes, nranks, timing(c, bytes * nranks, call));
            }
        };
    }

    /** Fills {@code seg} with rank {@code rank}'s bytes from index {@code from}. */
    private static void fill(final MemorySegment seg, final int rank, final long from) {
        for (long i = 0; i < seg.byteSize(); i++) {
            seg.set(ValueLayout.JAVA_BYTE, i, GeneratedValues.byteAt(rank, from + i));
        }
    }

    /** Checks {@code n} bytes of {@code seg} at {@code at} against rank {@code rank}'s bytes from {@code from}. */
    private static void check(final Communicator c, final MemorySegment seg, final int rank, final long from,
                              final long at, final long n, final String what) {
        for (long i = 0; i < n; i++) {
            final byte g = seg.get(ValueLayout.JAVA_BYTE, at + i);
            final byte e = GeneratedValues.byteAt(rank, from + i);
            if (g != e) {
                throw wrong(c, what, at + i, seg.byteSize(), g, e);
            }
        }
    }
}
