package io.comm4j.sim;

import io.comm4j.internal.FileStore;
import io.comm4j.internal.RendezvousStore;
import io.comm4j.internal.StoreRecord;
import io.comm4j.internal.Waiter;
import io.comm4j.testing.ChildJvm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/** Starts {@link SimRank} processes and looks for what a group leaves behind. */
final class RankProcesses {
    private RankProcesses() {
    }

    /** Starts one rank: {@code scenario rank nranks path timeoutMillis winSize iterations}. */
    static ChildJvm.Running start(final String scenario, final int rank, final int nranks, final Object path,
                                  final Duration timeout, final long winSize, final long iterations) {
        return simRank(scenario, rank, nranks, path, timeout, winSize, iterations).start();
    }

    private static ChildJvm simRank(final String scenario, final int rank, final int nranks, final Object path,
                                    final Duration timeout, final long winSize, final long iterations) {
        return ChildJvm.of(SimRank.class).args(scenario, rank, nranks, path, timeout.toMillis(), winSize, iterations);
    }

    /** Starts every rank of a group with the same arguments. */
    static List<ChildJvm.Running> startGroup(final String scenario, final int nranks, final Object path,
                                             final Duration timeout, final long winSize, final long iterations) {
        return startEach(nranks, r -> simRank(scenario, r, nranks, path, timeout, winSize, iterations));
    }

    /** Starts {@code nranks} children, rank {@code r}'s as {@code child} makes it. */
    static List<ChildJvm.Running> startEach(final int nranks, final IntFunction<ChildJvm> child) {
        final List<ChildJvm.Running> ranks = new ArrayList<>();
        for (int r = 0; r < nranks; r++) {
            ranks.add(child.apply(r).start());
        }
        return ranks;
    }

    /** Waits for every rank, at most {@code limit} each. */
    static List<ChildJvm.Result> awaitAll(final List<ChildJvm.Running> ranks, final Duration limit) {
        return ranks.stream().map(r -> r.await(limit)).toList();
    }

    /** Every rank's output, for assertion messages. */
    static String describe(final List<ChildJvm.Result> results) {
        final StringBuilder sb = new StringBuilder();
        for (int r = 0; r < results.size(); r++) {
            sb.append("\n===== rank ").append(r).append(": ").append(results.get(r).describe());
        }
        return sb.toString();
    }

    /** The /dev/shm entries of segments of {@code path} (Linux's shm mount). */
    static List<String> segmentsOf(final Path path) throws Exception {
        final String prefix = SegmentName.PREFIX.substring(1) + SegmentName.pathHash(path);
        try (Stream<Path> files = Files.list(Path.of("/dev/shm"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).toList();
        }
    }

    /** The /dev/shm entries of segments of the group meeting at {@code where}. */
    static List<String> segmentsOf(final io.comm4j.RendezvousAddress where) throws Exception {
        final String prefix = SegmentName.PREFIX.substring(1) + SegmentName.hashOf(where);
        try (Stream<Path> files = Files.list(Path.of("/dev/shm"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).toList();
        }
    }

    /** Everything in {@code dir} (rendezvous files, temporaries). */
    static List<String> filesIn(final Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    /** The rendezvous store at {@code path} as this JVM sees it, writing for launch {@code token}. */
    static FileStore store(final Path path, final long token) {
        final ProcessIdentity self = ProcessIdentity.self();
        return new FileStore(path, Libc.getuid(), new StoreRecord.Writer(token, self.pid(), self.startTime()),
            (pid, start) -> new ProcessIdentity(pid, start).isAlive(), Waiter.system(SimBackend.NAME), SimBackend.NAME);
    }

    /** The segment named by the launch record at {@code path}. */
    static String launchSegment(final Path path) {
        final StoreRecord record = ((RendezvousStore.Lookup.Present) store(path, 0).get(FileStore.ROOT)).record();
        return LaunchRecord.decode(record.payload()).orElseThrow().segmentName();
    }

    /** Publishes a launch record of this JVM for segment {@code token} of {@code path}; true when published. */
    static boolean publishLaunch(final Path path, final int nranks, final long token) {
        return store(path, token).compareAndSet(FileStore.ROOT, Optional.empty(),
            new LaunchRecord(nranks, SegmentName.of(path, token)).encode());
    }
}
