package io.comm4j.hccl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;

/**
 * NPUs for hardware tests, the way CTest hands them out (cann-and-jextract-facts.md section 4).
 *
 * <p>Where devices come from, in order:
 * <ol>
 *   <li>CTest already allocated them: {@code CTEST_RESOURCE_GROUP_COUNT} is set and each group's
 *       {@code CTEST_RESOURCE_GROUP_<g>_NPUS="id:4,slots:1"} names one device;</li>
 *   <li>a resource spec file named by the system property {@value #SPEC_PROPERTY}:
 *       {@code {"version":{"major":1,"minor":0},"local":[{"npus":[{"id":"0","slots":1},...]}]}},
 *       validated strictly (version 1.0, exactly one {@code local} element, ids of lowercase letters,
 *       digits and '_', unique, slots >= 1). Devices are then taken exclusively across every JVM on
 *       the host with one file lock per device in {@value #LOCK_DIR_PROPERTY} (default
 *       {@code java.io.tmpdir/comm4j-npu-locks}), waiting up to {@value #WAIT_PROPERTY} seconds (default 600)
 *       for busy ones.</li>
 * </ol>
 * With neither, {@link #allocate} returns empty together with the reason, so a test can skip
 * saying why.
 */
public final class NpuResources {
    /** System property naming the resource spec file. */
    public static final String SPEC_PROPERTY = "comm4j.resourceSpecFile";
    /** System property naming the directory of the per-device lock files. */
    public static final String LOCK_DIR_PROPERTY = "comm4j.resourceLockDir";
    /** System property: how many seconds to wait for busy devices. */
    public static final String WAIT_PROPERTY = "comm4j.resourceWaitSeconds";

    private static final Pattern ID = Pattern.compile("[a-z0-9_]+");

    private NpuResources() {
    }

    /** Devices held by this JVM until {@link #close()}. */
    public static final class Allocation implements AutoCloseable {
        private final List<String> ids;
        private final List<FileLock> locks;

        Allocation(final List<String> ids, final List<FileLock> locks) {
            this.ids = List.copyOf(ids);
            this.locks = locks;
        }

        /** The device ids, one per requested device. */
        public List<String> ids() {
            return ids;
        }

        /** Releases the file locks (nothing to release for CTest-allocated devices). */
        @Override
        public void close() {
            for (final FileLock lock : locks) {
                try {
                    lock.channel().close();
                } catch (final IOException ignored) {
                    // closing the channel releases the lock; a failure here leaves nothing held
                }
            }
        }
    }

    /** Either devices or the reason there are none. */
    public record Result(Optional<Allocation> allocation, String reason) {
    }

    /** Takes {@code count} distinct NPUs, or says why it cannot. */
    public static Result allocate(final int count, final Map<String, String> env) {
        final String groups = env.get("CTEST_RESOURCE_GROUP_COUNT");
        if (groups != null) {
            return fromCTest(count, env, Integer.parseInt(groups.strip()));
        }
        final String spec = System.getProperty(SPEC_PROPERTY);
        if (spec == null || spec.isBlank()) {
            return new Result(Optional.empty(), "no NPUs: neither CTEST_RESOURCE_GROUP_COUNT nor -D" + SPEC_PROPERTY
                + " (a CTest resource spec file) is set");
        }
        final List<String> ids;
        try {
            ids = parseSpec(Files.readString(Path.of(spec)));
        } catch (final IOException e) {
            return new Result(Optional.empty(), "no NPUs: cannot read resource spec " + spec + ": " + e);
        }
        if (ids.size() < count) {
            return new Result(Optional.empty(), "no NPUs: resource spec " + spec + " lists " + ids.size()
                + " device(s), the test needs " + count);
        }
        final Path lockDir = Path.of(System.getProperty(LOCK_DIR_PROPERTY,
            Path.of(System.getProperty("java.io.tmpdir"), "comm4j-npu-locks").toString()));
        final Duration wait = Duration.ofSeconds(Long.getLong(WAIT_PROPERTY, 600));
        return lock(ids, count, lockDir, wait);
    }

