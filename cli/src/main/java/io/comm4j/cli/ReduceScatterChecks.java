package io.comm4j.cli;

import io.comm4j.Communicator;
import io.comm4j.collective.ReduceScatter;

import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Locale;

/**
 * ReduceScatter's passes: each rank's input is {@code nranks} blocks of {@code bytes}, float32 then
 * int64; rank {@code r}'s block of the sum is checked bit for bit against the rank-order sum.
 */
final class ReduceScatterChecks extends CollectiveChecks {
    private final long maxChunkBytes;
    private ReduceScatter reduceScatter;

    /** @param bytes bytes of each rank's result block, a multiple of 8 */
    ReduceScatterChecks(final long bytes, final int iterations, final long maxChunkBytes) {
        super(bytes, iterations);
        this.maxChunkBytes = maxChunkBytes;
    }

    @Override
    List<String> stepNames() {
        return List.of("reduce-scatter f32", "reduce-scatter i64");
    }

    @Override
    String prepare(final Communicator c) {
        reduceScatter = ReduceScatter.over(c, maxChunkBytes);
        return "float32 blocks of " + reduceScatter.blockChunkBytes(Float.BYTES) + " bytes per chunk";
    }

    @Override
    String run(final int index, final Communicator c) {
        final boolean floats = index == 0;
        final int rank = c.rank();
        final int nranks = c.nranks();
        final MemorySegment in = buffer(bytes * nranks);
        final MemorySegment out = buffer(bytes);
        final long count = bytes / (floats ? Float.BYTES : Long.BYTES);
        fillSummands(in, rank, floats, count * nranks);
        final Runnable call = floats ? () -> reduceScatter.sumFloats(in, out) : () -> reduceScatter.sumLongs(in, out);
        call.run();
        checkSums(c, out, floats, rank * count, count,
            "reduce-scatter result differs from block " + rank + " of the rank-order sum");
        return String.format(Locale.ROOT, "%d %s per rank's block, bit-identical to the rank-order sum%s", count,
            floats ? "float32" : "int64", timing(c, bytes * nranks, call));
    }
}
