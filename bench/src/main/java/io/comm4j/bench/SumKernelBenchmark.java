package io.comm4j.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.TimeUnit;

/**
 * The evidence for the shape of comm4j's reduction kernel ({@code io.comm4j.collective.SumKernel}):
 * {@code out = a + b} over three native segments (two windows and an output), written two ways.
 * <ul>
 *   <li>{@code segmentLoop}: the obvious loop of {@code getAtIndex}/{@code setAtIndex}. C2 (JDK 25)
 *       keeps it scalar: it cannot prove that the segments do not overlap.</li>
 *   <li>{@code tiled}: what SumKernel does: copy an 8 KiB tile of each source into a float[] (a
 *       memcpy), add the arrays (a loop C2 vectorises), copy the tile out.</li>
 * </ul>
 * {@link WindowBench} reports both in GB/s of the three streams (12 bytes per element).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SumKernelBenchmark {
    private static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT_UNALIGNED;
    private static final int TILE = 2048;

    /** Bytes per operand. */
    @Param({"65536", "1048576"})
    public long bytes;

    private Arena arena;
    private MemorySegment a;
    private MemorySegment b;
    private MemorySegment out;
    private final float[] acc = new float[TILE];
    private final float[] tmp = new float[TILE];

    /** Allocates and fills the operands. */
    @Setup(Level.Trial)
    public void setUp() {
        arena = Arena.ofShared();
        a = arena.allocate(bytes, 64);
        b = arena.allocate(bytes, 64);
        out = arena.allocate(bytes, 64);
        for (long i = 0; i < bytes / 4; i++) {
            a.setAtIndex(F, i, i);
            b.setAtIndex(F, i, -i * 0.5f);
        }
    }

    /** Frees the operands. */
    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
    }

    /** The scalar segment loop. */
    @Benchmark
    public MemorySegment segmentLoop() {
        final long n = bytes / 4;
        for (long i = 0; i < n; i++) {
            out.setAtIndex(F, i, a.getAtIndex(F, i) + b.getAtIndex(F, i));
        }
        return out;
    }

    /** Tiles through arrays, as SumKernel. */
    @Benchmark
    public MemorySegment tiled() {
        final long n = bytes / 4;
        for (long done = 0; done < n; ) {
            final int m = (int) Math.min(TILE, n - done);
            MemorySegment.copy(a, F, done * 4, acc, 0, m);
            MemorySegment.copy(b, F, done * 4, tmp, 0, m);
            for (int i = 0; i < m; i++) {
                acc[i] += tmp[i];
            }
            MemorySegment.copy(acc, 0, out, F, done * 4, m);
            done += m;
        }
        return out;
    }
}
