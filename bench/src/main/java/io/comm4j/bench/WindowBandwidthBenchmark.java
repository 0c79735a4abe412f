package io.comm4j.bench;

import io.comm4j.Communicator;
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

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Bandwidth of writing into and reading from a sim window with {@link MemorySegment#copy}: the
 * bulk copy comm4j's collectives use, against C's single-thread {@code memcpy} ({@code memcpy_bw.c}).
 *
 * <p>A one-rank sim group with a 64 MiB window (pre-faulted by the backend at allocation); the
 * private buffer is native memory touched in setup. {@code write} copies the buffer into the
 * window, {@code read} copies the window into the buffer. {@link WindowBench} turns the average time
 * into GB/s. The group meets at the path in the system property {@value #ROOTINFO_PROPERTY} when
 * set (scripts/bench sets it, so it can remove the segment should the run be killed), else in a
 * fresh directory under {@code java.io.tmpdir}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WindowBandwidthBenchmark {
    /** System property naming the rendezvous path of the benchmark's one-rank group. */
    public static final String ROOTINFO_PROPERTY = "comm4j.bench.rootinfo";

    /** The largest size measured; the window is this big. */
    static final long WINDOW_BYTES = 64L << 20;

    /** Bytes per copy. */
    @Param({"1048576", "67108864"})
    public long bytes;

    private Path dir;
    private Communicator comm;
    private Arena arena;
    private MemorySegment window;
    private MemorySegment buffer;

    /** Joins a one-rank group and prepares the buffer. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        final String given = System.getProperty(ROOTINFO_PROPERTY);
        dir = given == null ? Files.createTempDirectory("comm4j-window-bench") : null;
        comm = Ranks.join(0, 1, given == null ? dir.resolve("rootinfo") : Path.of(given));
        comm.allocWindows(WINDOW_BYTES);
        window = comm.hostWindows().orElseThrow().window(0);
        arena = Arena.ofShared();
        buffer = arena.allocate(bytes, 4096);
        buffer.fill((byte) 1);
    }

    /** Leaves the group and removes what setup made. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        comm.close();
        arena.close();
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (final Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }

    /** Private buffer into the window. */
    @Benchmark
    public void write() {
        MemorySegment.copy(buffer, 0, window, 0, bytes);
    }

    /** The window into a private buffer. */
    @Benchmark
    public void read() {
        MemorySegment.copy(window, 0, buffer, 0, bytes);
    }
}
