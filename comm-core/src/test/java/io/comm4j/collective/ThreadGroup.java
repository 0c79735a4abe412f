package io.comm4j.collective;

import io.comm4j.CommContext;
import io.comm4j.CommException;
import io.comm4j.CommTimeoutException;
import io.comm4j.Communicator;
import io.comm4j.Stage;
import io.comm4j.internal.Attachments;
import io.comm4j.internal.IdleStrategy;
import io.comm4j.internal.NanoClock;
import io.comm4j.internal.Waiter;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A group of ranks inside one JVM, one thread each: windows are shared native segments, the barrier
 * is a {@link CyclicBarrier} with a timeout. Lets the allreduce algorithm be tested fast and
 * deterministically; the real-process tests with the sim backend live in comm-sim.
 */
final class ThreadGroup implements AutoCloseable {
    private final Arena arena = Arena.ofShared();
    private final MemorySegment[] windows;
    private final CyclicBarrier barrier;
    private final Duration timeout;
    private final long windowBytes;
    /** Barriers each rank has entered. */
    private final AtomicLongArray barriers;
    /** Per rank: run before each of its barriers (null: nothing), to tamper with what it publishes. */
    private final Runnable[] beforeBarrier;
    private final Runnable[] beforeWindowWait;

    ThreadGroup(final int nranks, final long windowBytes, final Duration timeout) {
        this.windowBytes = windowBytes;
        this.timeout = timeout;
        this.windows = new MemorySegment[nranks];
        for (int r = 0; r < nranks; r++) {
            windows[r] = arena.allocate(windowBytes, 4096);
        }
        this.barrier = new CyclicBarrier(nranks);
        this.barriers = new AtomicLongArray(nranks);
        this.beforeBarrier = new Runnable[nranks];
        this.beforeWindowWait = new Runnable[nranks];
    }

    /** How many barriers rank {@code rank} has entered. */
    long barriers(final int rank) {
        return barriers.get(rank);
    }

    /** Rank {@code rank}'s window (what its peers read). */
    MemorySegment window(final int rank) {
        return windows[rank];
    }

    /**
     * Runs {@code action} on rank {@code rank}'s thread each time it has to wait on a peer's window
     * (a streamed call's progress; set before {@link #run}): a way to make that rank fall behind.
     */
    void beforeWindowWait(final int rank, final Runnable action) {
        beforeWindowWait[rank] = action;
    }

    /** Runs {@code action} on rank {@code rank}'s thread before each of its barriers (set before {@link #run}). */
    void beforeBarrier(final int rank, final Runnable action) {
        beforeBarrier[rank] = action;
    }

    /** The communicator of rank {@code rank}. */
    Communicator member(final int rank) {
        return new Member(rank, true);
    }

    /** A communicator of rank {@code rank} whose backend has no host windows (like HCCL). */
    Communicator memberWithoutHostWindows(final int rank) {
        return new Member(rank, false);
    }

    /**
     * Runs {@code body} once on every rank of a fresh group of {@code nranks} (windows of
     * {@code windowBytes}), then frees the group; what each rank returned, by rank.
     */
    static List<Object> runOnce(final int nranks, final long windowBytes, final Duration timeout, final RankBody body)
        throws InterruptedException {
        try (ThreadGroup group = new ThreadGroup(nranks, windowBytes, timeout)) {
            return group.run(body);
        }
    }

    /** Runs {@code body} on every rank, each in its own thread; rethrows the first failure, with the rank. */
    List<Object> run(final RankBody body) throws InterruptedException {
        final int n = windows.length;
        final Object[] results = new Object[n];
        final Throwable[] failures = new Throwable[n];
        final List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            final int rank = r;
            threads.add(Thread.ofPlatform().name("rank-" + r).start(() -> {
                try {
                    results[rank] = body.run(member(rank));
                } catch (final Throwable t) {
                    failures[rank] = t;
                }
            }));
        }
        for (final Thread t : threads) {
            t.join(timeout.multipliedBy(4).toMillis());
        }
        for (int r = 0; r < n; r++) {
            if (failures[r] != null) {
                throw new RankFailure(r, failures[r]);
            }
        }
        return Arrays.asList(results);
    }

    @Override
    public void close() {
        arena.close();
    }

    /** What every rank runs. */
    @FunctionalInterface
    interface RankBody {
        Object run(Communicator comm) throws Exception;
    }

    /** A rank's failure, keeping the rank and the original exception. */
    static final class RankFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int rank;

        RankFailure(final int rank, final Throwable cause) {
            super("rank " + rank + " failed: " + cause, cause);
            this.rank = rank;
        }
    }

    private final class Member implements Communicator {
        private final int rank;
        private final boolean hostWindows;
        private final Attachments attachments = new Attachments();
        /** Window waits: threads may outnumber cores, so a short spin, then yields. */
        private final Waiter waiter = new Waiter("threads", NanoClock.SYSTEM,
            new IdleStrategy(100, 100_000, IdleStrategy.MAX_PARK_NANOS));

        Member(final int rank, final boolean hostWindows) {
            this.rank = rank;
            this.hostWindows = hostWindows;
        }

        @Override
        public int rank() {
            return rank;
        }

        @Override
        public int nranks() {
            return windows.length;
        }

        @Override
        public String backendName() {
            return hostWindows ? "threads" : "device-only";
        }

        @Override
        public CommContext allocWindows(final long winSizeHint) {
            throw new UnsupportedOperationException("windows are allocated by the test group");
        }

        @Override
        public long localWindowBase() {
            return windows[rank].address();
        }

        @Override
        public long windowSize() {
            return windowBytes;
        }

        @Override
        public CommContext context() {
            throw new UnsupportedOperationException("no context in the thread group");
        }

        @Override
        public void barrier() {
            barriers.incrementAndGet(rank);
            if (beforeBarrier[rank] != null) {
                beforeBarrier[rank].run();
            }
            final long start = System.nanoTime();
            try {
                barrier.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (final TimeoutException | BrokenBarrierException e) {
                throw new CommTimeoutException(Stage.BARRIER, backendName(), "every rank to reach the barrier",
                    Duration.ofNanos(System.nanoTime() - start), timeout);
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CommException(Stage.BARRIER, backendName(), "interrupted");
            }
        }

        @Override
        public Optional<HostWindows> hostWindows() {
            if (!hostWindows) {
                return Optional.empty();
            }
            return Optional.of(new HostWindows() {
                @Override
                public MemorySegment window(final int r) {
                    return windows[r];
                }

                @Override
                public void await(final int peer, final BooleanSupplier condition,
                                  final Supplier<String> awaited) {
                    if (condition.getAsBoolean()) {
                        return;
                    }
                    if (beforeWindowWait[rank] != null) {
                        beforeWindowWait[rank].run();
                    }
                    waiter.await(condition, timeout, Stage.BARRIER, awaited);
                }
            });
        }

        @Override
        public <T> T attachment(final Class<T> type, final Supplier<? extends T> create) {
            return attachments.get(type, create);
        }

        @Override
        public void close() {
            // the group owns the memory
            attachments.clear();
        }
    }
}
