package io.comm4j.sim;

import io.comm4j.CommBackend;
import io.comm4j.CommConfig;
import io.comm4j.CommContext;
import io.comm4j.CommException;
import io.comm4j.Communicator;
import io.comm4j.ContextInvariants;
import io.comm4j.Stage;
import io.comm4j.internal.PrivateFiles;
import io.comm4j.testing.CommunicatorContractTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One sim communicator within one JVM (ranks as threads where a group is needed): the shared
 * contract ({@link CommunicatorContractTest}) plus what only the sim promises.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SimCommunicatorTest extends CommunicatorContractTest {

    @Override
    protected Communicator single(final Path dir) {
        return CommBackend.named("sim").init(CommConfig.of(0, 1, dir.resolve("rootinfo")).withTimeout(Duration.ofSeconds(10)));
    }

    @Override
    protected String backendName() {
        return "sim";
    }

    private Communicator single() {
        return single(dir);
    }

    @Test
    void shouldBeFoundThroughTheServiceLoaderAndBeAvailableHere() {
        final CommBackend sim = CommBackend.named("sim");
        assertThat(sim).isInstanceOf(SimBackend.class);
        assertThat(sim.unavailableReason()).as("sim runs on this Linux host").isEmpty();
    }

    @Test
    void shouldSatisfyTheContextInvariantsForEveryRank() throws Exception {
        final Path path = dir.resolve("rootinfo");
        final CompletableFuture<List<String>> rank1 = CompletableFuture.supplyAsync(() -> {
            try (Communicator c = CommBackend.named("sim").init(CommConfig.of(1, 2, path).withTimeout(Duration.ofSeconds(20)))) {
                final CommContext ctx = c.allocWindows(10_000);
                final var problems = ContextInvariants.violations(ctx, 1, 2, c.windowSize(), c.localWindowBase());
                c.barrier();
                return problems;
            }
        });
        try (Communicator c = CommBackend.named("sim").init(CommConfig.of(0, 2, path).withTimeout(Duration.ofSeconds(20)))) {
            final CommContext ctx = c.allocWindows(10_000);
            assertThat(ContextInvariants.violations(ctx, 0, 2, c.windowSize(), c.localWindowBase())).as("rank 0").isEmpty();
            assertThat(c.windowSize()).as("rounded up to whole pages").isEqualTo(12_288);
            assertThat(ctx.windowOut(0)).as("windowsOut mirrors windowsIn").isEqualTo(ctx.windowIn(0));
            assertThat(ctx.windowIn(1) - ctx.windowIn(0)).as("windows are adjacent").isEqualTo(12_288);
            assertThat(ctx.windowIn(0) % 4096).as("page-aligned windows").isZero();
            assertThat(ctx.deviceAddress()).as("the context lives in native memory").isEqualTo(ctx.segment().address());
            c.barrier();
        }
        assertThat(rank1.get(30, TimeUnit.SECONDS)).as("rank 1").isEmpty();
    }

    @Test
    void shouldShowEveryRankTheSameMemoryThroughTheHostWindows() {
        try (Communicator c = single()) {
            c.allocWindows(4096);
            final MemorySegment w = c.hostWindows().orElseThrow().window(0);
            w.set(ValueLayout.JAVA_LONG, 8, 0x1234L);
            assertThat(MemorySegment.ofAddress(c.localWindowBase()).reinterpret(16).get(ValueLayout.JAVA_LONG, 8))
                .as("the view and the context's address are one window").isEqualTo(0x1234L);
            assertThat(w.byteSize()).isEqualTo(c.windowSize());
            assertThatThrownBy(() -> c.hostWindows().orElseThrow().window(1)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @ParameterizedTest(name = "winSizeHint={0}")
    @ValueSource(longs = {Long.MAX_VALUE, Long.MAX_VALUE - 4096})
    void shouldRejectSizesThatOverflowAtAlloc(final long hint) {
        try (Communicator c = single()) {
            assertThatThrownBy(() -> c.allocWindows(hint)).isInstanceOfSatisfying(CommException.class, e -> {
                assertThat(e.stage()).isEqualTo(Stage.ALLOC);
                assertThat(e.getMessage()).as("names the value").contains("winSizeHint=" + hint);
            });
        }
    }

    @Test
    void shouldNeverTouchUnmappedMemoryThroughAViewKeptPastClose() {
        final Communicator c = single();
        c.allocWindows(4096);
        final MemorySegment view = c.hostWindows().orElseThrow().window(0);
        c.close();

        assertThatThrownBy(c::hostWindows).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> view.get(ValueLayout.JAVA_LONG, 0)).as("a window view kept past close")
            .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldKeepOneAttachmentPerTypeUntilCloseDropsIt() {
        final Communicator c = single();
        c.allocWindows(4096);
        final StringBuilder state = c.attachment(StringBuilder.class, StringBuilder::new);
        assertThat(c.attachment(StringBuilder.class, StringBuilder::new)).as("the same object on every lookup")
            .isSameAs(state);
        c.close();
        assertThatThrownBy(() -> c.attachment(StringBuilder.class, StringBuilder::new))
            .as("a closed communicator keeps no state for the layers above it")
            .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldAcceptABarrierBeforeAllocAndAllocAfterIt() {
        try (Communicator c = single()) {
            c.barrier(); // the barrier needs only the header
            c.allocWindows(4096);
        }
    }

    @Test
    void shouldFailInitClearlyWhenTheRendezvousDirectoryDoesNotExist() {
        assertThatThrownBy(() -> CommBackend.named("sim").init(CommConfig.of(0, 1, dir.resolve("missing/rootinfo"))))
            .isInstanceOfSatisfying(CommException.class, e -> {
                assertThat(e.stage()).isEqualTo(Stage.INIT);
                assertThat(e.getMessage()).contains("does not exist");
            });
    }

    @Test
    void shouldRefuseARootinfoPathThatHoldsSomeoneElsesFile() throws Exception {
        final Path path = dir.resolve("rootinfo");
        Files.writeString(path, "not ours");
        Files.setPosixFilePermissions(path, PrivateFiles.OWNER_ONLY);
        assertThatThrownBy(() -> CommBackend.named("sim").init(CommConfig.of(0, 1, path)))
            .isInstanceOfSatisfying(CommException.class, e -> {
                assertThat(e.stage()).isEqualTo(Stage.INIT);
                assertThat(e.getMessage()).as("names the file and why").contains("refusing rendezvous file " + path).contains("not a comm4j store record");
            });
        assertThat(Files.readString(path)).as("a foreign file is never deleted").isEqualTo("not ours");
    }
}
