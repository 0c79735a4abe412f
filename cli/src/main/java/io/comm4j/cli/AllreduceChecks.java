package io.comm4j.cli;

import io.comm4j.Communicator;
import io.comm4j.collective.Allreduce;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
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
        final int rank = c.rank();
        final int nranks = c.nranks();
        final MemorySegment in = buffer(bytes);
        final MemorySegment out = buffer(bytes);
        final long count = bytes / (floats ? Float.BYTES : Long.BYTES);
        for (long i = 0; i < count; i++) {
            if (floats) {
                in.setAtIndex(ValueLayout.JAVA_FLOAT, i, GeneratedValues.floatAt(rank, i));
            } else {
                in.setAtIndex(ValueLayout.JAVA_LONG, i, GeneratedValues.longAt(rank, i));
            }
        }
        final Runnable call = floats ? () -> allreduce.sumFloats(in, out) : () -> allreduce.sumLongs(in, out);
        call.run();
        for (long i = 0; i < count; i++) {
            if (floats) {
                final float e = GeneratedValues.floatSum(nranks, i);
                final float g = out.getAtIndex(ValueLayout.JAVA_FLOAT, i);
                if (Float.floatToRawIntBits(g) != Float.floatToRawIntBits(e)) {
                    throw wrong(c, "allreduce result differs from the rank-order sum", i, count, g, e);
                }
            } else {
                final long e = GeneratedValues.longSum(nranks, i);
                final long g = out.getAtIndex(ValueLayout.JAVA_LONG, i);
                if (g != e) {
                    throw wrong(c, "allreduce result differs from the rank-order sum", i, count, g, e);
                }
            }
        }
        return String.format(Locale.ROOT, "%d %s per rank, %s, bit-identical to the rank-order sum%s", count,
            floats ? "float32" : "int64", allreduce.algorithmFor(bytes).name().toLowerCase(Locale.ROOT),
            timing(c, bytes, call));
    }
}
