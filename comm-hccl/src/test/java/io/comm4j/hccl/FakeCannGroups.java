package io.comm4j.hccl;

import io.comm4j.testing.FileTrees;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where a test gets its {@link FakeCannGroup}s (register it as an instance field with
 * {@code @RegisterExtension}, so each test has its own): every group of a test meets in that test's
 * own fresh directory, removed after it. After the test, pass or fail, it also removes from /dev/shm
 * every name the fake CANN made for those groups, and only those (each group's names carry its own
 * prefix), so a test that fails before its leak assertion, or a rank killed mid-run, leaves nothing
 * behind.
 */
final class FakeCannGroups implements BeforeEachCallback, AfterEachCallback {
    private final List<FakeCannGroup> started = new CopyOnWriteArrayList<>();
    private final Duration timeout;
    private Path dir;

    /** Groups whose ranks wait at most {@code timeout} in comm4j's own waits (a group may change it). */
    FakeCannGroups(final Duration timeout) {
        this.timeout = timeout;
    }

    /** Groups with {@link FakeCannGroup#DEFAULT_TIMEOUT}. */
    FakeCannGroups() {
        this(FakeCannGroup.DEFAULT_TIMEOUT);
    }

    @Override
    public void beforeEach(final ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("comm4j-fakecann-test");
    }

    @Override
    public void afterEach(final ExtensionContext context) throws IOException {
        started.forEach(FakeCannGroup::leftoverSegments);
        FileTrees.delete(dir);
    }

    /** A new group meeting in this test's directory, cleaned up after the test. */
    FakeCannGroup group() {
        final FakeCannGroup group = new FakeCannGroup(dir);
        started.add(group);
        return group.timeout(timeout);
    }

    /** The timeout new groups start with. */
    Duration timeout() {
        return timeout;
    }

    /** This test's directory, where its groups meet. */
    Path dir() {
        return dir;
    }
}
