package io.comm4j.hccl;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where a test gets its {@link FakeCannGroup}s (register it as an instance field with
 * {@code @RegisterExtension}, so each test has its own): after the test, pass or fail, it removes
 * from /dev/shm every name the fake CANN made for those groups, and only those (each group's names
 * carry its own prefix), so a test that fails before its leak assertion, or a rank killed mid-run,
 * leaves nothing behind.
 */
final class FakeCannGroups implements AfterEachCallback {
    private final List<FakeCannGroup> started = new CopyOnWriteArrayList<>();

    /** A new group meeting in {@code dir}, cleaned up after the test. */
    FakeCannGroup in(final Path dir) {
        final FakeCannGroup group = new FakeCannGroup(dir);
        started.add(group);
        return group;
    }

    @Override
    public void afterEach(final ExtensionContext context) {
        started.forEach(FakeCannGroup::leftoverSegments);
    }
}
