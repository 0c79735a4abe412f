package io.comm4j.sim;

import io.comm4j.testing.ChildJvm;
import io.comm4j.testing.FileTrees;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Where a test's {@link SimRank} processes meet (register it as an instance field with
 * {@code @RegisterExtension}, so each test has its own): a fresh directory per test, removed after
 * it, the rendezvous path in it, the deadline every rank is started with, and a bound on waiting for
 * the ranks. Ranks that need other arguments are started with {@link RankProcesses#start} directly.
 */
final class RankGroup implements BeforeEachCallback, AfterEachCallback {
    /** How long a test waits for one rank process before it is killed. */
    static final Duration LIMIT = Duration.ofSeconds(60);
    /** The window size every rank asks for unless told otherwise. */
    static final long WINDOW = 4096;

    private final Duration timeout;
    private Path dir;

    /** Ranks started by {@link #start(String, int)} get {@code timeout} as their deadline. */
    RankGroup(final Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public void beforeEach(final ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("comm4j-sim-test");
    }

    @Override
    public void afterEach(final ExtensionContext context) throws IOException {
        FileTrees.delete(dir);
    }

    /** This test's own directory: the rendezvous path and nothing else the test did not put there. */
    Path dir() {
        return dir;
    }

    /** The rendezvous path of the group. */
    Path rootInfo() {
        return dir.resolve("rootinfo");
    }

    /** The deadline the ranks are started with. */
    Duration timeout() {
        return timeout;
    }

    /** Waits, at most {@code within}, until a rank has published the rendezvous file. */
    void awaitRendezvousFile(final Duration within) throws InterruptedException {
        final long deadline = System.nanoTime() + within.toNanos();
        while (!Files.exists(rootInfo()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    /** Starts rank {@code rank} of 2 running {@code scenario}, asking for {@link #WINDOW} bytes. */
    ChildJvm.Running start(final String scenario, final int rank) {
        return start(scenario, rank, 2, WINDOW);
    }

    /** Starts rank {@code rank} of {@code nranks} running {@code scenario}, asking for {@code winSize} bytes. */
    ChildJvm.Running start(final String scenario, final int rank, final int nranks, final long winSize) {
        return RankProcesses.start(scenario, rank, nranks, rootInfo(), timeout, winSize, 0);
    }

    /** Waits for every rank, at most {@link #LIMIT} each. */
    List<ChildJvm.Result> awaitAll(final List<ChildJvm.Running> ranks) {
        return RankProcesses.awaitAll(ranks, LIMIT);
    }
}
