package io.comm4j.collective;

import io.comm4j.CommException;
import io.comm4j.Communicator;
import io.comm4j.Stage;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * Sums float32 or int64 arrays across every rank of a communicator, through its host windows: each
 * rank ends up with the element-wise sum of all ranks' inputs, bit-identical on every rank.
 *
 * <pre>{@code
 * try (Communicator comm = CommBackend.named("sim").init(config)) {
 *     comm.allocWindows(1 << 20);
 *     Allreduce allreduce = Allreduce.over(comm);
 *     float[] sum = allreduce.sum(myGradients);   // collective: every rank calls it
 * }
 * }</pre>
 *
 * <p><b>Collective.</b> Every rank calls the same methods in the same order with the same element
 * count and the same {@link Options}. A disagreement (another count, float on one rank and long on
 * another, a rank that skipped a call, another algorithm or chunk size) is detected at the first
 * barrier of the call and fails on every rank with a {@link CommException} at {@link Stage#BARRIER}
 * naming both sides; a rank that never comes is the barrier's timeout. After any failure every
 * collective over this communicator (this one or {@link Broadcast}, {@link Allgather},
 * {@link ReduceScatter}, {@link AllToAll}) refuses further calls: the ranks no longer agree on the
 * state of the windows. Calls of all five can be mixed in any order (see {@link WindowGroup}).
 *
 * <p><b>Result.</b> Element {@code i} is {@code ((x0[i] + x1[i]) + x2[i]) + ...}, inputs in rank order,
 * each addition rounded to float32 (or wrapping int64); see {@link SumKernel}. Both algorithms
 * produce exactly these bits.
 *
 * <p><b>Algorithms</b> ({@link Algorithm}). Inputs larger than what a window slot holds are cut into
 * chunks; windows are split into two slots used alternately (see {@link SlotLayout}).
 * <ul>
 *   <li>{@link Algorithm#DIRECT}: each rank copies its chunk into its window, one barrier, then
 *       every rank reads every window and reduces the whole chunk. One barrier per chunk; each rank
 *       reads {@code nranks x chunk} bytes.</li>
 *   <li>{@link Algorithm#REDUCE_SCATTER_ALLGATHER}: the chunk is cut into one block per rank; each
 *       rank copies into its window only the blocks the others reduce, barrier, rank {@code r}
 *       reduces block {@code r} from its own input and the peers' windows straight into its output
 *       and its window, barrier, then every rank copies the peers' blocks out. Pipelined, the barrier
 *       after a chunk's reduction also publishes the next chunk, so {@code k} chunks take {@code k + 1}
 *       barriers; each rank reads about {@code 2 x chunk} bytes of peer windows whatever nranks is
 *       (direct: {@code (nranks - 1) x chunk}), touches less memory (with 2 ranks about 4 x chunk
 *       against 5 x) and does 1/nranks of the additions.</li>
 *   <li>{@link Algorithm#AUTO} (default) picks REDUCE_SCATTER_ALLGATHER for calls of at least
 *       {@link Options#reduceScatterMinBytes()} bytes on two or more ranks, DIRECT otherwise: below
 *       that size reduce-scatter's extra barrier costs more than the additions and the memory
 *       traffic it saves.</li>
 * </ul>
 *
 * <p><b>Windows.</b> While a call runs, the windows belong to it. It does not end with a barrier (the
 * next call's alternate slot makes one unnecessary), so a peer may still be reading this rank's window
 * when the call returns: call {@link Communicator#barrier()} before writing to the windows yourself.
 *
 * <p>Instances over the same communicator share their slot state, so several can be used in turn
 * (each call still needs the same options on every rank). Not thread-safe: one call at a time, like
 * the communicator. A call on native segments allocates nothing; the array forms allocate the two
 * small segment views of their arrays.
 */
public final class Allreduce {

    /** How the sum is computed; every rank must use the same. */
    public enum Algorithm {
        /** {@link #REDUCE_SCATTER_ALLGATHER} from {@link Options#reduceScatterMinBytes()} up, else {@link #DIRECT}. */
        AUTO,
        /** Every rank reduces every chunk: one barrier per chunk. */
        DIRECT,
        /** Each rank reduces 1/nranks of a chunk, then all gather: k + 1 barriers for k chunks. */
        REDUCE_SCATTER_ALLGATHER
    }

    /**
     * Tuning; every rank must pass the same.
     *
     * @param algorithm             which algorithm, {@link Algorithm#AUTO} by default
     * @param reduceScatterMinBytes the call size from which AUTO uses reduce-scatter + all-gather
     * @param maxChunkBytes         the most bytes per chunk (also bounded by the window): small
     *                              enough that a chunk stays in cache between the rank that writes
     *                              it and the ranks that read it
     */
    public record Options(Algorithm algorithm, long reduceScatterMinBytes, long maxChunkBytes) {
        /**
         * AUTO's switch point: measured with {@code scripts/bench tune} on 2 cores, reduce-scatter is
         * level with direct at 4-8 KiB and ahead from 8-16 KiB on 2, 3 and 4 ranks, and stays ahead
         * up to 64 MiB (docs/benchmarks.md).
         */
        public static final long DEFAULT_REDUCE_SCATTER_MIN_BYTES = 8 * 1024;
        /**
         * Default chunk bound: two slots of it stay in a core's L2 between writer and readers, and a
         * barrier per chunk costs little at memory speed (docs/benchmarks.md; {@code scripts/bench tune}).
         */
        public static final long DEFAULT_MAX_CHUNK_BYTES = 512 * 1024;
        /** The defaults. */
        public static final Options DEFAULT = new Options(Algorithm.AUTO, DEFAULT_REDUCE_SCATTER_MIN_BYTES,
            DEFAULT_MAX_CHUNK_BYTES);

        /** Validates: algorithm not null, threshold >= 0, chunk bound >= 64 bytes. */
        public Options {
            Objects.requireNonNull(algorithm, "algorithm");
            if (reduceScatterMinBytes < 0) {
                throw new IllegalArgumentException("reduceScatterMinBytes=" + reduceScatterMinBytes + " must be >= 0");
            }
            if (maxChunkBytes < SlotLayout.ALIGN) {
                throw new IllegalArgumentException("maxChunkBytes=" + maxChunkBytes + " must be >= " + SlotLayout.ALIGN);
            }
        }

        /** These options with another algorithm. */
        public Options withAlgorithm(final Algorithm newAlgorithm) {
            return new Options(newAlgorithm, reduceScatterMinBytes, maxChunkBytes);
        }

        /** These options with another chunk bound. */
        public Options withMaxChunkBytes(final long newMaxChunkBytes) {
            return new Options(algorithm, reduceScatterMinBytes, newMaxChunkBytes);
        }

        /** These options with another AUTO threshold. */
        public Options withReduceScatterMinBytes(final long newMinBytes) {
            return new Options(algorithm, newMinBytes, maxChunkBytes);
        }
    }

    private final Options options;
    /** The windows, slots, call header and barrier, shared with the other collectives. */
    private final WindowGroup group;
    private final int rank;
    private final int nranks;
    /** Every rank's window, indexed by rank; the kernel's sources. */
    private final MemorySegment[] windows;
    private final MemorySegment own;
    /** The kernel's sources and their offsets, refilled per chunk (no allocation per call). */
    private final MemorySegment[] sources;
    private final long[] offsets;
    /** Bytes of one chunk: the slot's data bounded by the options, a multiple of 64. */
    private final long chunkBytes;
    private final SumKernel.Float32 floatSum = new SumKernel.Float32();
    private final SumKernel.Int64 longSum = new SumKernel.Int64();

    private Allreduce(final Options options, final WindowGroup group) {
        this.options = options;
        this.group = group;
        this.rank = group.rank;
        this.nranks = group.nranks;
        this.windows = group.windows;
        this.own = group.own;
        this.sources = new MemorySegment[nranks];
        this.offsets = new long[nranks];
        this.chunkBytes = group.chunkBytes;
    }

    /** An allreduce with the {@link Options#DEFAULT default options}; see {@link #over(Communicator, Options)}. */
    public static Allreduce over(final Communicator comm) {
        return over(comm, Options.DEFAULT);
    }

    /**
     * An allreduce over {@code comm}'s windows. Local: no rank waits for another here. Every rank
     * creates its own, with the same options, after {@link Communicator#allocWindows}.
     *
     * @throws UnsupportedOperationException when the backend has no host-readable windows (HCCL's
     *                                       windows are device memory)
     * @throws IllegalStateException         before {@code allocWindows} or after close
     * @throws IllegalArgumentException      when the window is smaller than 256 bytes
     */
    public static Allreduce over(final Communicator comm, final Options options) {
        Objects.requireNonNull(comm, "comm");
        Objects.requireNonNull(options, "options");
        return new Allreduce(options, WindowGroup.of(comm, "Allreduce", Allreduce::algorithmName,
            options.maxChunkBytes()));
    }

    /** The options this instance uses. */
    public Options options() {
        return options;
    }

    /** The most bytes one chunk carries: a call of more bytes is cut into chunks of this size. */
    public long chunkBytes() {
        return chunkBytes;
    }

    /** The algorithm a call of {@code bytes} bytes uses (resolves {@link Algorithm#AUTO}). */
    public Algorithm algorithmFor(final long bytes) {
        return switch (options.algorithm()) {
            case DIRECT -> Algorithm.DIRECT;
            case REDUCE_SCATTER_ALLGATHER -> nranks == 1 ? Algorithm.DIRECT : Algorithm.REDUCE_SCATTER_ALLGATHER;
            case AUTO -> nranks > 1 && bytes >= options.reduceScatterMinBytes()
                ? Algorithm.REDUCE_SCATTER_ALLGATHER : Algorithm.DIRECT;
        };
    }

    /**
     * Sums the float32 elements of {@code in} across all ranks into {@code out}. Collective.
     *
     * @param in  this rank's input: {@code in.byteSize() / 4} elements, native byte order
     * @param out where the sum goes, the same size; may be {@code in} itself, must not partly overlap it
     * @throws CommException            at {@link Stage#BARRIER}: a barrier failed or timed out, or the
     *                                  ranks disagree on the call (count, type, call number)
     * @throws IllegalArgumentException for sizes that differ or are not a multiple of 4, or a partial overlap
     * @throws IllegalStateException    after close, or after an earlier call failed
     */
    public void sumFloats(final MemorySegment in, final MemorySegment out) {
        run(floatSum, in, out, true);
    }

    /**
     * Sums the int64 elements of {@code in} across all ranks into {@code out} (wrapping on overflow).
     * Collective. As {@link #sumFloats}, with 8-byte elements.
     */
    public void sumLongs(final MemorySegment in, final MemorySegment out) {
        run(longSum, in, out, true);
    }

    /** {@link #sumFloats} over arrays; {@code out} may be {@code in}. */
    public void sum(final float[] in, final float[] out) {
        // two whole arrays are either the same array or disjoint: no overlap check needed
        run(floatSum, MemorySegment.ofArray(in), MemorySegment.ofArray(out), false);
    }

    /** {@link #sumFloats} into a new array. */
    public float[] sum(final float[] in) {
        final float[] out = new float[in.length];
        sum(in, out);
        return out;
    }

    /** {@link #sumLongs} over arrays; {@code out} may be {@code in}. */
    public void sum(final long[] in, final long[] out) {
        run(longSum, MemorySegment.ofArray(in), MemorySegment.ofArray(out), false);
    }

    /** {@link #sumLongs} into a new array. */
    public long[] sum(final long[] in) {
        final long[] out = new long[in.length];
        sum(in, out);
        return out;
    }

    private void run(final SumKernel kernel, final MemorySegment in, final MemorySegment out,
                     final boolean checkOverlap) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        group.requireUsable();
        checkArguments(kernel, in, out, checkOverlap);
        final long count = in.byteSize() / kernel.elementBytes();
        final long call = group.nextCall();
        try {
            if (algorithmFor(in.byteSize()) == Algorithm.DIRECT) {
                direct(kernel, in, out, count, call);
            } else {
                reduceScatterAllgather(kernel, in, out, count, call);
            }
        } catch (final RuntimeException e) {
            throw group.failed(e);
        } catch (final Error e) {
            throw group.failed(e);
        }
    }

    private void checkArguments(final SumKernel kernel, final MemorySegment in, final MemorySegment out,
                                final boolean checkOverlap) {
        final int e = kernel.elementBytes();
        if (in.byteSize() % e != 0) {
            throw new IllegalArgumentException("input of " + in.byteSize() + " bytes is not a whole number of "
                + kernel.typeName() + " elements (" + e + " bytes each)");
        }
        if (out.byteSize() != in.byteSize()) {
            throw new IllegalArgumentException("output has " + out.byteSize() + " bytes, input " + in.byteSize()
                + ": they must be the same size");
        }
        if (out.isReadOnly()) {
            throw new IllegalArgumentException("output segment is read-only");
        }
        if (checkOverlap && overlapPartly(in, out)) {
            throw new IllegalArgumentException("input and output overlap partly; pass the same segment for an "
                + "in-place sum, or disjoint ones");
        }
    }

    /** Whether two equally sized segments overlap without being the same memory; allocation-free when native. */
    private static boolean overlapPartly(final MemorySegment in, final MemorySegment out) {
        if (in.isNative() && out.isNative()) {
            final long a = in.address();
            final long b = out.address();
            final long n = in.byteSize();
            return a != b && a < b + n && b < a + n;
        }
        if (in.isNative() != out.isNative()) {
            return false;
        }
        final boolean same = in.address() == out.address() && in.heapBase().equals(out.heapBase());
        return !same && in.asOverlappingSlice(out).isPresent();
    }

    /** Elements per chunk for {@code kernel}. */
    private long chunkElements(final SumKernel kernel) {
        return chunkBytes / kernel.elementBytes();
    }

    private void direct(final SumKernel kernel, final MemorySegment in, final MemorySegment out, final long count,
                        final long call) {
        final int e = kernel.elementBytes();
        final long perChunk = chunkElements(kernel);
        long done = 0;
        boolean first = true;
        do {
            final long n = Math.min(perChunk, count - done);
            final long data = publish(kernel, in, done, n, call, count, first, Algorithm.DIRECT);
            for (int r = 0; r < nranks; r++) {
                sources[r] = windows[r];
                offsets[r] = data;
            }
            kernel.sum(sources, offsets, nranks, out, done * e, null, 0, n);
            done += n;
            first = false;
        } while (done < count);
    }

    /**
     * Reduce-scatter + all-gather, pipelined so that {@code k} chunks take {@code k + 1} barriers:
     *
     * <pre>
     * stage chunk 0 (the peers' blocks only) ; barrier ; check headers
     * for each chunk c:
     *     reduce own block of c   (own input + peers' slot of c  -&gt;  output and own slot of c)
     *     stage chunk c+1         (into the other slot)
     *     barrier                 (publishes the reduced blocks of c and the staged c+1)
     *     gather c                (peers' reduced blocks of c  -&gt;  output)
     * </pre>
     *
     * Why it is race-free: the blocks are the same for every chunk of a call (cut from the first
     * chunk; the last chunk's are clipped), so a rank's own block is always the same region of its
     * slots. Staging c+1 writes the slot of c-1 but never that region, and a peer gathering c-1 (which
     * it may still be doing) reads nothing else of this rank's slot; the peers read the other blocks of
     * that slot while reducing c-1, before the barrier this rank has passed. Reducing c+2 rewrites the
     * own block of the slot of c only after the barrier that ends c+1, so after every peer gathered c.
     * (A test that used per-chunk blocks failed exactly here, on the shorter last chunk.)
     */
    private void reduceScatterAllgather(final SumKernel kernel, final MemorySegment in, final MemorySegment out,
                                        final long count, final long call) {
        final long perChunk = chunkElements(kernel);
        final long chunks = Math.max(1, ceilDiv(count, perChunk));
        final long per = blockElements(kernel, Math.min(perChunk, count));
        int slot = group.takeSlot();
        stageBlocks(kernel, in, 0, Math.min(perChunk, count), per, slot);
        writeHeader(kernel, slot, call, count, Algorithm.REDUCE_SCATTER_ALLGATHER);
        group.barrier();
        group.checkPeers(slot, kernel.op(), call, count, SlotLayout.NO_ROOT,
            Algorithm.REDUCE_SCATTER_ALLGATHER.ordinal());
        for (long c = 0; c < chunks; c++) {
            final long from = c * perChunk;
            final long n = Math.min(perChunk, count - from);
            reduceOwnBlock(kernel, in, out, from, n, per, slot);
            final int nextSlot;
            if (c + 1 < chunks) {
                nextSlot = group.takeSlot();
                stageBlocks(kernel, in, from + n, Math.min(perChunk, count - from - n), per, nextSlot);
            } else {
                nextSlot = slot;
            }
            group.barrier();
            gatherPeerBlocks(kernel, out, from, n, per, slot);
            slot = nextSlot;
        }
    }

    /** Block {@code r} of a chunk of {@code n} elements starts here (clipped to n). */
    private long blockStart(final long n, final int r, final long per) {
        return Math.min(n, r * per);
    }

    /**
     * Elements per block for chunks of {@code n}: about n / nranks, rounded up to a cache line so no
     * two ranks write the same line of a slot.
     */
    private long blockElements(final SumKernel kernel, final long n) {
        final long align = SlotLayout.ALIGN / kernel.elementBytes();
        return ceilDiv(ceilDiv(n, nranks), align) * align;
    }

    /** Stages chunk {@code [from, from + n)} into {@code slot}: every block but this rank's own. */
    private void stageBlocks(final SumKernel kernel, final MemorySegment in, final long from, final long n,
                             final long per, final int slot) {
        final long mine = blockStart(n, rank, per);
        stage(kernel, in, from, mine, Math.min(n, mine + per) - mine, n, slot);
    }

    /** Reduces this rank's block of the chunk in {@code slot} into the output and into its own slot. */
    private void reduceOwnBlock(final SumKernel kernel, final MemorySegment in, final MemorySegment out,
                                final long from, final long n, final long per, final int slot) {
        final int e = kernel.elementBytes();
        final long mine = blockStart(n, rank, per);
        final long len = Math.min(n, mine + per) - mine;
        if (len == 0) {
            return;
        }
        final long data = group.dataOffset(slot);
        for (int r = 0; r < nranks; r++) {
            sources[r] = r == rank ? in : windows[r];
            offsets[r] = r == rank ? (from + mine) * e : data + mine * e;
        }
        kernel.sum(sources, offsets, nranks, out, (from + mine) * e, own, data + mine * e, len);
    }

    /** Copies the peers' reduced blocks of the chunk in {@code slot} into the output. */
    private void gatherPeerBlocks(final SumKernel kernel, final MemorySegment out, final long from, final long n,
                                  final long per, final int slot) {
        final int e = kernel.elementBytes();
        final long data = group.dataOffset(slot);
        for (int r = 0; r < nranks; r++) {
            final long start = blockStart(n, r, per);
            final long len = Math.min(n, start + per) - start;
            if (r != rank && len > 0) {
                MemorySegment.copy(windows[r], data + start * e, out, (from + start) * e, len * e);
            }
        }
    }

    /**
     * Copies elements {@code [from, from + n)} of {@code in} into this rank's next slot (at their
     * offset in the chunk), with the header on a call's first chunk, barriers, and on the first
     * chunk checks every peer's header. Returns the window offset of the slot's data.
     */
    private long publish(final SumKernel kernel, final MemorySegment in, final long from, final long n,
                         final long call, final long count, final boolean first, final Algorithm algorithm) {
        final int slot = group.takeSlot();
        final long data = stage(kernel, in, from, 0, 0, n, slot);
        if (first) {
            writeHeader(kernel, slot, call, count, algorithm);
        }
        group.barrier();
        if (first) {
            group.checkPeers(slot, kernel.op(), call, count, SlotLayout.NO_ROOT, algorithm.ordinal());
        }
        return data;
    }

    private void writeHeader(final SumKernel kernel, final int slot, final long call, final long count,
                             final Algorithm algorithm) {
        group.writeHeader(slot, kernel.op(), call, count, SlotLayout.NO_ROOT, algorithm.ordinal());
    }

    /**
     * Copies elements {@code [from, from + n)} of {@code in}, except the {@code skipLen} elements from
     * {@code from + skipStart} (the block only this rank reads), into slot {@code slot} of this rank's
     * window at their offset in the chunk. Returns the window offset of the slot's data.
     */
    private long stage(final SumKernel kernel, final MemorySegment in, final long from, final long skipStart,
                       final long skipLen, final long n, final int slot) {
        final long data = group.dataOffset(slot);
        final int e = kernel.elementBytes();
        if (skipStart > 0) {
            MemorySegment.copy(in, from * e, own, data, skipStart * e);
        }
        final long tail = skipStart + skipLen;
        if (tail < n) {
            MemorySegment.copy(in, (from + tail) * e, own, data + tail * e, (n - tail) * e);
        }
        return data;
    }

    private static String algorithmName(final int ordinal) {
        final Algorithm[] all = Algorithm.values();
        return ordinal >= 0 && ordinal < all.length ? all[ordinal].name() : "unknown algorithm " + ordinal;
    }

    private static long ceilDiv(final long a, final long b) {
        return WindowGroup.ceilDiv(a, b);
    }
}
