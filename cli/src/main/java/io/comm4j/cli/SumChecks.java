package io.comm4j.cli;

import io.comm4j.Communicator;
import io.comm4j.collective.Allreduce;
import io.comm4j.collective.ReduceScatter;

import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Locale;

/**
 * The summing collectives' passes, float32 then int64, each result checked bit for bit against the
 * rank-order sum: allreduce sums {@code bytes} per rank ({@link Allreduce}); reduce-scatter takes
 * {@code nranks} blocks of {@code bytes} per rank and checks rank {@code r}'s block of the sum
 * ({@link ReduceScatter}).
 */
final class SumChecks extends CollectiveChecks {
    /** Which collective. */
    enum Kind {
        ALLREDUCE("allreduce"), REDUCE_SCATTER("reduce-scatter");

        final String step;

        Kind(final String step) {
            this.step = step;
        }
    }

    private final Kind kind;
    private final Allreduce.Options options;
    private Allreduce allreduce;
    private ReduceScatter reduceScatter;

    /**
     * @param bytes   bytes per rank and call (allreduce) or of each rank's result block (reduce-scatter),
     *                a multiple of 8
     * @param options allreduce's options; reduce-scatter takes their chunk limit
     */
    SumChecks(final Kind kind, final long bytes, final int iterations, final Allreduce.Options options) {
        super(bytes, iterations);
        this.kind = kind;
        this.options = options;
    }

    @Override
    List<String> stepNames() {
        return List.of(kind.step + " f32", kind.step + " i64");
    }

    @Override
    String prepare(final Communicator c) {
        if (kind == Kind.REDUCE_SCATTER) {
            reduceScatter = ReduceScatter.over(c, options.maxChunkBytes());
            return "float32 blocks of " + reduceScatter.blockChunkBytes(Float.BYTES) + " bytes per chunk";
        }
        allreduce = Allreduce.over(c, options);
        return "chunks of " + allreduce.chunkBytes() + " bytes";
    }

    @Override
    String run(final int index, final Communicator c) {
        final boolean floats = index == 0;
        final int rank = c.rank();
        final int blocks = kind == Kind.REDUCE_SCATTER ? c.nranks() : 1;
        final MemorySegment in = buffer(bytes * blocks);
        final MemorySegment out = buffer(bytes);
        final long count = bytes / (floats ? Float.BYTES : Long.BYTES);
        fillSummands(in, rank, floats, count * blocks);
        final Runnable call = call(floats, in, out);
        call.run();
        final String type = floats ? "float32" : "int64";
        return switch (kind) {
            case ALLREDUCE -> {
                checkSums(c, out, floats, 0, count, "allreduce result differs from the rank-order sum");
                yield String.format(Locale.ROOT, "%d %s per rank, %s, bit-identical to the rank-order sum%s", count,
                    type, allreduce.algorithmFor(bytes).name().toLowerCase(Locale.ROOT), timing(c, bytes, call));
            }
            case REDUCE_SCATTER -> {
                checkSums(c, out, floats, rank * count, count,
                    "reduce-scatter result differs from block " + rank + " of the rank-order sum");
                yield String.format(Locale.ROOT, "%d %s per rank's block, bit-identical to the rank-order sum%s",
                    count, type, timing(c, bytes * blocks, call));
            }
        };
    }

    private Runnable call(final boolean floats, final MemorySegment in, final MemorySegment out) {
        return switch (kind) {
            case ALLREDUCE -> floats ? () -> allreduce.sumFloats(in, out) : () -> allreduce.sumLongs(in, out);
            case REDUCE_SCATTER -> floats ? () -> reduceScatter.sumFloats(in, out)
                : () -> reduceScatter.sumLongs(in, out);
        };
    }
}
