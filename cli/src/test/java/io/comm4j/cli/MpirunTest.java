package io.comm4j.cli;

import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Ranks started by OpenMPI's mpirun, not by comm-smoke: rank, size and a shared rendezvous path come
 * from the environment mpirun sets (OMPI_COMM_WORLD_RANK/SIZE, the job id), on the sim backend.
 */
class MpirunTest {

    static Path mpirun() {
        for (final String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            final Path p = Path.of(dir, "mpirun");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * What mpirun did with two ranks.
     *
     * @param done     it finished within 90 s (else it and its ranks were killed)
     * @param exitCode its exit code, when done
     * @param text     its output and its ranks', merged
     */
    record Outcome(boolean done, int exitCode, String text) {
    }

    /** Runs {@code rankCommand} as two processes under {@code mpirun}, killing them if they take over 90 s. */
    static Outcome runTwoRanks(final Path mpirun, final List<String> rankCommand) throws Exception {
        final List<String> cmd = new ArrayList<>(List.of(mpirun.toString(), "--allow-run-as-root", "--oversubscribe",
            "-np", "2"));
        cmd.addAll(rankCommand);
        final Path out = Files.createTempFile("mpirun-", ".out");
        try {
            final Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            final boolean done = p.waitFor(90, TimeUnit.SECONDS);
            if (!done) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
            return new Outcome(done, done ? p.exitValue() : -1, Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    @Test
    @Timeout(120)
    void shouldRunOneRankPerMpiProcessWithRankAndSizeFromTheEnvironment() throws Exception {
        final Path mpirun = mpirun();
        assumeTrue(mpirun != null, "mpirun is not installed (scripts/setup installs openmpi-bin)");
        // no --rank, no --nranks, no --rootinfo: everything comes from mpirun's environment
        final Outcome mpi = runTwoRanks(mpirun, ChildJvm.of(CommSmoke.class).args("--timeout", "20s").command());
        final String text = mpi.text();

        assertThat(mpi.done()).as("mpirun finished in time\n%s", text).isTrue();
        assertThat(mpi.exitCode()).as("mpirun's exit code\n%s", text).isZero();
        for (int r = 0; r < 2; r++) {
            assertThat(text).as("rank %d took its rank from OpenMPI\n%s", r, text)
                .containsPattern("(?m)^\\[rank " + r + "\\] smoke rank " + r + " of 2: .*rank from OpenMPI \\(OMPI_COMM_WORLD_RANK=" + r)
                .contains("PASS rank " + r + " ");
        }
        assertThat(text).as("both ranks used the same job-derived rendezvous path")
            .containsPattern("rootinfo=\\S*comm4j-smoke-\\S+-\\d+\\.rootinfo");
        for (int r = 0; r < 2; r++) {
            final String tag = "[rank " + r + "] ";
            assertThat(text.lines().filter(l -> l.startsWith(tag + "ok       canary")).count())
                .as("rank %d checked the canary, its line tagged like the launcher's\n%s", r, text).isEqualTo(1);
        }
    }
}
