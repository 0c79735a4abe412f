package io.comm4j.hccl;

import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The two-rank lifecycle on real NPUs (contract section 8): one process per rank, each exiting
 * with the smoke's stage codes, devices from a CTest resource spec ({@link NpuResources}). Each rank
 * ({@link HcclRankMain}) checks exactly what the original's hardware test checks
 * (hardware-lessons section 1): rankId == rank, rankNum == nranks, winSize == windowSize(),
 * windowsIn[rank] == localWindowBase(), every windowsIn[0..n-1] non-zero, windowsOut only where the
 * provider promises it, and the context read back from device memory with aclrtMemcpy
 * device-to-host equals the host view; plus the alias check (a word written through windowsIn[next]
 * is read in that rank's own window). Peers' addresses are never compared across processes: they
 * are per-process views on every well-formed deployment.
 *
 * <p>Tagged {@code hardware} (excluded by default; run with {@code -Dgroups=hardware
 * -DexcludedGroups=none -Dcomm4j.resourceSpecFile=spec.json}, see docs/hccl.md); skipped with the
 * reason when there is no spec, no free device, or no CANN.
 */
@Tag("hardware")
class HcclHardwareTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} level")
    @ValueSource(strings = {"low", "high"})
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void shouldRunTheTwoRankLifecycleOnRealNpus(final String level) {
        final var unavailable = new HcclBackend().unavailableReason();
        assumeTrue(unavailable.isEmpty(), () -> unavailable.orElse(""));
        final NpuResources.Result npus = NpuResources.allocate(2, System.getenv());
        assumeTrue(npus.allocation().isPresent(), npus.reason());
        try (NpuResources.Allocation devices = npus.allocation().get()) {
            final List<ChildJvm.Running> running = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                final ChildJvm child = ChildJvm.of(HcclRankMain.class)
                    .args(level, r, 2, dir.resolve("rootinfo"), 120_000, devices.ids().get(r));
                final String libdir = System.getProperty("comm4j.cann.libdir");
                if (libdir != null) {
                    child.jvmArg("-Dcomm4j.cann.libdir=" + libdir);
                }
                running.add(child.start());
            }
            final List<ChildJvm.Result> results = new ArrayList<>();
            for (final ChildJvm.Running r : running) {
                results.add(r.await(Duration.ofMinutes(5)));
            }
            for (int r = 0; r < 2; r++) {
                assertThat(results.get(r).exitCode()).as("rank %d on NPU %s exits 0 (else: the failing stage's code)\n%s",
                    r, devices.ids().get(r), results.get(r).describe()).isZero();
            }
            for (int r = 0; r < 2; r++) {
                assertThat(line(results.get(r), "ALIAS")).as("rank %d's own window holds what its peer wrote "
                    + "through windowsIn[%d]\n%s", r, r, results.get(r).describe()).isEqualTo("ok");
                assertThat(results.get(r).stdout().lines().filter(l -> l.startsWith("WINDOW_IN ")))
                    .as("rank %d printed a non-zero windowsIn for both ranks", r).hasSize(2)
                    .noneMatch(l -> l.endsWith(" 0"));
            }
        }
    }

    private static String line(final ChildJvm.Result result, final String key) {
        return result.stdout().lines().filter(l -> l.startsWith(key + " ")).map(l -> l.substring(key.length() + 1))
            .findFirst().orElseThrow(() -> new AssertionError("no " + key + " line in\n" + result.describe()));
    }
}
