package io.comm4j.sim;

import io.comm4j.CommException;
import io.comm4j.Communicator;
import io.comm4j.collective.AllToAll;
import io.comm4j.collective.Allgather;
import io.comm4j.collective.Broadcast;
import io.comm4j.collective.ReduceScatter;
import io.comm4j.testing.AllreduceReference;
import io.comm4j.testing.MixedCalls;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.time.Duration;
import java.util.Arrays;

import static io.comm4j.sim.CollectiveRanks.report;

/**
 * One rank of {@code CollectivesSimProcessTest}: joins a sim group and runs broadcast (from every
 * root), allgather, reduce-scatter (float32 and int64) and all-to-all, each in its plain and its
 * in-place form where it has one, on sizes of several chunks that are no multiple of anything,
 * checking every byte against what every rank's input (a pure function of rank and seed) must give.
 * Prints {@code OK <what>} or {@code WRONG <what> at <index>} per check.
 *
 * <pre>CollectivesRank RANK NRANKS ROOTINFO WINDOW_BYTES SIZE MODE</pre>
 * MODE {@code check} runs the checks; {@code stress} runs 200 {@link MixedCalls} and prints
 * {@code WRONG <call>} per wrong result and {@code STRESS DONE}; {@code root-disagree} calls broadcast with root = own rank and
 * prints {@code FAILED <message>} for the CommException; {@code die} makes rank 1 exit in the middle
 * of the group's second broadcast and the others print {@code FAILED <message>}; {@code fail-locally}
 * makes rank 1's broadcast fail between two barriers (its buffer belongs to another thread's
 * confined arena, so the first copy into it throws) and every rank prints {@code FAILED <stage>
 * <message>} (a CommException) or {@code FAILED-LOCALLY <exception>}, each followed by
 * {@code AFTER <millis>}: the time from the call to its failure; {@code native} runs broadcast from
 * every root, allgather (plain, in place) and all-to-all on native buffers (the single-copy path)
 * and prints {@code OK}/{@code WRONG} per check and {@code BARRIERS <count>} (the path taken shows
 * in the count: 2 per single-copy call plus 1 for the group's probe, one per chunk when staged).
 */
public final class CollectivesRank {
    private CollectivesRank() {
    }

    static byte[] bytes(final int rank, final int n, final long seed) {
        return MixedCalls.bytes(rank, n, seed);
    }

    public static void main(final String[] args) throws Exception {
        final int size = Integer.parseInt(args[CollectiveRanks.OWN]);
        final String mode = args[CollectiveRanks.OWN + 1];
        final Duration timeout = Duration.ofSeconds(
            mode.equals("check") || mode.equals("stress") || mode.equals("fail-locally") || mode.equals("native")
                || mode.equals("die") ? 30 : 3);
        try (Communicator comm = CollectiveRanks.join(args, timeout)) {
            final int rank = comm.rank();
            switch (mode) {
                case "check" -> check(comm, size);
                case "stress" -> {
                    MixedCalls.run(comm, 200, size).forEach(w -> System.out.println("WRONG " + w));
                    System.out.println("STRESS DONE");
                }
                case "root-disagree" -> {
                    try {
                        Broadcast.over(comm).broadcast(MemorySegment.ofArray(new byte[size]), rank);
                        System.out.println("RETURNED");
                    } catch (final CommException e) {
                        System.out.println("FAILED " + e.stage() + " " + e.getMessage());
                    }
                }
                case "die" -> {
                    final Broadcast bcast = Broadcast.over(comm);
                    bcast.broadcast(MemorySegment.ofArray(new byte[size]), 0);
                    if (rank == 1) {
                        Runtime.getRuntime().halt(3);
                    }
                    final long start = System.nanoTime();
                    try {
                        bcast.broadcast(MemorySegment.ofArray(new byte[size]), 0);
                        System.out.println("RETURNED");
                    } catch (final CommException e) {
                        System.out.println("FAILED " + e.stage() + " " + e.getMessage());
                    }
                    System.out.println("AFTER " + (System.nanoTime() - start) / 1_000_000);
                    return;
                }
                case "native" -> {
                    checkNative(comm, size);
                    System.out.println("BARRIERS " + ((SimCommunicator) comm).barriersCompleted());
                }
                case "fail-locally" -> {
                    failLocally(comm, size);
                    return;
                }
                default -> throw new IllegalArgumentException("mode " + mode);
            }
            comm.barrier();
        }
    }

    private static void failLocally(final Communicator comm, final int size) throws InterruptedException {
        final MemorySegment buffer;
        if (comm.rank() == 1) {
            final MemorySegment[] foreign = new MemorySegment[1];
            final Thread owner = Thread.ofPlatform().start(() -> foreign[0] = Arena.ofConfined().allocate(size));
            owner.join();
            buffer = foreign[0];
        } else {
            buffer = MemorySegment.ofArray(new byte[size]);
        }
        final Broadcast bcast = Broadcast.over(comm);
        bcast.broadcast(MemorySegment.ofArray(new byte[size]), 0);
        final long start = System.nanoTime();
        try {
            bcast.broadcast(buffer, 0);
            System.out.println("RETURNED");
        } catch (final CommException e) {
            System.out.println("FAILED " + e.stage() + " " + e.getMessage());
        } catch (final RuntimeException e) {
            System.out.println("FAILED-LOCALLY " + e);
        }
        System.out.println("AFTER " + (System.nanoTime() - start) / 1_000_000);
    }

