package io.comm4j.hccl;

import io.comm4j.testing.ChildJvm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs a group of {@link HcclRankMain} processes against the fake CANN (built by the build into
 * {@code comm4j.native.dir}) and collects what each rank printed plus the fake's leak report.
 * Per-rank environment variables model faults on one rank only.
 */
final class FakeCannGroup {
    /** How long comm4j's own waits last in a rank unless a test says otherwise. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    private final Path dir;
    private final String shmPrefix;
    private String level = "high";
    private String libraries = "fake-cann";
    private int nranks = 2;
    private Duration timeout = DEFAULT_TIMEOUT;
    private final Map<String, String> env = new LinkedHashMap<>();
    private final Map<Integer, Map<String, String>> rankEnv = new HashMap<>();
    private final List<String> jvmArgs = new ArrayList<>();
    private final Set<Integer> hanging = new HashSet<>();
    private Set<Integer> only;
    private IntFunction<String> device = Integer::toString;
    private long hint = 4096;
    private final Map<Integer, Long> rankHint = new HashMap<>();
    private boolean retry;
    private String rendezvous;
    private final Map<Integer, String[]> wrappers = new HashMap<>();

    /** Numbers the groups of this JVM: tests running at once never share a prefix. */
    private static final AtomicLong GROUPS = new AtomicLong();

    /** A group meeting in {@code dir}; tests get theirs from {@link FakeCannGroups#group()}. */
    FakeCannGroup(final Path dir) {
        this.dir = dir;
        this.shmPrefix = "fakecann_test_" + ProcessHandle.current().pid() + "_" + GROUPS.incrementAndGet();
        env.put("FAKECANN_SHM_PREFIX", shmPrefix);
        env.put("FAKECANN_TIMEOUT_MS", "3000");
    }

    static Path nativeDir() {
        return Path.of(System.getProperty("comm4j.native.dir", "target/native"));
    }

    FakeCannGroup level(final String value) {
        level = value;
        return this;
    }

    FakeCannGroup libraries(final String subdirectory) {
        libraries = subdirectory;
        return this;
    }

    /** The device argument of rank r (default: r); "auto" lets the backend choose. */
    FakeCannGroup device(final IntFunction<String> value) {
        device = value;
        return this;
    }

    /** The window size each rank asks for (default 4096). */
    FakeCannGroup hint(final long value) {
        hint = value;
        return this;
    }

    /** The window size rank {@code rank} asks for, instead of the group's hint. */
    FakeCannGroup hint(final int rank, final long value) {
        rankHint.put(rank, value);
        return this;
    }

    /** The group size (default 2). */
    FakeCannGroup nranks(final int value) {
        nranks = value;
        return this;
    }

    /** The window provider every rank asks for ({@code -Dcomm4j.hccl.windows=...}). */
    FakeCannGroup windows(final String provider) {
        return jvmArg("-D" + WindowChoice.PROPERTY + "=" + provider);
    }

    /** Each rank first asks for a window too large to get, then for the hint. */
    FakeCannGroup retryAfterFailedAlloc() {
        retry = true;
        return this;
    }

    FakeCannGroup timeout(final Duration value) {
        timeout = value;
        return this;
    }

    FakeCannGroup env(final String name, final String value) {
        env.put(name, value);
        return this;
    }

    FakeCannGroup rankEnv(final int rank, final String name, final String value) {
        rankEnv.computeIfAbsent(rank, r -> new LinkedHashMap<>()).put(name, value);
        return this;
    }

    FakeCannGroup jvmArg(final String arg) {
        jvmArgs.add(arg);
        return this;
    }

    /** Rank {@code rank} is expected to hang: it is killed once the others have finished. */
    FakeCannGroup hanging(final int rank) {
        hanging.add(rank);
        return this;
    }

    /** Starts only these ranks (the others never come). */
    FakeCannGroup only(final Integer... ranks) {
        only = Set.of(ranks);
        return this;
    }

    /** Runs rank {@code rank}'s JVM under {@code command} (e.g. {@code ip netns exec NS}). */
    FakeCannGroup wrap(final int rank, final String... command) {
        wrappers.put(rank, command);
        return this;
    }

    /** Where the ranks meet: {@code tcp://HOST:PORT} or a path (default {@link #rootInfo()}). */
    FakeCannGroup rendezvous(final String value) {
        rendezvous = value;
        return this;
    }

    Path rootInfo() {
        return dir.resolve("rootinfo");
    }

