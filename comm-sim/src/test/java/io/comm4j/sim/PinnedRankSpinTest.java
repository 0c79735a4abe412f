package io.comm4j.sim;

import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A rank pinned to one core (taskset, as scripts/bench and mpirun place ranks) still sees every core
 * of the host when it decides whether its group oversubscribes them: the JVM's
 * availableProcessors() is the affinity mask (1), and a 2-rank group on a 2-core host then yielded
 * after 20 spins instead of spinning, which made its barrier several times slower than the C twin.
 */
@Timeout(60)
class PinnedRankSpinTest {
    @Test
    void shouldCountEveryHostCoreWhenPinnedToOne() throws Exception {
        final int cores = SimBarrier.hostCores();
        assumeTrue(cores >= 2, "needs a host with at least 2 cores, this one has " + cores);
        assumeTrue(onPath("taskset"), "taskset is not installed");
        final List<String> command = new ArrayList<>(List.of("taskset", "-c", "0"));
        command.addAll(ChildJvm.of(HostCoresProbe.class).command());
        final Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        final String out = new String(p.getInputStream().readAllBytes()).trim();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("the probe JVM ends").isTrue();
        assertThat(out).as("a JVM pinned to CPU 0 must count the host's %d cores (it prints its view)", cores)
            .contains("hostCores=" + cores + " ");
    }

    private static boolean onPath(final String tool) {
        for (final String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!d.isEmpty() && Path.of(d, tool).toFile().canExecute()) {
                return true;
            }
        }
        return false;
    }
}