    private static Result fromCTest(final int count, final Map<String, String> env, final int groups) {
        final List<String> ids = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            final String npus = env.get("CTEST_RESOURCE_GROUP_" + g + "_NPUS");
            if (npus == null) {
                continue;
            }
            for (final String pair : npus.split(";")) {
                for (final String field : pair.split(",")) {
                    if (field.startsWith("id:")) {
                        ids.add(field.substring(3));
                    }
                }
            }
        }
        if (ids.size() < count) {
            return new Result(Optional.empty(), "no NPUs: CTest allocated " + ids + ", the test needs " + count);
        }
        return new Result(Optional.of(new Allocation(ids.subList(0, count), List.of())), "allocated by CTest");
    }

    /**
     * The NPU ids of a CTest resource spec, each repeated once per slot.
     *
     * @throws IllegalArgumentException naming what is wrong with the file
     */
    public static List<String> parseSpec(final String json) {
        final JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (final IOException e) {
            throw new IllegalArgumentException("resource spec is not JSON: " + e.getMessage(), e);
        }
        final JsonNode version = root.path("version");
        if (version.path("major").asInt(-1) != 1 || version.path("minor").asInt(-1) != 0) {
            throw new IllegalArgumentException("resource spec version must be {\"major\":1,\"minor\":0}, is " + version);
        }
        final JsonNode local = root.path("local");
        if (!local.isArray() || local.size() != 1) {
            throw new IllegalArgumentException("resource spec 'local' must be an array of exactly one element");
        }
        final JsonNode npus = local.get(0).path("npus");
        if (!npus.isArray()) {
            return List.of();
        }
        final List<String> ids = new ArrayList<>();
        final List<String> seen = new ArrayList<>();
        for (final Iterator<JsonNode> it = npus.elements(); it.hasNext(); ) {
            final JsonNode npu = it.next();
            final String id = npu.path("id").asText("");
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("npu id '" + id + "' must be lowercase letters, digits or '_'");
            }
            if (seen.contains(id)) {
                throw new IllegalArgumentException("npu id '" + id + "' is listed twice");
            }
            seen.add(id);
            final JsonNode slots = npu.path("slots");
            final int n = slots.isMissingNode() ? 1 : slots.isInt() ? slots.asInt() : -1;
            if (n < 1) {
                throw new IllegalArgumentException("npu '" + id + "' slots must be an integer >= 1, is " + slots);
            }
            ids.add(id); // one test rank per device: extra slots are not shared out
        }
        return ids;
    }

    private static Result lock(final List<String> ids, final int count, final Path lockDir, final Duration wait) {
        try {
            Files.createDirectories(lockDir);
        } catch (final IOException e) {
            return new Result(Optional.empty(), "no NPUs: cannot create lock directory " + lockDir + ": " + e);
        }
        final long deadline = System.nanoTime() + wait.toNanos();
        long pause = 1_000_000;
        while (true) {
            final List<String> got = new ArrayList<>();
            final List<FileLock> locks = new ArrayList<>();
            for (final String id : ids) {
                final FileLock lock = tryLock(lockDir.resolve("npu-" + id + ".lock"));
                if (lock != null) {
                    got.add(id);
                    locks.add(lock);
                    if (got.size() == count) {
                        return new Result(Optional.of(new Allocation(got, locks)), "locked in " + lockDir);
                    }
                }
            }
            new Allocation(got, locks).close(); // all or nothing: never sit on a partial set
            if (System.nanoTime() - deadline >= 0) {
                return new Result(Optional.empty(), "no NPUs: " + count + " of " + ids + " were not free within "
                    + wait.toSeconds() + " s (locks in " + lockDir + ")");
            }
            LockSupport.parkNanos(pause);
            pause = Math.min(pause * 2, 200_000_000L);
        }
    }

    private static FileLock tryLock(final Path file) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            final FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
        } catch (final IOException | OverlappingFileLockException e) {
            // held by this JVM already, or unusable: treat as busy
        }
        if (channel != null) {
            try {
                channel.close();
            } catch (final IOException ignored) {
                // nothing was locked through it
            }
        }
        return null;
    }
}
