package io.comm4j.internal;

import io.comm4j.BlockingCall;
import io.comm4j.Stage;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The registry behind {@link BlockingCall#inProgress()}: a backend brackets each native call that waits
 * for other ranks with {@link #enter}, so a watchdog can name the call that hung.
 */
public final class BlockingCalls {
    private static final ConcurrentHashMap<Long, BlockingCall> RUNNING = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT = new AtomicLong();

    private BlockingCalls() {
    }

    /** One bracketed call; {@link #close()} when the native function returned (or threw). */
    public static final class Scope implements AutoCloseable {
        private final long id;

        private Scope(final long id) {
            this.id = id;
        }

        @Override
        public void close() {
            RUNNING.remove(id);
        }
    }

    /**
     * Marks the calling thread as inside {@code call} until the returned scope is closed.
     *
     * @param call    the native function's name
     * @param stage   the stage its failure is reported at
     * @param backend the backend making it
     */
    public static Scope enter(final String call, final Stage stage, final String backend) {
        final long id = NEXT.incrementAndGet();
        RUNNING.put(id, new BlockingCall(call, stage, backend, Thread.currentThread().getName(), System.nanoTime()));
        return new Scope(id);
    }

    /** What {@link BlockingCall#inProgress()} returns. */
    public static List<BlockingCall> inProgress() {
        return RUNNING.values().stream().sorted(Comparator.comparingLong(BlockingCall::startNanos)).toList();
    }
}
