package io.comm4j.hccl;

import io.comm4j.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import static io.comm4j.hccl.HcclFaultInjectionTest.Outcome.KILLED;
import static io.comm4j.hccl.HcclFaultInjectionTest.Outcome.OK;
import static io.comm4j.hccl.HcclFaultInjectionTest.Outcome.failed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every failure the fake CANN injects on the mc2 window path (and in the steps every provider
 * shares) surfaces on the right rank as the right {@code Stage} and
 * native code, the JVM never crashes (no exception other than CommException/IllegalStateException
 * escapes), and nothing leaks: no device memory, stream, communicator, device reference or ACL
 * initialisation (the fake's exit report), no rendezvous file, no shared-memory segment.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HcclFaultInjectionTest {

    /**
     * Limit of comm4j's own waits. Longer than the fake's (FAKECANN_TIMEOUT_MS=3000) so an HCCL
     * timeout is what a rank sees when HCCL waits, and long enough that two child JVMs starting on
     * a busy machine still meet.
     */
    private static final Duration RENDEZVOUS_TIMEOUT = Duration.ofSeconds(8);

    @RegisterExtension
    final FakeCannGroups fakeCann = new FakeCannGroups();

    /**
     * What a rank ends with: success, killed by the injected fault, or failure at a stage with a
     * native code ({@code -1} = none).
     *
     * @param kind  which of the three
     * @param stage the failing stage, for {@link Kind#FAILED}
     * @param code  the native code, for {@link Kind#FAILED}
     */
    record Outcome(Kind kind, Stage stage, int code) {
        enum Kind { OK, KILLED, FAILED }

        static final Outcome OK = new Outcome(Kind.OK, null, 0);
        static final Outcome KILLED = new Outcome(Kind.KILLED, null, 0);

        static Outcome failed(final Stage stage, final int code) {
            return new Outcome(Kind.FAILED, stage, code);
        }

        /** The rank's {@code FAILED} line for this outcome: {@code "<STAGE> <code>"}. */
        String failedLine() {
            return stage.name() + " " + code;
        }

        @Override
        public String toString() {
            return kind == Kind.FAILED ? failedLine() : kind.name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One injected fault.
     *
     * @param name     what is injected
     * @param topo     mesh or ring
     * @param env      "NAME=value" for both ranks (may be empty)
     * @param rank0Env "NAME=value" for rank 0 only (may be empty)
     * @param rank1Env "NAME=value" for rank 1 only (may be empty)
     * @param expect0  rank 0's outcome
     * @param expect1  rank 1's outcome
     * @param message  a fragment rank 0's (or, if rank 0 is ok, rank 1's) message must contain, or ""
     */
    record Case(String name, String topo, String env, String rank0Env, String rank1Env, Outcome expect0,
                Outcome expect1, String message) {
        /** A fault injected on both ranks, each of which must end with {@code expect}. */
        static Case alike(final String name, final String topo, final String env, final Outcome expect,
                          final String message) {
            return new Case(name, topo, env, "", "", expect, expect, message);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> faults() {
        return Stream.of(
            new Case("HcclGetRootInfo fails on the root", "mesh", "", "FAKECANN_FAIL=HcclGetRootInfo:4", "",
                failed(Stage.INIT, 4), failed(Stage.INIT, -1), "HcclGetRootInfo returned HCCL_E_INTERNAL(4)"),
            new Case("HcclCommInitRootInfo fails on rank 1", "mesh", "", "", "FAKECANN_FAIL=HcclCommInitRootInfo:1",
                failed(Stage.INIT, 9), failed(Stage.INIT, 1), "HCCL_E_TIMEOUT(9)"),
            Case.alike("HcomGetL0TopoTypeEx not supported", "mesh", "FAKECANN_FAIL=HcomGetL0TopoTypeEx:5",
                failed(Stage.ALLOC, 5), "HCCL_E_NOT_SUPPORT(5)"),
            Case.alike("HcclAllocComResourceByTiling out of memory", "ring",
                "FAKECANN_FAIL=HcclAllocComResourceByTiling:3", failed(Stage.ALLOC, 3), "HCCL_E_MEMORY(3)"),
            Case.alike("context copy hits an AI CPU exception", "mesh", "FAKECANN_FAIL=aclrtMemcpy:507018",
                failed(Stage.ALLOC, 507018), "ACL_ERROR_RT_AICPU_EXCEPTION(507018)"),
            Case.alike("third ring copy fails", "ring", "FAKECANN_FAIL=aclrtMemcpy:107000:3",
                failed(Stage.ALLOC, 107000), "the MC2 workspace pair"),
            Case.alike("owned ring context cannot be allocated", "ring", "FAKECANN_FAIL=aclrtMalloc:207001",
                failed(Stage.ALLOC, 207001), "ACL_ERROR_RT_MEMORY_ALLOCATION(207001)"),
            Case.alike("barrier times out", "mesh", "FAKECANN_FAIL=HcclBarrier:9",
                failed(Stage.BARRIER, 9), "HcclBarrier returned HCCL_E_TIMEOUT(9): a peer did not arrive in time"),
            Case.alike("the runtime's own message is quoted", "mesh", "FAKECANN_FAIL=HcclBarrier:9",
                failed(Stage.BARRIER, 9), "runtime says: fake CANN: injected failure 9 of HcclBarrier"),
            Case.alike("destroy fails", "ring", "FAKECANN_FAIL=HcclCommDestroy:4",
                failed(Stage.DESTROY, 4), "HcclCommDestroy"),
            Case.alike("aclInit fails", "mesh", "FAKECANN_FAIL=aclInit:500001",
                failed(Stage.ACL_READY, 500001), "aclInit(NULL) returned ACL_ERROR_FAILURE(500001)"),
            Case.alike("device does not exist", "mesh", "FAKECANN_FAIL=aclrtSetDevice:107001",
                failed(Stage.ACL_READY, 107001), "ASCEND_RT_VISIBLE_DEVICES"),
            Case.alike("stream cannot be created", "mesh", "FAKECANN_FAIL=aclrtCreateStream:207001",
                failed(Stage.STREAM, 207001), "aclrtCreateStream"),
            Case.alike("mesh rankNum 0", "mesh", "FAKECANN_CORRUPT=ranknum0", failed(Stage.ALLOC, -1), "rankNum=0"),
            Case.alike("mesh rankNum 65", "mesh", "FAKECANN_CORRUPT=ranknum65", failed(Stage.ALLOC, -1), "rankNum=65"),
            Case.alike("ring rankSize 0", "ring", "FAKECANN_CORRUPT=ranksize0", failed(Stage.ALLOC, -1), "rankSize=0"),
            Case.alike("ring rankSize 65", "ring", "FAKECANN_CORRUPT=ranksize65",
                failed(Stage.ALLOC, -1), "rankSize=65"),
            Case.alike("ring peer pointer is zero", "ring", "FAKECANN_CORRUPT=zero_peer",
                failed(Stage.ALLOC, -1), "remoteRes[1].nextDevicePtr is 0"),
            Case.alike("ring peer pointer is not device memory", "ring", "FAKECANN_CORRUPT=bad_peer",
                failed(Stage.ALLOC, 107000), "rank 1's HcclRankRelationResV2"),
            Case.alike("unverified CANN version", "mesh", "FAKECANN_CANN_VERSION=8.1.RC1",
                failed(Stage.ALLOC, -1), "CANN 8.1.RC1"),
            Case.alike("CANN version cannot be queried", "mesh", "FAKECANN_CANN_VERSION=none",
                failed(Stage.ALLOC, -1), "cannot be queried"),
            new Case("rank 1 dies in the barrier", "mesh", "", "", "FAKECANN_DIE=HcclBarrier",
                failed(Stage.BARRIER, 9), KILLED, "HCCL_E_TIMEOUT(9)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void shouldReportTheInjectedFailureAtItsStageWithoutLeaks(final Case c) {
        final FakeCannGroup group = fakeCann.group().windows("mc2").env("FAKECANN_TOPO", c.topo())
            .timeout(RENDEZVOUS_TIMEOUT);
        apply(c.env(), (k, v) -> group.env(k, v));
        apply(c.rank0Env(), (k, v) -> group.rankEnv(0, k, v));
        apply(c.rank1Env(), (k, v) -> group.rankEnv(1, k, v));

        final List<FakeCannGroup.Rank> ranks = group.run();

        expectOutcomeOrGroupAbort(ranks.get(0), c.expect0(), 1);
        expectOutcomeOrGroupAbort(ranks.get(1), c.expect1(), 0);
        final FakeCannGroup.Rank reporter = c.expect0() == Outcome.OK ? ranks.get(1) : ranks.get(0);
        assertThat(reporter.value("MESSAGE")).as("rank %d's error explains the failure\n%s", reporter.rank(),
            reporter.describe()).contains(c.message());
        group.assertNothingLeft();
    }

    @Test
    void shouldRunOnAnUnverifiedCannWhenTheUserOverridesTheVersionLock() {
        final List<FakeCannGroup.Rank> ranks = fakeCann.group().windows("mc2").env("FAKECANN_CANN_VERSION", "8.1.RC1")
            .jvmArg("-D" + CannVersion.ALLOW_PROPERTY + "=true").run();
        ranks.forEach(r -> expectOutcome(r, Outcome.OK));
    }

    @Test
    void shouldFailAllocClearlyWhenLibhcommLacksTheTilingSymbolButStillInit() {
        final List<FakeCannGroup.Rank> ranks = fakeCann.group().windows("mc2").libraries("fake-cann-no-tiling").run();
        for (final FakeCannGroup.Rank r : ranks) {
            expectOutcome(r, failed(Stage.ALLOC, -1));
            assertThat(r.values("STAGE")).as("rank %d got through init before alloc failed", r.rank()).contains("init");
            assertThat(r.value("MESSAGE")).as("rank %d names the missing symbol", r.rank())
                .contains("does not export HcclAllocComResourceByTiling");
        }
    }

    @Test
    void shouldReportNoCannAtLoadNamingThePlacesSearched() {
        final FakeCannGroup group = fakeCann.group().libraries("no-cann").env("ASCEND_HOME_PATH", "");
        for (final FakeCannGroup.Rank r : group.run()) {
            expectOutcome(r, failed(Stage.LOAD, -1));
            assertThat(r.value("MESSAGE")).as("rank %d says CANN is missing and where it looked", r.rank())
                .contains("no CANN: libascendcl.so not found")
                .contains(FakeCannGroup.nativeDir().resolve("no-cann").toString());
        }
        assertThat(group.leftoverFiles()).as("nothing was written before loading failed").isEmpty();
    }

    @Test
    void shouldIgnoreAShortRootInfoFileAndTimeOutNamingRankZero() throws IOException {
        final FakeCannGroup group = fakeCann.group().only(1).timeout(Duration.ofSeconds(2));
        Files.write(group.rootInfo(), new byte[] {0x4c, 0x43, 0x43, 0x48}); // 4 bytes of a header
        final List<FakeCannGroup.Rank> ranks = group.run();
        expectOutcome(ranks.getFirst(), failed(Stage.INIT, -1));
        assertThat(ranks.getFirst().value("MESSAGE")).as("the timeout names what rank 1 waited for")
            .contains("rank 0 to publish a valid root-info file");
    }

    @Test
    void shouldTimeOutInAllocWhenAPeerHangsThereAndStillTearDown() {
        final FakeCannGroup group = fakeCann.group().windows("mc2")
            .rankEnv(1, "FAKECANN_HANG", "HcclAllocComResourceByTiling")
            .timeout(RENDEZVOUS_TIMEOUT).hanging(1);
        final List<FakeCannGroup.Rank> ranks = group.run();
        expectOutcome(ranks.get(0), failed(Stage.ALLOC, 9));
        assertThat(ranks.get(0).values("SUPPRESSED"))
            .as("rank 0 recorded the group's abort and tore down without waiting at the destroy barrier for "
                + "the peer that hangs\n%s", ranks.get(0).describe())
            .noneMatch(v -> v.contains("destroy"));
        assertThat(group.leftoverFiles()).as("rank 0 removed the rendezvous files of the dead run").isEmpty();
        assertThat(group.leftoverSegments()).as("no shared-memory segment is left").isEmpty();
    }

    /**
     * {@link #expectOutcome}, or, where both ranks are hit, the other outcome a race allows: the rank
     * reached the stage after its peer had failed there and recorded the group's abort, so it fails at
     * the same stage before entering the call, naming the peer (no native code).
     */
    static void expectOutcomeOrGroupAbort(final FakeCannGroup.Rank r, final Outcome expected, final int peer) {
        final String message = r.value("MESSAGE");
        final boolean abortedByPeer = expected.kind() == Outcome.Kind.FAILED && message != null
            && message.contains("rank " + peer + " failed first at")
            && (expected.stage().name() + " -1").equals(r.failure());
        expectOutcome(r, abortedByPeer ? failed(expected.stage(), -1) : expected);
    }

    static void expectOutcome(final FakeCannGroup.Rank r, final Outcome expected) {
        final String described = r.describe();
        assertThat(r.result().exitCode()).as("rank %d never crashes or throws anything unexpected\n%s", r.rank(),
            described).isNotIn(98, 99, 134, 139);
        switch (expected.kind()) {
            case KILLED -> {
                assertThat(r.result().exitCode()).as("rank %d was killed by the injected fault\n%s", r.rank(),
                    described).isEqualTo(128 + 9);
                return;
            }
            case OK -> assertThat(r.result().exitCode()).as("rank %d succeeds\n%s", r.rank(), described).isZero();
            case FAILED -> assertThat(r.failure()).as("rank %d fails at the expected stage with the expected code\n%s",
                r.rank(), described).isEqualTo(expected.failedLine());
        }
        if (!r.result().timedOut() && expected.stage() != Stage.LOAD) { // without CANN there is no fake to report
            assertThat(r.leaked()).as("rank %d leaks nothing (fake's exit report)\n%s", r.rank(), described).isEmpty();
            assertThat(r.leaks()).as("rank %d wrote the fake's exit report", r.rank()).isNotEmpty();
        }
    }

    private static void apply(final String assignment, final BiConsumer<String, String> set) {
        if (!assignment.isEmpty()) {
            final int eq = assignment.indexOf('=');
            set.accept(assignment.substring(0, eq), assignment.substring(eq + 1));
        }
    }
}
