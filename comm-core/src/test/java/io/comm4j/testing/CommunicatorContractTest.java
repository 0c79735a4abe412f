package io.comm4j.testing;

import io.comm4j.CommContext;
import io.comm4j.CommException;
import io.comm4j.Communicator;
import io.comm4j.ContextInvariants;
import io.comm4j.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The part of the communicator contract that one rank can prove alone, written once: every
 * backend's tests extend this class with the one-rank communicator of their backend, so the
 * lifecycle (alloc once, nothing before alloc, nothing after close, bad sizes at ALLOC, a context
 * that satisfies the invariants) is proven the same way for each. Multi-rank behaviour stays with
 * each backend's process tests.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class CommunicatorContractTest {
    /** A directory of this test's own, for rendezvous paths. */
    @TempDir
    protected Path dir;

    /** A fresh communicator of rank 0 in a group of one, rendezvous under {@code dir}. */
    protected abstract Communicator single(Path dir);

    /** The name the backend reports in {@link Communicator#backendName()}. */
    protected abstract String backendName();

    @Test
    public void shouldReportItsRankGroupSizeAndBackend() {
        try (Communicator c = single(dir)) {
            assertThat(c.rank()).as("rank").isZero();
            assertThat(c.nranks()).as("nranks").isEqualTo(1);
            assertThat(c.backendName()).as("backend name").isEqualTo(backendName());
        }
    }

    @Test
    public void shouldSatisfyTheContextInvariantsForOneRank() {
        try (Communicator c = single(dir)) {
            c.allocWindows(4096);
            // What kernels read (device memory on HCCL), held only to what this backend promises.
            final CommContext ctx = c.readBackContext();
            assertThat(ContextInvariants.violations(ctx, 0, 1, c.windowSize(), c.localWindowBase(),
                c.promisesWindowsOut())).as("invariants of rank 0 of 1, as kernels read them").isEmpty();
            assertThat(c.windowSize()).as("at least the hint").isGreaterThanOrEqualTo(4096);
            c.barrier();
        }
    }

    @ParameterizedTest(name = "winSizeHint={0}")
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    public void shouldRejectSizesThatAreNotPositiveAtAlloc(final long hint) {
        try (Communicator c = single(dir)) {
            assertThatThrownBy(() -> c.allocWindows(hint)).isInstanceOfSatisfying(CommException.class, e -> {
                assertThat(e.stage()).isEqualTo(Stage.ALLOC);
                assertThat(e.getMessage()).as("names the value").contains("winSizeHint=" + hint);
            });
        }
    }

    @Test
    public void shouldThrowIllegalStateAfterClose() {
        final Communicator c = single(dir);
        c.allocWindows(4096);
        c.close();
        c.close(); // idempotent

        assertThatThrownBy(c::barrier).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(c::localWindowBase).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(c::windowSize).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> c.allocWindows(4096)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    public void shouldRefuseASecondAllocAndCallsBeforeAlloc() {
        try (Communicator c = single(dir)) {
            assertThatThrownBy(c::localWindowBase).isInstanceOf(IllegalStateException.class).hasMessageContaining("allocWindows");
            c.allocWindows(4096);
            assertThatThrownBy(() -> c.allocWindows(4096)).isInstanceOf(IllegalStateException.class);
        }
    }
}
