package io.comm4j.sim;

import io.comm4j.CommBackend;
import io.comm4j.CommConfig;
import io.comm4j.CommContext;
import io.comm4j.CommException;
import io.comm4j.Communicator;
import io.comm4j.ContextInvariants;
import io.comm4j.Stage;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.time.Duration;
import java.util.List;

/**
 * One rank of a scripted scenario, run in its own JVM by the multi-process tests. Exits 0 when the
 * scenario passes, the failing {@link Stage}'s exit code on a {@link CommException}, 99 when it
 * "dies" on purpose (halt, no teardown), 1 on anything else. Prints the failure on stderr and
 * {@code OK <details>} on stdout.
 *
 * <p>Arguments: {@code scenario rank nranks rendezvous timeoutMillis winSize iterations} (rendezvous: a
 * path or {@code tcp://HOST:PORT}).
 */
public final class SimRank {
    /** Exit code of a deliberate death. */
    static final int DIED = 99;

    private SimRank() {
    }

    public static void main(final String[] args) {
        final String scenario = args[0];
        final int rank = Integer.parseInt(args[1]);
        final int nranks = Integer.parseInt(args[2]);
        final io.comm4j.RendezvousAddress path = io.comm4j.RendezvousAddress.of(args[3]);
        final Duration timeout = Duration.ofMillis(Long.parseLong(args[4]));
        final long winSize = Long.parseLong(args[5]);
        final long iterations = Long.parseLong(args[6]);
        int code;
        try {
            run(scenario, CommConfig.of(rank, nranks, path).withTimeout(timeout), winSize, iterations);
            code = 0;
        } catch (final CommException e) {
            System.err.println("FAILED " + e.stage() + ": " + e.getMessage());
            code = e.stage().exitCode();
        } catch (final Throwable t) {
            t.printStackTrace();
            code = 1;
        }
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    private static void die() {
        System.out.println("DYING on purpose");
        System.out.flush();
        Runtime.getRuntime().halt(DIED);
    }

    static void run(final String scenario, final CommConfig config, final long winSize, final long iterations) {
        final Communicator comm = CommBackend.named("sim").init(config);
        if (scenario.equals("die-before-alloc")) {
            die();
        }
        if (scenario.equals("join-only")) {
            comm.close();
            System.out.println("OK joined");
            return;
        }
        final CommContext ctx = comm.allocWindows(winSize);
        final List<String> problems = ContextInvariants.violations(ctx, comm.rank(), comm.nranks(),
            comm.windowSize(), comm.localWindowBase());
        if (!problems.isEmpty()) {
            throw new CommException(Stage.CTX_FIELDS, "sim", String.join("; ", problems));
        }
        if (scenario.equals("die-before-barrier")) {
            die();
        }
        final Communicator.HostWindows windows = comm.hostWindows().orElseThrow();
        switch (scenario) {
            case "lifecycle", "die-before-barrier", "die-before-destroy" -> canary(comm, windows);
            case "barriers" -> barriers(comm, windows, iterations);
            case "stop-after-barrier" -> stopAfterBarrier(comm);
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        }
        if (scenario.equals("die-before-destroy")) {
            die();
        }
        final long size = comm.windowSize();
        comm.close();
        System.out.println("OK " + scenario + " rank " + comm.rank() + " winSize " + size);
    }

    /** Each rank writes a pattern into its window; after a barrier every rank checks every window. */
    private static void canary(final Communicator comm, final Communicator.HostWindows windows) {
        final MemorySegment mine = windows.window(comm.rank());
        final long last = mine.byteSize() - 8;
        mine.set(ValueLayout.JAVA_LONG, 0, pattern(comm.rank()));
        mine.set(ValueLayout.JAVA_LONG, last, ~pattern(comm.rank()));
        comm.barrier();
        for (int r = 0; r < comm.nranks(); r++) {
            final MemorySegment w = windows.window(r);
            if (w.get(ValueLayout.JAVA_LONG, 0) != pattern(r) || w.get(ValueLayout.JAVA_LONG, last) != ~pattern(r)) {
                throw new CommException(Stage.BARRIER, "sim", "rank " + comm.rank() + " reads a wrong canary in rank "
                    + r + "'s window: 0x" + Long.toHexString(w.get(ValueLayout.JAVA_LONG, 0)));
            }
        }
        comm.barrier();
    }

    /** Issue 13 case 1: rank 1 stops itself (SIGSTOP) between two barriers; the test resumes it. */
    private static void stopAfterBarrier(final Communicator comm) {
        comm.barrier();
        if (comm.rank() == 1) {
            try {
                new ProcessBuilder("kill", "-STOP", Long.toString(ProcessHandle.current().pid())).start().waitFor();
            } catch (final java.io.IOException | InterruptedException e) {
                throw new IllegalStateException("could not stop myself", e);
            }
        }
        comm.barrier();
    }

    private static long pattern(final int rank) {
        return 0xC0FFEE00_00000000L | rank;
    }

    /**
     * Round k: write k into slot k % 2 of this rank's window, barrier, and require k in the same slot
     * of every peer's window. Two slots because a peer may already write round k+1 while this rank
     * still reads round k; it cannot write round k+2 before this rank reaches barrier k+1.
     */
    private static void barriers(final Communicator comm, final Communicator.HostWindows windows, final long rounds) {
        final int n = comm.nranks();
        final MemorySegment mine = windows.window(comm.rank());
        final MemorySegment[] peers = new MemorySegment[n];
        for (int r = 0; r < n; r++) {
            peers[r] = windows.window(r);
        }
        for (long k = 1; k <= rounds; k++) {
            final long slot = (k & 1) * 64;
            mine.set(ValueLayout.JAVA_LONG, slot, k);
            comm.barrier();
            for (int r = 0; r < n; r++) {
                final long seen = peers[r].get(ValueLayout.JAVA_LONG, slot);
                if (seen != k) {
                    throw new CommException(Stage.BARRIER, "sim", "after barrier " + k + " rank " + comm.rank()
                        + " sees round " + seen + " in rank " + r + "'s window: a generation was skipped or merged");
                }
            }
        }
        comm.barrier();
    }
}
