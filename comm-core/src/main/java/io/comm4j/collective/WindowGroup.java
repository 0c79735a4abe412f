package io.comm4j.collective;

import io.comm4j.CommException;
import io.comm4j.Communicator;
import io.comm4j.Stage;

import java.lang.foreign.MemorySegment;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The machinery every collective of this package shares: the ranks' host windows cut into two
 * alternating slots ({@link SlotLayout}), the per-communicator slot and call counter, the call
 * header that makes ranks which disagree fail together, the places where a collective waits
 * ({@link #barrier()}, and a streamed call's waits on a peer's progress through the backend's
 * {@link Communicator.HostWindows#await}), the pipelined chunk loop ({@link #pipeline}) and the
 * streamed one ({@link #stream}).
 *
 * <p><b>The slot invariant</b> every collective keeps, which lets calls follow each other without a
 * closing barrier: before its first barrier a call writes only the slot it took first (the one its
 * previous call did not end in); the barrier that publishes chunk {@code k} proves every rank has
 * finished reading chunk {@code k-2}'s slot, and is the earliest point a rank rewrites it. So a
 * peer may still be reading the last slot of a call while this rank starts the next one. A streamed
 * call keeps it too: it takes one slot (its header), writes the other only after its barrier, and
 * its producer returns only when every reader has read both.
 *
 * <p><b>Failure.</b> A call that throws marks the communicator's collectives broken: the ranks no
 * longer agree on what the windows hold, so every later call of any collective over it refuses with
 * an {@link IllegalStateException} naming the first failure. It also aborts the group
 * ({@link Communicator#abort}), so peers waiting in this call's barriers fail at once, naming this
 * rank, rather than at their deadline. A peer that died mid-call is seen by the backend's waits
 * (the sim's within about 10 ms, naming it), or else is their timeout; the first rank to see it
 * records it for the group the same way.
 *
 * <p><b>Single copy.</b> The byte-moving collectives may skip the windows: from
 * {@link #SINGLE_COPY_MIN_BYTES}, with native buffers, each rank reads its peers' buffers in place
 * ({@link SingleCopy}); see {@link #pipeline} for how the ranks agree on it.
 *
 * <p>One instance per collective instance; the {@link Cursor} behind it is per communicator (its
 * {@link Communicator#attachment attachment}). Not thread-safe, like the communicator.
 */
final class WindowGroup {
    /** Ordinal written in the header's algorithm field by a call of {@link #pipeline}. */
    static final int PIPELINED = 0;
    /** Ordinal written in the header's algorithm field by a call of {@link #stream}. */
    static final int STREAMED = 1;
    /**
     * The most bytes a streamed call's producer publishes at a time: small enough that its readers
     * trail it by only a few microseconds of copying, large enough that the store and polls per
     * piece cost nothing next to the copy.
     */
    static final long STREAM_PIECE_BYTES = 64 * 1024;
    /**
     * The smallest call (the header's count: bytes per rank, or per block) that goes single-copy:
     * the default chunk. Below it a staged call is one chunk and one barrier, and was already ahead
     * of MPI (docs/benchmarks.md); a single-copy call takes two barriers and a system call per peer,
     * and process_vm_readv moved bytes 3-8x slower than memcpy on the loaded VM it was measured on
     * (pinning the peer's pages costs per page), so it has to save a whole copy of a large buffer.
     */
    static final long SINGLE_COPY_MIN_BYTES = Allreduce.Options.DEFAULT_MAX_CHUNK_BYTES;
    private static final byte PROBE_UNKNOWN = 0;
    private static final byte PROBE_FAILED = SlotLayout.PROBE_FAILED;

    final Communicator comm;
    final int rank;
    final int nranks;
    final long windowBytes;
    /** Every rank's window, indexed by rank. */
    final MemorySegment[] windows;
    final MemorySegment own;
    /** Data bytes of one chunk: a slot's data bounded by the caller's maximum, a multiple of 64. */
    final long chunkBytes;
    /** "Allreduce", "Broadcast", ...: the collective's name in messages. */
    private final String name;
    /** Names the algorithm ordinals of the header, for option mismatch messages. */
    private final IntFunction<String> algorithmName;
    private final Cursor cursor;
    /** Waits on the peers' progress in a streamed call (the backend's deadline, abort and liveness). */
    private final Communicator.HostWindows hostWindows;
    private final Progress progress = new Progress();
    /** Made on the first single-copy call. */
    private SingleCopy singleCopy;
    /** The slot whose headers name the peers' sources during a single-copy call. */
    private int directSlot;
    private final Peers peers = this::readPeer;

    private WindowGroup(final Communicator comm, final String name, final IntFunction<String> algorithmName,
                        final long maxChunkBytes, final Communicator.HostWindows hostWindows) {
        this.comm = comm;
        this.name = name;
        this.algorithmName = algorithmName;
        this.rank = comm.rank();
        this.nranks = comm.nranks();
        this.windowBytes = comm.windowSize();
        if (windowBytes < SlotLayout.MIN_WINDOW_BYTES) {
            throw new IllegalArgumentException("window of " + windowBytes + " bytes is too small for " + name
                + ": it needs at least " + SlotLayout.MIN_WINDOW_BYTES
                + " bytes (two slots of a 64-byte header and 64 bytes of data)");
        }
        this.windows = new MemorySegment[nranks];
        for (int r = 0; r < nranks; r++) {
            windows[r] = hostWindows.window(r);
            if (windows[r].byteSize() < windowBytes) {
                throw new IllegalStateException("backend " + comm.backendName() + " gave a host window of "
                    + windows[r].byteSize() + " bytes for rank " + r + ", but windowSize() is " + windowBytes);
            }
        }
        this.own = windows[rank];
        this.hostWindows = hostWindows;
        this.chunkBytes = Math.min(SlotLayout.dataBytes(windowBytes), maxChunkBytes) / SlotLayout.ALIGN
            * SlotLayout.ALIGN;
        this.cursor = comm.attachment(Cursor.class, Cursor::new);
    }

    /**
     * The windows of {@code comm} for the collective {@code name}.
     *
     * @throws UnsupportedOperationException when the backend has no host-readable windows, or its
     *                                       communicator keeps no attachments
     * @throws IllegalArgumentException      when the window is smaller than {@link SlotLayout#MIN_WINDOW_BYTES}
     *                                       or {@code maxChunkBytes} is below 64
     */
    static WindowGroup of(final Communicator comm, final String name, final IntFunction<String> algorithmName,
                          final long maxChunkBytes) {
        Objects.requireNonNull(comm, "comm");
        if (maxChunkBytes < SlotLayout.ALIGN) {
            throw new IllegalArgumentException("maxChunkBytes=" + maxChunkBytes + " must be >= " + SlotLayout.ALIGN);
        }
        final Communicator.HostWindows hostWindows = comm.hostWindows().orElseThrow(() ->
            new UnsupportedOperationException(name + " needs host-readable windows, and backend '"
                + comm.backendName() + "' has none (its windows are device memory); use the sim backend, "
                + "or a device-side collective"));
        return new WindowGroup(comm, name, algorithmName, maxChunkBytes, hostWindows);
    }

    /** The collective's name for messages, e.g. "Broadcast". */
    String name() {
        return name;
    }

    /**
     * Refuses a call when an earlier call of any collective over this communicator failed. Check
     * before the arguments, then take the number with {@link #nextCall()}.
     */
    void requireUsable() {
        final Cursor c = cursor;
        if (c.broken != null) {
            throw new IllegalStateException("an earlier " + c.brokenBy + " call failed; the ranks no longer agree on "
                + "the windows' state, make a new communicator: " + c.broken.getMessage(), c.broken);
        }
    }

    /** This call's number, shared by all collectives over the communicator: 1, 2, ... */
    long nextCall() {
        return ++cursor.calls;
    }

    /**
     * Marks the collectives over this communicator broken by {@code failure} and aborts the group
     * ({@link Communicator#abort}), and returns it (an {@link Error} is rethrown as it is, after
     * marking).
     */
    Error failed(final Error failure) {
        markBroken(failure);
        return failure;
    }

    /** As {@link #failed(Error)}, for an exception. */
    <T extends RuntimeException> T failed(final T failure) {
        markBroken(failure);
        return failure;
    }

    /**
     * A failure between two barriers leaves the peers blocked in the next one: the abort tells them
     * now (naming this rank) instead of at their deadline. Recording it when the failure was the
     * barrier's own is harmless: the group keeps its first record. A disagreement found by
     * {@link #checkPeers} is not an abort: every rank finds it in the same headers after the same
     * barrier, so the group fails together and its communicator stays in step.
     */
    private void markBroken(final Throwable failure) {
        cursor.broken = failure;
        cursor.brokenBy = name;
        if (failure == cursor.disagreement) {
            return;
        }
        try {
            comm.abort(Stage.BARRIER, failure);
        } catch (final RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** The slot the next chunk uses; slots alternate across chunks, calls and collectives. */
    int takeSlot() {
        final int slot = cursor.nextSlot;
        cursor.nextSlot = slot ^ 1;
        return slot;
    }

    long slotOffset(final int slot) {
        return SlotLayout.slotOffset(windowBytes, slot);
    }

    long dataOffset(final int slot) {
        return SlotLayout.dataOffset(windowBytes, slot);
    }

    /**
     * Waits until every rank has reached this point, with the communicator's deadline. Every wait of
     * every collective goes through here, so a group-wide abort (a failed rank marking the group)
     * reaches all of them in one place: the communicator's barrier.
     *
     * @throws CommException at {@link Stage#BARRIER} when the barrier fails or times out
     */
    void barrier() {
        comm.barrier();
    }

    /** Writes this rank's call header into {@code slot}; see {@link SlotLayout} for the fields. */
    void writeHeader(final int slot, final int op, final long call, final long count, final int root,
                     final int algorithm) {
        SlotLayout.writeHeader(own, slotOffset(slot), op, rank, call, count, root, algorithm, chunkBytes);
    }

    /**
     * Throws, on every rank alike (each reads all headers), when any rank's header of this call in
     * {@code slot} differs from this rank's: another collective or element type, call number, count,
     * root, algorithm or chunk size. Call after the barrier that publishes the headers.
     */
    void checkPeers(final int slot, final int op, final long call, final long count, final int root,
                    final int algorithm) {
        final long at = slotOffset(slot);
        final String what = name.toLowerCase(Locale.ROOT);
        for (int r = 0; r < nranks; r++) {
            final MemorySegment w = windows[r];
            final int peerOp = SlotLayout.intField(w, at, SlotLayout.OP_OFFSET);
            final int owner = SlotLayout.intField(w, at, SlotLayout.RANK_OFFSET);
            final long peerCall = SlotLayout.longField(w, at, SlotLayout.CALL_OFFSET);
            final long peerCount = SlotLayout.longField(w, at, SlotLayout.COUNT_OFFSET);
            if (peerOp != op || owner != r || peerCall != call || peerCount != count) {
                throw disagreement(what + " ranks disagree: rank " + rank
                    + " is in call " + call + " (" + SlotLayout.describe(op, count) + ") but rank " + r
                    + "'s window holds " + (owner != r ? "a header of rank " + owner + ", " : "") + "call " + peerCall
                    + " (" + SlotLayout.describe(peerOp, peerCount) + "); every rank must make the same calls with "
                    + "the same sizes");
            }
            final int peerRoot = SlotLayout.intField(w, at, SlotLayout.ROOT_OFFSET);
            if (peerRoot != root) {
                throw disagreement(what + " ranks disagree on the root: rank "
                    + rank + " is in call " + call + " with root " + root + ", rank " + r + " with root " + peerRoot
                    + "; every rank must pass the same root");
            }
            final int peerAlgorithm = SlotLayout.intField(w, at, SlotLayout.ALGORITHM_OFFSET);
            final long peerChunk = SlotLayout.longField(w, at, SlotLayout.CHUNK_OFFSET);
            if (peerAlgorithm != algorithm || peerChunk != chunkBytes) {
                throw disagreement(what + " ranks disagree on the options: "
                    + "rank " + rank + " uses " + algorithmName.apply(algorithm) + " with chunks of " + chunkBytes
                    + " bytes, rank " + r + " " + algorithmName.apply(peerAlgorithm) + " with chunks of " + peerChunk
                    + " bytes; every rank must pass the same " + name + " options and window size");
            }
        }
    }

    /** The failure every rank throws alike for a header disagreement; remembered so it does not abort. */
    private CommException disagreement(final String message) {
        final CommException e = new CommException(Stage.BARRIER, comm.backendName(), message);
        cursor.disagreement = e;
        return e;
    }

    /**
     * What a pipelined collective does with one chunk. {@code data} is the window offset of the
     * chunk's slot data (the same offset in every rank's window).
     */
    interface Chunks {
        /** Writes this rank's part of chunk {@code chunk} into its own window at {@code data}. */
        void stage(long chunk, long data);

        /** Reads chunk {@code chunk} from the windows at {@code data} into the result. */
        void consume(long chunk, long data);

        /**
         * This call's single-copy form, or {@code null} when this rank's buffers do not allow it
         * (heap memory moves, so a peer cannot read it by address; an in-place all-to-all would
         * overwrite what its peers still read). The default: none.
         */
        default Direct direct() {
            return null;
        }
    }

    /** A call done by reading the peers' own buffers ({@link SingleCopy}), no staging. */
    interface Direct {
        /** The address, in this process, of this rank's source bytes; 0 when it has none. */
        long source();

        /** Moves every byte this rank receives, through {@code peers}, and any local copy. */
        void run(Peers peers);
    }

    /** Reads a peer's source bytes during a single-copy call. */
    interface Peers {
        /** Copies {@code n} bytes at {@code offset} of rank {@code rank}'s source into {@code dst[dstOffset..]}. */
        void read(int rank, long offset, MemorySegment dst, long dstOffset, long n);
    }

    /**
     * Runs a call of {@code chunks} chunks (at least 1), pipelined over the two slots:
     *
     * <pre>
     * stage 0 ; header ; barrier ; check headers
     * for each chunk c:
     *     consume c            (reads slot of c)
     *     stage c+1            (writes the other slot: that of c-1, which every rank finished
     *                           reading before the barrier that published c)
     *     barrier              (publishes c+1)
     * </pre>
     *
     * So {@code k} chunks take {@code k} barriers, and while one rank consumes chunk {@code c} its
     * peers may already stage {@code c+1}. No closing barrier: see the class's slot invariant.
     * Consuming chunk {@code c} happens after staging it, which is what makes the in-place variants
     * safe (a consumed chunk overwrites only input that has been staged already).
     *
     * <p><b>Single copy.</b> When {@code steps} has a {@link Chunks#direct() direct} form, the call is
     * at least {@link #SINGLE_COPY_MIN_BYTES}, and this rank can read other processes, it skips
     * staging and offers a single copy in its header (source address, pid). After the header barrier
     * every rank sees the same offers: if every rank offered (and the group's probe, made once on the
     * first such call, passed), each reads its peers' buffers directly, then one closing barrier
     * (the sources may not change before every peer has read them). If only some offered, those stage
     * chunk 0 now and every rank passes one extra barrier, then the staged loop runs. The choice is a
     * function of headers all ranks read after the same barrier, so it is never split.
     *
     * <p>A failure marks the collectives broken ({@link #failed}) before it is rethrown.
     */
    void pipeline(final long chunks, final int op, final long call, final long count, final int root,
                  final Chunks steps) {
        try {
            runPipeline(chunks, op, call, count, root, steps);
        } catch (final RuntimeException e) {
            throw failed(e);
        } catch (final Error e) {
            throw failed(e);
        }
    }

    private void runPipeline(final long chunks, final int op, final long call, final long count, final int root,
                             final Chunks steps) {
        int slot = takeSlot();
        final Direct direct = nranks > 1 && count >= SINGLE_COPY_MIN_BYTES && cursor.probe != PROBE_FAILED
            && SingleCopy.usable() ? steps.direct() : null;
        if (direct == null) {
            steps.stage(0, dataOffset(slot));
        }
        writeHeader(slot, op, call, count, root, PIPELINED);
        if (direct != null) {
            SlotLayout.writeOffer(own, slotOffset(slot), direct.source(), SingleCopy.selfPid());
        }
        barrier();
        checkPeers(slot, op, call, count, root, PIPELINED);
        final int offers = offers(slot);
        if (offers > 0) {
            if (offers == nranks && probed(slot)) {
                directSlot = slot;
                direct.run(peers);
                barrier();
                return;
            }
            if (direct != null) {
                steps.stage(0, dataOffset(slot));
            }
            barrier();
        }
        for (long c = 0; c < chunks; c++) {
            steps.consume(c, dataOffset(slot));
            if (c + 1 < chunks) {
                slot = takeSlot();
                steps.stage(c + 1, dataOffset(slot));
                barrier();
            }
        }
    }

    /** What a streamed collective does with the pieces of its bytes ({@link #stream}). */
    interface Stream {
        /** The producer: copies the call's bytes {@code [from, from + n)} into its own window at {@code at}. */
        void produce(long from, long at, long n);

        /** Every other rank: copies the call's bytes {@code [from, from + n)} out of the producer's window at {@code at}. */
        void consume(long from, long at, long n);
    }

    /**
     * Runs a call that moves {@code bytes} bytes from rank {@code producer} to every other rank
     * through the producer's window, streamed: the producer copies them in pieces of at most
     * {@link #STREAM_PIECE_BYTES} into a ring made of its two slots' data, publishing after each
     * piece how far it got; every other rank copies each piece out as soon as it is published and
     * publishes how far it got in turn. So the copies into and out of the window overlap piece by
     * piece, with one barrier per call instead of one per chunk:
     *
     * <pre>
     * header (progress 0) into the slot taken first ; barrier ; check headers
     * producer: for each piece: wait until every reader is past (piece end - 2 chunks) ;
     *                           copy it in ; publish progress
     *           wait until every reader has read all      (so the next call may rewrite either slot)
     * reader:   for each piece: wait until the producer published it ; copy it out ; publish progress
     * </pre>
     *
     * <p>Progress goes in the header of the slot the call took first (its {@code source} field,
     * {@link SlotLayout}); the header barrier proves every rank has finished every earlier call, so
     * both slots of the producer's window are free after it. The call takes one slot, so the next
     * call starts in the other one, whose header nobody reads any more: a reader may still be
     * publishing into this call's header, or the producer reading it, while a rank that finished
     * starts the next call. The producer ends only when every reader has read everything, so its
     * next call may write either slot. Every wait is the backend's ({@link Communicator.HostWindows#await}).
     *
     * <p>A failure marks the collectives broken ({@link #failed}) before it is rethrown.
     */
    void stream(final int producer, final long bytes, final int op, final long call, final long count,
                final int root, final Stream steps) {
        try {
            runStream(producer, bytes, op, call, count, root, steps);
        } catch (final RuntimeException e) {
            throw failed(e);
        } catch (final Error e) {
            throw failed(e);
        }
    }

    private void runStream(final int producer, final long bytes, final int op, final long call, final long count,
                           final int root, final Stream steps) {
        final int slot = takeSlot();
        final long header = slotOffset(slot);
        writeHeader(slot, op, call, count, root, STREAMED);
        barrier();
        checkPeers(slot, op, call, count, root, STREAMED);
        final long first = dataOffset(slot);
        final long second = dataOffset(slot ^ 1);
        final long ring = 2 * chunkBytes;
        final long piece = pieceBytes();
        progress.header = header;
        long done = 0;
        while (done < bytes) {
            final long inRegion = done % chunkBytes;
            final long at = ((done / chunkBytes) & 1) == 0 ? first + inRegion : second + inRegion;
            final long n = Math.min(Math.min(piece, chunkBytes - inRegion), bytes - done);
            if (rank == producer) {
                awaitReaders(producer, done + n - ring);
                steps.produce(done, at, n);
            } else {
                awaitRank(producer, done + n);
                steps.consume(done, at, n);
            }
            done += n;
            SlotLayout.publishProgress(own, header, done);
        }
        if (rank == producer) {
            awaitReaders(producer, bytes);
        }
    }

    /** The most bytes a streamed call moves at a time: {@link #STREAM_PIECE_BYTES}, or a chunk when that is smaller. */
    long pieceBytes() {
        return Math.min(chunkBytes, STREAM_PIECE_BYTES);
    }

    /** Waits until every rank but {@code producer} has published at least {@code bytes} of progress. */
    private void awaitReaders(final int producer, final long bytes) {
        if (bytes <= 0) {
            return;
        }
        for (int r = 0; r < nranks; r++) {
            if (r != producer) {
                awaitRank(r, bytes);
            }
        }
    }

    /** Waits until rank {@code r} has published at least {@code bytes} of progress in this call. */
    private void awaitRank(final int r, final long bytes) {
        if (SlotLayout.progress(windows[r], progress.header) >= bytes) {
            return;
        }
        progress.peer = r;
        progress.bytes = bytes;
        hostWindows.await(r, progress, progress.awaited);
    }

    /** The condition of a streamed call's waits, built once: rank {@link #rank}'s progress reached {@link #bytes}. */
    private final class Progress implements BooleanSupplier {
        long header;
        int peer;
        long bytes;
        final Supplier<String> awaited = () -> "rank " + peer + " to get to byte " + bytes + " of " + name
            + " call " + cursor.calls + " (it is at byte " + SlotLayout.progress(windows[peer], header) + ")";

        @Override
        public boolean getAsBoolean() {
            return SlotLayout.progress(windows[peer], header) >= bytes;
        }
    }

    /** How many ranks offered a single copy in {@code slot}'s headers. */
    private int offers(final int slot) {
        final long at = slotOffset(slot);
        int n = 0;
        for (int r = 0; r < nranks; r++) {
            n += SlotLayout.byteField(windows[r], at, SlotLayout.OFFER_OFFSET) == 1 ? 1 : 0;
        }
        return n;
    }

    /**
     * Whether the group may read each other's processes: known after the first call every rank
     * offered, in which each rank reads every peer's header of {@code slot} by process_vm_readv and
     * publishes whether it matched, and one barrier later all take the same verdict from all results.
     */
    private boolean probed(final int slot) {
        if (cursor.probe == PROBE_UNKNOWN) {
            final long at = slotOffset(slot);
            boolean ok = true;
            for (int r = 0; r < nranks && ok; r++) {
                if (r != rank) {
                    final MemorySegment w = windows[r];
                    ok = singleCopy().probe(SlotLayout.intField(w, at, SlotLayout.PID_OFFSET),
                        SlotLayout.longField(w, at, SlotLayout.SELF_OFFSET), w.asSlice(at, SlotLayout.PROBED_BYTES));
                }
            }
            SlotLayout.writeProbe(own, at, ok ? SlotLayout.PROBE_OK : SlotLayout.PROBE_FAILED);
            barrier();
            byte verdict = SlotLayout.PROBE_OK;
            for (int r = 0; r < nranks; r++) {
                if (SlotLayout.byteField(windows[r], at, SlotLayout.PROBE_OFFSET) != SlotLayout.PROBE_OK) {
                    verdict = SlotLayout.PROBE_FAILED;
                }
            }
            cursor.probe = verdict;
        }
        return cursor.probe == SlotLayout.PROBE_OK;
    }

    private void readPeer(final int r, final long offset, final MemorySegment dst, final long dstOffset, final long n) {
        if (n == 0) {
            return;
        }
        final long at = slotOffset(directSlot);
        final MemorySegment w = windows[r];
        singleCopy().read(SlotLayout.intField(w, at, SlotLayout.PID_OFFSET), r,
            SlotLayout.longField(w, at, SlotLayout.SOURCE_OFFSET) + offset, dst, dstOffset, n);
    }

    private SingleCopy singleCopy() {
        if (singleCopy == null) {
            singleCopy = new SingleCopy(comm.backendName());
        }
        return singleCopy;
    }

    /**
     * Bytes of one rank's block in a chunk that carries one block per rank: the chunk split
     * {@code nranks} ways, rounded down to 64 bytes so no two blocks share a cache line, or to whole
     * elements when the chunk is too small for that.
     *
     * @throws IllegalArgumentException when not even one element per rank fits
     */
    long blockBytes(final int elementBytes) {
        final long perRank = chunkBytes / nranks;
        final long aligned = perRank / SlotLayout.ALIGN * SlotLayout.ALIGN;
        final long bytes = aligned > 0 ? aligned : perRank / elementBytes * elementBytes;
        if (bytes == 0) {
            throw new IllegalArgumentException("window of " + windowBytes + " bytes is too small for " + name
                + " on " + nranks + " ranks: a chunk of " + chunkBytes + " bytes holds less than one " + elementBytes
                + "-byte element per rank");
        }
        return bytes;
    }

    /** Whether two segments share any byte; allocation-free when both are native. */
    static boolean overlap(final MemorySegment a, final MemorySegment b) {
        if (a.byteSize() == 0 || b.byteSize() == 0 || a.isNative() != b.isNative()) {
            return false;
        }
        if (a.isNative()) {
            return a.address() < b.address() + b.byteSize() && b.address() < a.address() + a.byteSize();
        }
        return a.asOverlappingSlice(b).isPresent();
    }

    /** Whether two segments are the same memory of the same size. */
    static boolean same(final MemorySegment a, final MemorySegment b) {
        return a.byteSize() == b.byteSize() && a.isNative() == b.isNative() && a.address() == b.address()
            && (a.isNative() || a.heapBase().equals(b.heapBase()));
    }

    /** Throws unless {@code out} is writable. */
    static void requireWritable(final MemorySegment out, final String what) {
        if (out.isReadOnly()) {
            throw new IllegalArgumentException(what + " segment is read-only");
        }
    }

    static long ceilDiv(final long a, final long b) {
        return (a + b - 1) / b;
    }

    /**
     * What must be the same for every collective over one communicator: the slot the next chunk uses,
     * the call count, a failure. The communicator owns it ({@link Communicator#attachment}: made by
     * the first collective, dropped at close), so instances of any collective and options can be
     * mixed without racing on a slot.
     */
    static final class Cursor {
        int nextSlot;
        long calls;
        Throwable broken;
        String brokenBy;
        /** The last header disagreement thrown: failed alike by every rank, so no group abort. */
        CommException disagreement;
        /** The group's single-copy probe: unknown (0), {@link SlotLayout#PROBE_OK} or {@link SlotLayout#PROBE_FAILED}. */
        byte probe;
    }
}