    private static void checkNative(final Communicator comm, final int n) {
        final int rank = comm.rank();
        final int nranks = comm.nranks();
        try (Arena arena = Arena.ofConfined()) {
            final Broadcast bcast = Broadcast.over(comm);
            for (int root = 0; root < nranks; root++) {
                final MemorySegment buf = arena.allocate(n);
                MemorySegment.copy(MemorySegment.ofArray(bytes(rank, n, 500 + root)), 0, buf, 0, n);
                bcast.broadcast(buf, root);
                report("native broadcast root " + root,
                    Arrays.mismatch(buf.toArray(ValueLayout.JAVA_BYTE), bytes(root, n, 500 + root)));
            }
            final byte[] gathered = new byte[nranks * n];
            for (int r = 0; r < nranks; r++) {
                System.arraycopy(bytes(r, n, 600), 0, gathered, r * n, n);
            }
            final Allgather allgather = Allgather.over(comm);
            final MemorySegment in = arena.allocate(n);
            MemorySegment.copy(MemorySegment.ofArray(bytes(rank, n, 600)), 0, in, 0, n);
            final MemorySegment out = arena.allocate((long) nranks * n);
            allgather.gather(in, out);
            report("native allgather", Arrays.mismatch(out.toArray(ValueLayout.JAVA_BYTE), gathered));
            final MemorySegment inPlace = arena.allocate((long) nranks * n);
            MemorySegment.copy(MemorySegment.ofArray(bytes(rank, n, 600)), 0, inPlace, (long) rank * n, n);
            allgather.gatherInPlace(inPlace);
            report("native allgather in place", Arrays.mismatch(inPlace.toArray(ValueLayout.JAVA_BYTE), gathered));

            final byte[] expected = new byte[nranks * n];
            for (int q = 0; q < nranks; q++) {
                System.arraycopy(bytes(q, nranks * n, 700), rank * n, expected, q * n, n);
            }
            final MemorySegment send = arena.allocate((long) nranks * n);
            MemorySegment.copy(MemorySegment.ofArray(bytes(rank, nranks * n, 700)), 0, send, 0, (long) nranks * n);
            final MemorySegment recv = arena.allocate((long) nranks * n);
            AllToAll.over(comm).exchange(send, recv);
            report("native all-to-all", Arrays.mismatch(recv.toArray(ValueLayout.JAVA_BYTE), expected));
        }
    }

    private static void check(final Communicator comm, final int n) {
        final int rank = comm.rank();
        final int nranks = comm.nranks();
        final Broadcast bcast = Broadcast.over(comm);
        for (int root = 0; root < nranks; root++) {
            final byte[] buf = bytes(rank, n, 100 + root);
            bcast.broadcast(MemorySegment.ofArray(buf), root);
            report("broadcast root " + root, Arrays.mismatch(buf, bytes(root, n, 100 + root)));
        }
        final byte[] gathered = new byte[nranks * n];
        for (int r = 0; r < nranks; r++) {
            System.arraycopy(bytes(r, n, 200), 0, gathered, r * n, n);
        }
        final Allgather allgather = Allgather.over(comm);
        final byte[] out = new byte[nranks * n];
        allgather.gather(MemorySegment.ofArray(bytes(rank, n, 200)), MemorySegment.ofArray(out));
        report("allgather", Arrays.mismatch(out, gathered));
        final byte[] inPlace = new byte[nranks * n];
        System.arraycopy(bytes(rank, n, 200), 0, inPlace, rank * n, n);
        allgather.gatherInPlace(MemorySegment.ofArray(inPlace));
        report("allgather in place", Arrays.mismatch(inPlace, gathered));

        final AllToAll a2a = AllToAll.over(comm);
        final byte[] expected = new byte[nranks * n];
        for (int q = 0; q < nranks; q++) {
            System.arraycopy(bytes(q, nranks * n, 300), rank * n, expected, q * n, n);
        }
        final byte[] received = new byte[nranks * n];
        a2a.exchange(MemorySegment.ofArray(bytes(rank, nranks * n, 300)), MemorySegment.ofArray(received));
        report("all-to-all", Arrays.mismatch(received, expected));
        final byte[] exchanged = bytes(rank, nranks * n, 300);
        a2a.exchangeInPlace(MemorySegment.ofArray(exchanged));
        report("all-to-all in place", Arrays.mismatch(exchanged, expected));

        final ReduceScatter rs = ReduceScatter.over(comm);
        final int m = n / 8 + 1;
        final float[][] floats = new float[nranks][];
        final long[][] longs = new long[nranks][];
        for (int r = 0; r < nranks; r++) {
            floats[r] = AllreduceReference.floats(r, nranks * m, 400);
            longs[r] = AllreduceReference.longs(r, nranks * m, 401);
        }
        final float[] floatSum = Arrays.copyOfRange(AllreduceReference.sumInRankOrder(floats), rank * m, (rank + 1) * m);
        report("reduce-scatter float32", AllreduceReference.firstBitDifference(rs.sum(floats[rank]), floatSum));
        final float[] floatBuf = floats[rank].clone();
        rs.sumFloatsInPlace(MemorySegment.ofArray(floatBuf));
        report("reduce-scatter float32 in place",
            AllreduceReference.firstBitDifference(Arrays.copyOf(floatBuf, m), floatSum));
        final long[] longSum = Arrays.copyOfRange(AllreduceReference.sum(longs), rank * m, (rank + 1) * m);
        report("reduce-scatter int64", Arrays.mismatch(rs.sum(longs[rank]), longSum));
    }
}
