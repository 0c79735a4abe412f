package io.comm4j.cli.testing;

import io.comm4j.CommBackend;
import io.comm4j.CommConfig;
import io.comm4j.CommContext;
import io.comm4j.CommException;
import io.comm4j.CommTimeoutException;
import io.comm4j.Communicator;
import io.comm4j.Stage;
import io.comm4j.internal.ContextStruct;
import io.comm4j.internal.Waiter;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A test-only backend named {@code scripted} whose failures are scripted, so the CLI's stage codes,
 * launcher and summary can be tested without a real backend. It shares nothing between processes:
 * barriers return at once and there are no host windows (the canary is skipped).
 *
 * <p>The script comes from the environment variable {@value #ENV} (inherited by the ranks a launcher
 * starts) or the system property of the same name (in-process tests): actions separated by
 * {@code ;}, each {@code action:step@rank} where step is a smoke step name with {@code _} for spaces
 * ({@code alloc_windows}) and rank is a number or {@code *}:
 * <ul>
 *   <li>{@code fail:STEP@R} throws a CommException at the step's stage;</li>
 *   <li>{@code hang:STEP@R} waits until the configured timeout, then throws a timeout (a peer that
 *       never comes);</li>
 *   <li>{@code stall:STEP@R} blocks without any deadline (a hung native call: only the launcher's
 *       deadline ends it);</li>
 *   <li>{@code slow:STEP@R} takes 1.5 s (well within a timeout of 2 s or more), then succeeds and leaves
 *       the file {@code <rootinfo>.slow-STEP} as proof that it finished;</li>
 *   <li>{@code busy:STEP@R} computes for the timeout plus 7 s, then succeeds (a healthy step longer than
 *       the launcher's grace: it must not be stopped);</li>
 *   <li>{@code die:STEP@R} halts the JVM with exit code 99 (a rank that crashes);</li>
 *   <li>{@code badctx:*@R} puts a wrong rankId into the context;</li>
 *   <li>{@code unavailable:*@*} makes the backend unavailable.</li>
 * </ul>
 */
public final class ScriptedBackend implements CommBackend {
    /** The variable/property holding the script. */
    public static final String ENV = "COMM4J_SCRIPTED";

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public Optional<String> unavailableReason() {
        return script().stream().anyMatch(a -> a.action().equals("unavailable"))
            ? Optional.of("scripted as unavailable (" + ENV + ")") : Optional.empty();
    }

    @Override
    public Communicator init(final CommConfig config) {
        unavailableReason().ifPresent(r -> {
            throw new CommException(Stage.LOAD, name(), r);
        });
        final ScriptedCommunicator c = new ScriptedCommunicator(config, script());
        c.at("init", Stage.INIT);
        return c;
    }

    record Action(String action, String step, String rank) {
        boolean matches(final String s, final int r) {
            return (step.equals("*") || step.replace('_', ' ').equals(s))
                && (rank.equals("*") || Integer.parseInt(rank) == r);
        }
    }

    static List<Action> script() {
        String s = System.getenv(ENV);
        if (s == null) {
            s = System.getProperty(ENV, "");
        }
        final List<Action> actions = new ArrayList<>();
        for (final String part : s.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            final String[] a = part.strip().split("[:@]");
            actions.add(new Action(a[0].toLowerCase(Locale.ROOT), a.length > 1 ? a[1] : "*", a.length > 2 ? a[2] : "*"));
        }
        return actions;
    }

    /** Carries out the actions of {@code script} that match {@code step} on {@code rank}. */
    static void act(final List<Action> script, final String step, final Stage stage, final CommConfig config) {
        for (final Action a : script) {
            if (!a.matches(step, config.rank())) {
                continue;
            }
            switch (a.action()) {
                case "fail" -> throw new CommException(stage, "scripted", "scripted failure at " + step);
                case "hang" -> hang(step, stage, config.timeout());
                case "stall" -> {
                    while (true) {
                        java.util.concurrent.locks.LockSupport.park(a);
                    }
                }
                case "slow" -> slow(step, config);
                case "busy" -> busy(config.timeout());
                case "die" -> Runtime.getRuntime().halt(99);
                default -> {
                    // badctx and unavailable act elsewhere
                }
            }
        }
    }

    /** A peer that never comes: waits out the timeout, then throws the timeout. */
    private static void hang(final String step, final Stage stage, final Duration timeout) {
        Waiter.system("scripted").await(() -> false, timeout, stage,
            () -> "a scripted peer that never comes (" + step + ")");
        throw new CommTimeoutException(stage, "scripted", "unreachable", Duration.ZERO, timeout);
    }

    /** Takes 1.5 s, then leaves {@code <rootinfo>.slow-STEP} as proof that the step finished. */
    private static void slow(final String step, final CommConfig config) {
        try {
            Thread.sleep(1500);
            java.nio.file.Files.writeString(java.nio.file.Path.of(config.rootInfoPath()
                + ".slow-" + step.replace(' ', '_')), "finished\n");
        } catch (final InterruptedException | java.io.IOException e) {
            throw new IllegalStateException("slow " + step + " did not finish", e);
        }
    }

    /** Computes for the timeout plus 7 s: a healthy step longer than the launcher's grace. */
    private static void busy(final Duration timeout) {
        final long end = System.nanoTime() + timeout.plusSeconds(7).toNanos();
        long x = 0;
        while (System.nanoTime() < end) {
            x += Long.numberOfTrailingZeros(System.nanoTime() | 1);
        }
        if (x < 0) {
            throw new IllegalStateException("unreachable");
        }
    }

    static final class ScriptedCommunicator implements Communicator {
        private final CommConfig config;
        private final List<Action> script;
        private final Arena arena = Arena.ofShared();
        private CommContext ctx;
        private long size;
        private boolean closed;

        ScriptedCommunicator(final CommConfig config, final List<Action> script) {
            this.config = config;
            this.script = script;
        }

        void at(final String step, final Stage stage) {
            act(script, step, stage, config);
        }

        private void open() {
            if (closed) {
                throw new IllegalStateException("closed");
            }
        }

        private void allocated() {
            open();
            if (ctx == null) {
                throw new IllegalStateException("no windows yet");
            }
        }

        @Override
        public int rank() {
            return config.rank();
        }

        @Override
        public int nranks() {
            return config.nranks();
        }

        @Override
        public String backendName() {
            return "scripted";
        }

        @Override
        public CommContext allocWindows(final long winSizeHint) {
            open();
            at("alloc windows", Stage.ALLOC);
            size = winSizeHint;
            final MemorySegment windows = arena.allocate(size * config.nranks(), 4096);
            final MemorySegment c = arena.allocate(CommContext.BYTES, 8);
            final boolean bad = script.stream().anyMatch(a -> a.action().equals("badctx") && a.matches("*", rank()));
            ContextStruct.rankId(c, bad ? rank() + 7 : rank());
            ContextStruct.rankNum(c, nranks());
            ContextStruct.winSize(c, size);
            for (int i = 0; i < nranks(); i++) {
                ContextStruct.windowIn(c, i, windows.address() + i * size);
                ContextStruct.windowOut(c, i, windows.address() + i * size);
            }
            ctx = CommContext.view(c, c.address());
            return ctx;
        }

        @Override
        public long localWindowBase() {
            allocated();
            at("window base", Stage.WINDOW_BASE);
            return ctx.windowIn(rank());
        }

        @Override
        public long windowSize() {
            allocated();
            at("window size", Stage.WINDOW_SIZE);
            return size;
        }

        @Override
        public CommContext context() {
            allocated();
            return ctx;
        }

        @Override
        public void barrier() {
            open();
            at("barrier", Stage.BARRIER);
        }

        @Override
        public Optional<HostWindows> hostWindows() {
            allocated();
            return Optional.empty();
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            arena.close();
            at("destroy", Stage.DESTROY);
        }
    }
}
