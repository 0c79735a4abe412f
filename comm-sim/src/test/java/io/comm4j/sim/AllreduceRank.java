package io.comm4j.sim;

import io.comm4j.Communicator;
import io.comm4j.collective.Allreduce.Algorithm;
import io.comm4j.collective.Allreduce.Options;
import io.comm4j.collective.Allreduce;
import io.comm4j.testing.AllreduceReference;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;

/**
 * One rank of {@code AllreduceSimProcessTest}: joins a sim group, sums {@link AllreduceReference} inputs
 * with {@link Allreduce}, and prints {@code SUM <sha-256 of the result's bytes>} and, when the result
 * equals the rank-order reference bit for bit, {@code OK allreduce call <seed>}; else
 * {@code WRONG allreduce call <seed> at <index>}.
 *
 * <pre>AllreduceRank RANK NRANKS ROOTINFO WINDOW_BYTES DIRECT|REDUCE_SCATTER_ALLGATHER COUNT CALLS</pre>
 * Runs CALLS calls back to back (seeds 1..CALLS), float32 on odd seeds and int64 on even ones, so
 * the slot hand-over between calls of both types is exercised; prints one SUM line and one OK/WRONG line per call.
 */
public final class AllreduceRank {
    private AllreduceRank() {
    }

    public static void main(final String[] args) throws Exception {
        final Algorithm algorithm = Algorithm.valueOf(args[CollectiveRanks.OWN]);
        final int count = Integer.parseInt(args[CollectiveRanks.OWN + 1]);
        final int calls = Integer.parseInt(args[CollectiveRanks.OWN + 2]);
        try (Communicator comm = CollectiveRanks.join(args, Duration.ofSeconds(30))) {
            final int rank = comm.rank();
            final int nranks = comm.nranks();
            final Allreduce allreduce = Allreduce.over(comm, Options.DEFAULT.withAlgorithm(algorithm));
            for (int seed = 1; seed <= calls; seed++) {
                final ByteBuffer bytes;
                final int mismatch;
                if (seed % 2 == 1) {
                    final float[][] inputs = new float[nranks][];
                    for (int r = 0; r < nranks; r++) {
                        inputs[r] = AllreduceReference.floats(r, count, seed);
                    }
                    final float[] got = allreduce.sum(inputs[rank]);
                    mismatch = AllreduceReference.firstBitDifference(got, AllreduceReference.sumInRankOrder(inputs));
                    bytes = ByteBuffer.allocate(count * 4);
                    bytes.asFloatBuffer().put(got);
                } else {
                    final long[][] inputs = new long[nranks][];
                    for (int r = 0; r < nranks; r++) {
                        inputs[r] = AllreduceReference.longs(r, count, seed);
                    }
                    final long[] got = allreduce.sum(inputs[rank]);
                    final long[] expected = AllreduceReference.sum(inputs);
                    int first = -1;
                    for (int i = 0; i < count && first < 0; i++) {
                        first = got[i] == expected[i] ? -1 : i;
                    }
                    mismatch = first;
                    bytes = ByteBuffer.allocate(count * 8);
                    bytes.asLongBuffer().put(got);
                }
                System.out.println("SUM " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array())));
                CollectiveRanks.report("allreduce call " + seed, mismatch);
            }
            comm.barrier();
        }
    }
}
