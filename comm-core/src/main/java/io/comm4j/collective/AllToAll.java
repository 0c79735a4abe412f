package io.comm4j.collective;

import io.comm4j.CommException;
import io.comm4j.Communicator;
import io.comm4j.Stage;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * Every rank sends block {@code p} of its input to rank {@code p}, through the host windows, as
 * {@code MPI_Alltoall}: input and output are {@code nranks} equal blocks of {@code m} bytes, and
 * block {@code q} of rank {@code r}'s output is block {@code r} of rank {@code q}'s input.
 *
 * <pre>{@code
 * AllToAll a2a = AllToAll.over(comm);
 * a2a.exchange(send, recv);        // send.byteSize() == recv.byteSize() == nranks * m
 * a2a.exchangeInPlace(buffer);     // MPI_IN_PLACE
 * }</pre>
 *
 * <p><b>Collective.</b> Same rules as {@link Broadcast}: every rank calls it in the same order with
 * the same size; a disagreement fails every rank with a {@link CommException} at
 * {@link Stage#BARRIER} naming both sizes, before any byte is moved.
 *
 * <p><b>How.</b> A chunk carries a piece of every block; each rank stages the pieces bound for its
 * peers into its window, barrier, then copies the pieces addressed to it out of the peers' windows
 * while staging the next chunk into the other slot: one barrier per chunk. Any size that is a
 * multiple of the rank count, 0 included; any element type. From blocks of 512 KiB on, with native
 * input and output on every rank, not in place, and ranks that may read each other's processes
 * (Linux {@code process_vm_readv}), each rank instead reads its blocks straight out of its peers'
 * inputs: one copy per byte, two barriers per call.
 *
 * <p>Windows: as {@link Allreduce}'s; the call ends without a barrier. Not thread-safe. A call
 * allocates nothing.
 */
public final class AllToAll {
    private final WindowGroup group;
    private final Steps steps = new Steps();
    /** Bytes of a block per chunk. */
    private final long blockChunk;

    private AllToAll(final WindowGroup group) {
        this.group = group;
        this.blockChunk = group.blockBytes(1);
    }

    /** An all-to-all with chunks of at most {@link Allreduce.Options#DEFAULT_MAX_CHUNK_BYTES}. */
    public static AllToAll over(final Communicator comm) {
        return over(comm, Allreduce.Options.DEFAULT_MAX_CHUNK_BYTES);
    }

    /** An all-to-all over {@code comm}'s windows; as {@link Broadcast#over(Communicator, long)}. */
    public static AllToAll over(final Communicator comm, final long maxChunkBytes) {
        return new AllToAll(WindowGroup.of(comm, "AllToAll", a -> "pipelined", maxChunkBytes));
    }

    /** The most bytes of one block a chunk carries. */
    public long blockChunkBytes() {
        return blockChunk;
    }

    /**
     * Sends block {@code p} of {@code in} to rank {@code p}, receiving rank {@code q}'s block for this
     * rank into block {@code q} of {@code out}. Collective.
     *
     * @param in  {@code nranks * m} bytes, the same size on every rank
     * @param out as many bytes, not overlapping {@code in}
     * @throws CommException            at {@link Stage#BARRIER}: a barrier failed or timed out, or the
     *                                  ranks disagree on the size
     * @throws IllegalArgumentException for a size that is not a multiple of the rank count, sizes
     *                                  that differ, an overlap, a read-only output
     * @throws IllegalStateException    after an earlier collective call failed
     */
    public void exchange(final MemorySegment in, final MemorySegment out) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        group.requireUsable();
        checkSize(in);
        if (out.byteSize() != in.byteSize()) {
            throw new IllegalArgumentException("output has " + out.byteSize() + " bytes, input " + in.byteSize()
                + ": they must be the same size");
        }
        WindowGroup.requireWritable(out, "output");
        if (WindowGroup.overlap(in, out)) {
            throw new IllegalArgumentException("input and output overlap; use exchangeInPlace for MPI_IN_PLACE");
        }
        run(in, out);
    }

    /** {@link #exchange} with {@code buffer} as input and output ({@code MPI_IN_PLACE}). */
    public void exchangeInPlace(final MemorySegment buffer) {
        Objects.requireNonNull(buffer, "buffer");
        group.requireUsable();
        checkSize(buffer);
        WindowGroup.requireWritable(buffer, "buffer");
        run(buffer, buffer);
    }

    private void checkSize(final MemorySegment in) {
        if (in.byteSize() % group.nranks != 0) {
            throw new IllegalArgumentException("input of " + in.byteSize() + " bytes is not " + group.nranks
                + " equal blocks: its size must be a multiple of the rank count");
        }
    }

    private void run(final MemorySegment in, final MemorySegment out) {
        final long call = group.nextCall();
        final long m = in.byteSize() / group.nranks;
        steps.block = m;
        final long chunks = Math.max(1, WindowGroup.ceilDiv(m, blockChunk));
        steps.pipeline(group, call, in, out, in != out, chunks, SlotLayout.OP_ALL_TO_ALL, m);
    }

    /** Stage the pieces bound for the peers; copy out the pieces the peers staged for this rank. */
    private final class Steps extends CallBuffers {
        long block;

        /** Not in place: the peers read this rank's input while it writes its output. */
        @Override
        public WindowGroup.Direct direct() {
            return copyOwn && in.isNative() && out.isNative() ? this : null;
        }

        /** Own block locally, then block {@code rank} of every peer's input, starting after this rank. */
        @Override
        public void run(final WindowGroup.Peers peers) {
            final int rank = group.rank;
            MemorySegment.copy(in, rank * block, out, rank * block, block);
            for (int i = 1; i < group.nranks; i++) {
                final int q = (rank + i) % group.nranks;
                peers.read(q, rank * block, out, q * block, block);
            }
        }

        @Override
        public void stage(final long chunk, final long data) {
            final long from = chunk * blockChunk;
            final long n = Math.min(blockChunk, block - from);
            if (copyOwn && n > 0) {
                MemorySegment.copy(in, group.rank * block + from, out, group.rank * block + from, n);
            }
            for (int p = 0; p < group.nranks; p++) {
                if (p != group.rank && n > 0) {
                    MemorySegment.copy(in, p * block + from, group.own, data + p * blockChunk, n);
                }
            }
        }

        @Override
        public void consume(final long chunk, final long data) {
            final long from = chunk * blockChunk;
            final long n = Math.min(blockChunk, block - from);
            for (int q = 0; q < group.nranks; q++) {
                if (q != group.rank && n > 0) {
                    MemorySegment.copy(group.windows[q], data + group.rank * blockChunk, out, q * block + from, n);
                }
            }
        }
    }
}