    /** Starts every rank, waits for all (bounded), returns them in rank order. */
    List<Rank> run() {
        final List<ChildJvm.Running> running = new ArrayList<>();
        for (int r = 0; r < nranks; r++) {
            if (only != null && !only.contains(r)) {
                running.add(null);
                continue;
            }
            final ChildJvm child = ChildJvm.of(HcclRankMain.class)
                .jvmArg("-Dcomm4j.cann.libdir=" + nativeDir().resolve(libraries))
                .jvmArg("-Dcomm4j.test.fakeCann=true")
                .args(level, r, nranks, rendezvous != null ? rendezvous : rootInfo(), timeout.toMillis(), device.apply(r), rankHint.getOrDefault(r, hint), retry ? "retry" : "once")
                .env("FAKECANN_REPORT", report(r).toString());
            jvmArgs.forEach(child::jvmArg);
            if (wrappers.containsKey(r)) {
                child.wrappedIn(wrappers.get(r));
            }
            env.forEach(child::env);
            rankEnv.getOrDefault(r, Map.of()).forEach(child::env);
            running.add(child.start());
        }
        final Rank[] ranks = new Rank[nranks];
        final Duration limit = timeout.multipliedBy(3).plusSeconds(30);
        for (int r = 0; r < nranks; r++) {
            if (running.get(r) != null && !hanging.contains(r)) {
                ranks[r] = new Rank(r, running.get(r).await(limit), readReport(report(r)));
            }
        }
        for (final int r : hanging) {
            running.get(r).kill();
            ranks[r] = new Rank(r, running.get(r).await(Duration.ofSeconds(10)), readReport(report(r)));
        }
        return Arrays.stream(ranks).filter(Objects::nonNull).toList();
    }

    private Path report(final int rank) {
        return dir.resolve("fakecann-report-" + rank + ".txt");
    }

    static Map<String, Long> readReport(final Path file) {
        final Map<String, Long> counts = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return counts;
        }
        try {
            for (final String line : Files.readAllLines(file)) {
                final int eq = line.indexOf('=');
                if (eq > 0) {
                    counts.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1).strip()));
                }
            }
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    /** Files other than the fake's reports left in the rendezvous directory. */
    List<String> leftoverFiles() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("fakecann-report-")).toList();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that the run left no file next to its rendezvous path and no name of this group's in
     * /dev/shm (removing any it finds, so a failure cannot leak).
     */
    void assertNothingLeft() {
        assertThat(leftoverFiles()).as("no rendezvous file is left in %s", dir).isEmpty();
        assertThat(leftoverSegments()).as("no shared-memory segment or exported window name is left in /dev/shm")
            .isEmpty();
    }

    /** Shared-memory segments of this group still in /dev/shm; removes them so a failure cannot leak. */
    List<String> leftoverSegments() {
        final Path shm = Path.of("/dev/shm");
        try (Stream<Path> files = Files.list(shm)) {
            final List<Path> left = files.filter(p -> isOwnSegment(p.getFileName().toString())).toList();
            for (final Path p : left) {
                Files.deleteIfExists(p);
            }
            return left.stream().map(p -> p.getFileName().toString()).toList();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every name the fake makes for this group starts with its prefix and an underscore. */
    private boolean isOwnSegment(final String name) {
        return name.startsWith(shmPrefix + "_");
    }

    /** The fake's count of streams aclrtDestroyStream refused (507901) after HcclBarrier used them. */
    static final String REFUSED_STREAMS = "streams_refused_after_barrier";

    /** What one rank did. */
    record Rank(int rank, ChildJvm.Result result, Map<String, Long> leaks) {
        /** Lines starting with {@code key + " "}, without the key. */
        List<String> values(final String key) {
            return result.stdout().lines().filter(l -> l.startsWith(key + " "))
                .map(l -> l.substring(key.length() + 1)).toList();
        }

        String value(final String key) {
            final List<String> v = values(key);
            return v.isEmpty() ? null : v.getFirst();
        }

        /** "STAGE CODE" of the failure, or null when the rank succeeded. */
        String failure() {
            return value("FAILED");
        }

        String describe() {
            return "rank " + rank + ": " + result.describe() + "\nleak report: " + leaks;
        }

        /**
         * Every counter of the fake's exit report that is not zero, except
         * {@code streams_refused_after_barrier}: a stream comm4j did try to destroy and the
         * "hardware" refused (lessons section 6) is not a leak of comm4j's; tests check it apart.
         */
        Map<String, Long> leaked() {
            final Map<String, Long> nonZero = new LinkedHashMap<>();
            leaks.forEach((k, v) -> {
                if (v != 0 && !k.equals(REFUSED_STREAMS)) {
                    nonZero.put(k, v);
                }
            });
            return nonZero;
        }
    }
}
