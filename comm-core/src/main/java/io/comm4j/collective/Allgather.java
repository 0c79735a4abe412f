package io.comm4j.collective;

import io.comm4j.CommException;
import io.comm4j.Communicator;
import io.comm4j.Stage;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * Concatenates every rank's bytes, in rank order, on every rank, through the host windows, as
 * {@code MPI_Allgather}: rank {@code r}'s {@code n} input bytes land at {@code [r*n, (r+1)*n)} of
 * every rank's output of {@code nranks * n} bytes.
 *
 * <pre>{@code
 * Allgather allgather = Allgather.over(comm);
 * allgather.gather(myShard, all);           // all.byteSize() == nranks * myShard.byteSize()
 * allgather.gatherInPlace(all);             // MPI_IN_PLACE: my shard is already at rank * n
 * }</pre>
 *
 * <p><b>Collective.</b> Same rules as {@link Broadcast}: every rank calls it in the same order with
 * the same size; a disagreement fails every rank with a {@link CommException} at
 * {@link Stage#BARRIER} naming both sizes, before any byte is moved.
 *
 * <p><b>How.</b> Each rank's input goes in chunks of {@link #chunkBytes()} through its own window,
 * pipelined over the two slots: a rank stages its chunk {@code c+1} while it copies the peers'
 * chunks {@code c} out, one barrier per chunk. Any size, 0 included; any element type. From 512 KiB
 * per rank on, with native input and output on every rank and ranks that may read each other's
 * processes (Linux {@code process_vm_readv}), each rank instead reads its peers' inputs straight
 * out of their buffers: one copy per byte, two barriers per call.
 *
 * <p>Windows: as {@link Allreduce}'s; the call ends without a barrier. Not thread-safe. A call
 * allocates nothing.
 */
public final class Allgather {
    /** Bytes per tile of the staging copy: two of them fit in L1 with room to spare. */
    private static final long TILE_BYTES = 16 * 1024;

    private final WindowGroup group;
    private final Steps steps = new Steps();

    private Allgather(final WindowGroup group) {
        this.group = group;
    }

    /** An allgather with chunks of at most {@link Allreduce.Options#DEFAULT_MAX_CHUNK_BYTES}. */
    public static Allgather over(final Communicator comm) {
        return over(comm, Allreduce.Options.DEFAULT_MAX_CHUNK_BYTES);
    }

    /**
     * An allgather over {@code comm}'s windows; as {@link Broadcast#over(Communicator, long)}.
     */
    public static Allgather over(final Communicator comm, final long maxChunkBytes) {
        return new Allgather(WindowGroup.of(comm, "Allgather", a -> "pipelined", maxChunkBytes));
    }

    /** The most bytes of one rank's input one chunk carries. */
    public long chunkBytes() {
        return group.chunkBytes;
    }

    /**
     * Writes every rank's {@code in}, in rank order, into {@code out}. Collective.
     *
     * @param in  this rank's bytes, the same size on every rank
     * @param out {@code nranks * in.byteSize()} bytes, not overlapping {@code in}
     * @throws CommException            at {@link Stage#BARRIER}: a barrier failed or timed out, or the
     *                                  ranks disagree on the size
     * @throws IllegalArgumentException for a wrong output size, an overlap, a read-only output
     * @throws IllegalStateException    after an earlier collective call failed
     */
    public void gather(final MemorySegment in, final MemorySegment out) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        group.requireUsable();
        if (out.byteSize() != in.byteSize() * group.nranks) {
            throw new IllegalArgumentException("output has " + out.byteSize() + " bytes, but " + group.nranks
                + " ranks of " + in.byteSize() + " input bytes need " + in.byteSize() * group.nranks);
        }
        WindowGroup.requireWritable(out, "output");
        if (WindowGroup.overlap(in, out)) {
            throw new IllegalArgumentException("input and output overlap; use gatherInPlace for MPI_IN_PLACE");
        }
        run(in, out);
    }

    /**
     * {@link #gather} with this rank's input already in place: at {@code [rank*n, (rank+1)*n)} of
     * {@code buffer}, {@code n = buffer.byteSize() / nranks} (MPI_IN_PLACE).
     *
     * @throws IllegalArgumentException when the size is not a multiple of the rank count, or read-only
     */
    public void gatherInPlace(final MemorySegment buffer) {
        Objects.requireNonNull(buffer, "buffer");
        group.requireUsable();
        if (buffer.byteSize() % group.nranks != 0) {
            throw new IllegalArgumentException("buffer of " + buffer.byteSize() + " bytes is not a multiple of the "
                + group.nranks + " ranks: every rank's block must be the same size");
        }
        WindowGroup.requireWritable(buffer, "buffer");
        final long n = buffer.byteSize() / group.nranks;
        run(buffer.asSlice(group.rank * n, n), buffer);
    }

    private void run(final MemorySegment in, final MemorySegment out) {
        final long call = group.nextCall();
        final long bytes = in.byteSize();
        final boolean copyOwn = !WindowGroup.same(in, out.asSlice(group.rank * bytes, bytes));
        final long chunks = Math.max(1, WindowGroup.ceilDiv(bytes, group.chunkBytes));
        steps.pipeline(group, call, in, out, copyOwn, chunks, SlotLayout.OP_ALLGATHER, bytes);
    }

    /**
     * Each rank stages its own chunk (and copies it to its own block of the output while it is in
     * cache); then copies every peer's out of the peer's window.
     */
    private final class Steps extends CallBuffers {
        @Override
        public WindowGroup.Direct direct() {
            return in.isNative() && out.isNative() ? this : null;
        }

        /** Own block locally, then every peer's input straight from its process, starting after this rank. */
        @Override
        public void run(final WindowGroup.Peers peers) {
            final long bytes = in.byteSize();
            if (copyOwn) {
                MemorySegment.copy(in, 0, out, group.rank * bytes, bytes);
            }
            for (int i = 1; i < group.nranks; i++) {
                final int r = (group.rank + i) % group.nranks;
                peers.read(r, 0, out, r * bytes, bytes);
            }
        }

        @Override
        public void stage(final long chunk, final long data) {
            final long from = chunk * group.chunkBytes;
            final long n = Math.min(group.chunkBytes, in.byteSize() - from);
            final long ownAt = group.rank * in.byteSize() + from;
            if (group.nranks == 1) {
                if (copyOwn) {
                    MemorySegment.copy(in, from, out, ownAt, n);
                }
                return;
            }
            if (!copyOwn) {
                MemorySegment.copy(in, from, group.own, data, n);
                return;
            }
            // tile by tile, the own block copied from the window tile just written (still in L1)
            // instead of from the input again: one read of the input instead of two
            for (long t = 0; t < n; t += TILE_BYTES) {
                final long m = Math.min(TILE_BYTES, n - t);
                MemorySegment.copy(in, from + t, group.own, data + t, m);
                MemorySegment.copy(group.own, data + t, out, ownAt + t, m);
            }
        }

        @Override
        public void consume(final long chunk, final long data) {
            final long bytes = in.byteSize();
            final long from = chunk * group.chunkBytes;
            final long n = Math.min(group.chunkBytes, bytes - from);
            for (int r = 0; r < group.nranks; r++) {
                if (r != group.rank) {
                    MemorySegment.copy(group.windows[r], data, out, r * bytes + from, n);
                }
            }
        }
    }
}
