package io.comm4j.collective;

import io.comm4j.CommException;
import io.comm4j.Communicator;
import io.comm4j.Stage;
import io.comm4j.internal.HostCpus;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * Copies the root rank's bytes to every rank, through the host windows, as {@code MPI_Bcast}: after
 * {@link #broadcast(MemorySegment, int) broadcast(buffer, root)} every rank's {@code buffer} holds
 * what the root's held.
 *
 * <pre>{@code
 * Broadcast bcast = Broadcast.over(comm);
 * bcast.broadcast(weights, 0);   // collective: every rank calls it, with the same size and root
 * }</pre>
 *
 * <p><b>Collective.</b> Every rank calls it in the same order as the other collectives over the
 * communicator, with the same byte count and root. A disagreement (another size, another root,
 * another collective, a skipped call) fails every rank with a {@link CommException} at
 * {@link Stage#BARRIER} naming both values, before any byte is moved; a rank that never comes is the
 * barrier's timeout. After a failure the communicator's collectives refuse further calls.
 *
 * <p><b>How.</b> A buffer of up to one piece (64 KiB, or a chunk, {@link #chunkBytes()}, when that
 * is smaller) goes through one slot of the root's window: the root copies it in, one barrier, the
 * others copy it out. A larger one below {@code WindowGroup.SINGLE_COPY_MIN_BYTES} (512 KiB), when
 * every rank has a core of its own, is streamed through the root's two slots piece by piece
 * ({@link WindowGroup#stream}): the root copies piece {@code k+1} in while the others copy piece
 * {@code k} out, each waiting only on the other's published progress, one barrier per call. From
 * 512 KiB on, or with more ranks than cores, the buffer goes in chunks of {@link #chunkBytes()}
 * through the root's two slots, one barrier per chunk; from 512 KiB on, when every rank's buffer is
 * native memory and the ranks may read each other's processes (Linux {@code process_vm_readv}), the
 * others instead copy straight out of the root's buffer: one copy per byte, two barriers per call.
 * Streaming at those sizes was faster in some launches and six times slower in others on the
 * machines measured; the single copy was steady (docs/benchmarks.md). Any size, 0 included; any
 * element type (bytes are bytes).
 *
 * <p>Windows: as {@link Allreduce}'s; the call ends without a barrier. Not thread-safe. A call
 * allocates nothing.
 */
public final class Broadcast {
    private final WindowGroup group;
    /** The current call: buffer and root, read by the chunk steps. */
    private final Steps steps = new Steps();

    /** The host's CPUs as this instance counts them: streaming needs a core per rank. */
    private final int cores;

    private Broadcast(final WindowGroup group, final int cores) {
        this.group = group;
        this.cores = cores;
    }

    /** A broadcast with chunks of at most {@link Allreduce.Options#DEFAULT_MAX_CHUNK_BYTES}. */
    public static Broadcast over(final Communicator comm) {
        return over(comm, Allreduce.Options.DEFAULT_MAX_CHUNK_BYTES);
    }

    /**
     * A broadcast over {@code comm}'s windows, with chunks of at most {@code maxChunkBytes} (also
     * bounded by the window; every rank must pass the same). Local: no rank waits for another here.
     *
     * @throws UnsupportedOperationException when the backend has no host-readable windows
     * @throws IllegalStateException         before {@code allocWindows} or after close
     * @throws IllegalArgumentException      when the window is smaller than 256 bytes, or the chunk
     *                                       bound below 64
     */
    public static Broadcast over(final Communicator comm, final long maxChunkBytes) {
        return over(comm, maxChunkBytes, HostCpus.online());
    }

    /**
     * As {@link #over(Communicator, long)} on a host of {@code cores} online CPUs (tests take either
     * path on any host this way). Ranks that count differently disagree on the algorithm and fail
     * together at the call's header.
     */
    static Broadcast over(final Communicator comm, final long maxChunkBytes, final int cores) {
        return new Broadcast(WindowGroup.of(comm, "Broadcast",
            a -> a == WindowGroup.STREAMED ? "streamed" : "pipelined", maxChunkBytes), cores);
    }

    /** The most bytes one chunk carries. */
    public long chunkBytes() {
        return group.chunkBytes;
    }

    /**
     * Makes every rank's {@code buffer} a copy of rank {@code root}'s. Collective.
     *
     * @param buffer the root's data; on the other ranks, where it goes (the same size everywhere)
     * @param root   the rank whose buffer is copied, the same on every rank
     * @throws CommException            at {@link Stage#BARRIER}: a barrier failed or timed out, or the
     *                                  ranks disagree on size or root
     * @throws IllegalArgumentException for a root outside {@code 0..nranks-1}, or a read-only buffer
     *                                  on a rank that receives
     * @throws IllegalStateException    after an earlier collective call failed
     */
    public void broadcast(final MemorySegment buffer, final int root) {
        Objects.requireNonNull(buffer, "buffer");
        group.requireUsable();
        if (root < 0 || root >= group.nranks) {
            throw new IllegalArgumentException("root " + root + " is not a rank of this " + group.nranks
                + "-rank communicator");
        }
        if (root != group.rank) {
            WindowGroup.requireWritable(buffer, "buffer");
        }
        final long call = group.nextCall();
        steps.buffer = buffer;
        steps.root = root;
        try {
            final long bytes = buffer.byteSize();
            if (streams(bytes)) {
                group.stream(root, bytes, SlotLayout.OP_BROADCAST, call, bytes, root, steps);
            } else {
                final long chunks = Math.max(1, WindowGroup.ceilDiv(bytes, group.chunkBytes));
                group.pipeline(chunks, SlotLayout.OP_BROADCAST, call, bytes, root, steps);
            }
        } finally {
            steps.buffer = null;
        }
    }

    /**
     * Whether a call of {@code bytes} streams ({@link WindowGroup#stream}): more than one piece on
     * more than one rank, and every rank with a core of its own, so the root's copy in and the
     * others' copy out overlap. With more ranks than cores every piece handed to a rank that is not
     * running costs a scheduler turn, and the per-chunk pipeline hands over 8x less often (measured:
     * 4 ranks on 2 cores, docs/benchmarks.md). A function of the call's size and chunk (in every
     * header) and of the host (the same for every rank of a group), so never split.
     *
     * <p>From {@link WindowGroup#SINGLE_COPY_MIN_BYTES} on the call goes through the per-chunk
     * pipeline, whose single copy ({@code process_vm_readv}, when every rank's buffer is native)
     * was steady across launches, where streaming swung between 0.3x and 6x MPI's time from one
     * launch to the next on the same 2-core host (docs/benchmarks.md): a steady path is worth more
     * than a fast one that is sometimes six times slower.
     */
    boolean streams(final long bytes) {
        return group.nranks > 1 && group.nranks <= cores && bytes > group.pieceBytes()
            && bytes < WindowGroup.SINGLE_COPY_MIN_BYTES;
    }

    /**
     * Pipelined (a call of one piece, or on one rank): the root stages the chunk; the others copy it
     * out of the root's window. Streamed: the root copies each piece into its window, the others
     * copy it out.
     */
    private final class Steps implements WindowGroup.Chunks, WindowGroup.Stream, WindowGroup.Direct {
        MemorySegment buffer;
        int root;

        @Override
        public WindowGroup.Direct direct() {
            return buffer.isNative() ? this : null;
        }

        @Override
        public long source() {
            return group.rank == root ? buffer.address() : 0;
        }

        @Override
        public void run(final WindowGroup.Peers peers) {
            if (group.rank != root) {
                peers.read(root, 0, buffer, 0, buffer.byteSize());
            }
        }

        @Override
        public void stage(final long chunk, final long data) {
            if (group.rank == root && group.nranks > 1) {
                final long from = chunk * group.chunkBytes;
                final long n = Math.min(group.chunkBytes, buffer.byteSize() - from);
                MemorySegment.copy(buffer, from, group.own, data, n);
            }
        }

        @Override
        public void produce(final long from, final long at, final long n) {
            MemorySegment.copy(buffer, from, group.own, at, n);
        }

        @Override
        public void consume(final long from, final long at, final long n) {
            MemorySegment.copy(group.windows[root], at, buffer, from, n);
        }

        @Override
        public void consume(final long chunk, final long data) {
            if (group.rank != root) {
                final long from = chunk * group.chunkBytes;
                final long n = Math.min(group.chunkBytes, buffer.byteSize() - from);
                MemorySegment.copy(group.windows[root], data, buffer, from, n);
            }
        }
    }
}
