package io.comm4j.cli;

import io.comm4j.Communicator;
import io.comm4j.collective.Allreduce;

import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Locale;

/**
 * Allreduce's passes: {@code bytes} per rank of float32, then of int64, summed with
 * {@link Allreduce} and checked bit for bit against the rank-order sum.
 */
final class AllreduceChecks extends CollectiveChecks {
    private final Allreduce.Options options;
    private Allreduce allreduce;

    /** @param bytes bytes per rank and call, a multiple of 8 */
    AllreduceChecks(final long bytes, final int iterations, final Allreduce.Options options) {
        super(bytes, iterations);
        this.options = options;
    }

    @Override
    List<String> stepNames() {
        return List.of("allreduce f32", "allreduce i64");
    }

    @Override
    String prepare(final Communicator c) {
        allreduce = Allreduce.over(c, options);
        return "chunks of " + allreduce.chunkBytes() + " bytes";
    }

    @Override
    String run(final int index, final Communicator c) {
        final boolean floats = index == 0;
        final MemorySegment in = buffer(bytes);
        final MemorySegment out = buffer(bytes);
        final long count = bytes / (floats ? Float.BYTES : Long.BYTES);
        fillSummands(in, c.rank(), floats, count);
        final Runnable call = floats ? () -> allreduce.sumFloats(in, out) : () -> allreduce.sumLongs(in, out);
        call.run();
        checkSums(c, out, floats, 0, count, "allreduce result differs from the rank-order sum");
        return String.format(Locale.ROOT, "%d %s per rank, %s, bit-identical to the rank-order sum%s", count,
            floats ? "float32" : "int64", allreduce.algorithmFor(bytes).name().toLowerCase(Locale.ROOT),
            timing(c, bytes, call));
    }
}
