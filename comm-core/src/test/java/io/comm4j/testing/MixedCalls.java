package io.comm4j.testing;

import io.comm4j.Communicator;
import io.comm4j.collective.AllToAll;
import io.comm4j.collective.Allgather;
import io.comm4j.collective.Allreduce;
import io.comm4j.collective.Broadcast;
import io.comm4j.collective.ReduceScatter;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Back-to-back calls of all five collectives on one rank, in an order and with sizes drawn from a
 * seed (the same on every rank), each result checked against what every rank's input (a pure
 * function of rank and call) must give. Used by the thread tests and by the rank processes.
 */
public final class MixedCalls {
    private MixedCalls() {
    }

    /** Rank {@code rank}'s bytes for call {@code seed}. */
    public static byte[] bytes(final int rank, final int n, final long seed) {
        final byte[] b = new byte[n];
        new SplittableRandom(seed * 1_000_003L + rank).nextBytes(b);
        return b;
    }

    /**
     * Runs {@code calls} mixed calls on {@code comm} (every rank with the same {@code seed});
     * returns the calls whose result was wrong, empty when all were exact.
     */
    public static List<String> run(final Communicator comm, final int calls, final long seed) {
        final int nranks = comm.nranks();
        final int rank = comm.rank();
        final Broadcast bcast = Broadcast.over(comm);
        final Allgather gather = Allgather.over(comm);
        final ReduceScatter rs = ReduceScatter.over(comm);
        final AllToAll a2a = AllToAll.over(comm);
        final Allreduce direct = Allreduce.over(comm, Allreduce.Options.DEFAULT
            .withAlgorithm(Allreduce.Algorithm.DIRECT));
        // reduce-scatter + all-gather writes its own slot in a second phase: a different slot pattern
        final Allreduce rsag = Allreduce.over(comm, Allreduce.Options.DEFAULT
            .withAlgorithm(Allreduce.Algorithm.REDUCE_SCATTER_ALLGATHER));
        final SplittableRandom random = new SplittableRandom(seed);
        final List<String> wrong = new ArrayList<>();
        for (int c = 0; c < calls; c++) {
            final int op = random.nextInt(6);
            final int n = random.nextInt(3) == 0 ? random.nextInt(4) : random.nextInt(2000);
            final String what = "call " + c + " (op " + op + ", n " + n + ")";
            switch (op) {
                case 0 -> {
                    final int root = random.nextInt(nranks);
                    final byte[] buf = bytes(rank, n, c);
                    bcast.broadcast(MemorySegment.ofArray(buf), root);
                    if (!Arrays.equals(buf, bytes(root, n, c))) {
                        wrong.add(what);
                    }
                }
                case 1 -> {
                    final byte[] out = new byte[nranks * n];
                    gather.gather(MemorySegment.ofArray(bytes(rank, n, c)), MemorySegment.ofArray(out));
                    for (int r = 0; r < nranks; r++) {
                        if (Arrays.mismatch(out, r * n, (r + 1) * n, bytes(r, n, c), 0, n) >= 0) {
                            wrong.add(what + " block " + r);
                        }
                    }
                }
                case 2 -> {
                    final long[] out = rs.sum(AllreduceReference.longs(rank, nranks * n, c));
                    final long[][] all = new long[nranks][];
                    for (int r = 0; r < nranks; r++) {
                        all[r] = AllreduceReference.longs(r, nranks * n, c);
                    }
                    if (!Arrays.equals(out, Arrays.copyOfRange(AllreduceReference.sum(all), rank * n,
                        (rank + 1) * n))) {
                        wrong.add(what);
                    }
                }
                case 3 -> {
                    final byte[] buf = bytes(rank, nranks * n, c);
                    a2a.exchangeInPlace(MemorySegment.ofArray(buf));
                    for (int q = 0; q < nranks; q++) {
                        if (Arrays.mismatch(buf, q * n, (q + 1) * n, bytes(q, nranks * n, c), rank * n,
                            (rank + 1) * n) >= 0) {
                            wrong.add(what + " block " + q);
                        }
                    }
                }
                default -> {
                    final float[][] all = new float[nranks][];
                    for (int r = 0; r < nranks; r++) {
                        all[r] = AllreduceReference.floats(r, n, c);
                    }
                    final Allreduce allreduce = op == 4 ? direct : rsag;
                    if (AllreduceReference.firstBitDifference(allreduce.sum(all[rank]),
                        AllreduceReference.sumInRankOrder(all)) >= 0) {
                        wrong.add(what);
                    }
                }
            }
        }
        return wrong;
    }
}
