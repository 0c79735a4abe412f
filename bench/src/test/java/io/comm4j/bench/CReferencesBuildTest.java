package io.comm4j.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Keeps the C references of scripts/bench compiling (warnings are errors) and running: the plain C
 * ones are compiled with gcc and run with tiny counts; the MPI ones are compiled with mpicc when it
 * is installed (scripts/setup installs it). No timing is asserted.
 */
@Timeout(120)
class CReferencesBuildTest {
    private static final Path SOURCES = Path.of(System.getProperty("user.dir"), "src", "main", "c");

    @TempDir
    Path dir;

    @Test
    void shouldBuildAndRunTheSpinBarrier() throws Exception {
        final Path exe = compile("gcc", "spin_barrier.c");
        final Run run = run(exe.toString(), "2", "1000", "100");
        assertThat(run.exit).as("spin_barrier's exit code; output:\n%s", run.output).isZero();
        assertThat(run.output).containsPattern("RESULT barrier ranks=2 impl=c-spin mean_ns=\\d+ p99_ns=\\d+");
    }

    @Test
    void shouldBuildAndRunTheMemcpyReference() throws Exception {
        final Path exe = compile("gcc", "memcpy_bw.c");
        final Run run = run(exe.toString(), "4096");
        assertThat(run.exit).as("memcpy_bw's exit code; output:\n%s", run.output).isZero();
        assertThat(run.output).containsPattern("RESULT window op=memcpy bytes=4096 impl=c-memcpy gbps=[\\d.]+");
    }

    @Test
    void shouldBuildAndRunTheSharedMemoryFloor() throws Exception {
        final Path exe = compile("gcc", "shm_floor.c");
        final Run run = run(exe.toString(), "2", "broadcast,allgather,reduce_scatter,all_to_all,allreduce", "4096");
        assertThat(run.exit).as("shm_floor's exit code; output:\n%s", run.output).isZero();
        for (final String op : new String[] {"broadcast", "allgather", "reduce_scatter", "all_to_all", "allreduce"}) {
            assertThat(run.output).containsPattern("RESULT " + op + " ranks=2 bytes=4096 impl=floor us=[\\d.]+ ");
        }
    }

    @Test
    void shouldBuildTheMpiReferences() throws Exception {
        assumeTrue(onPath("mpicc"), "mpicc is not installed (scripts/setup installs OpenMPI)");
        compile("mpicc", "mpi_barrier.c");
        compile("mpicc", "mpi_allreduce.c");
        compile("mpicc", "mpi_collectives.c");
    }

    private Path compile(final String compiler, final String source) throws Exception {
        assumeTrue(onPath(compiler), compiler + " is not installed (scripts/setup installs it)");
        final Path exe = dir.resolve(source.replace(".c", ""));
        final Run run = run(compiler, "-O2", "-Wall", "-Wextra", "-Werror", "-o", exe.toString(),
            SOURCES.resolve(source).toString());
        assertThat(run.exit).as("%s %s must compile without warnings:\n%s", compiler, source, run.output).isZero();
        return exe;
    }

    private static boolean onPath(final String tool) {
        for (final String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!d.isEmpty() && Path.of(d, tool).toFile().canExecute()) {
                return true;
            }
        }
        return false;
    }

    private record Run(int exit, String output) {
    }

    private static Run run(final String... command) throws IOException, InterruptedException {
        final Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        final byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Run(-1, "timed out");
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
