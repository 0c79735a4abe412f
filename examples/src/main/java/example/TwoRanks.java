package example;

import io.comm4j.CommBackend;
import io.comm4j.CommConfig;
import io.comm4j.CommException;
import io.comm4j.Communicator;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A 2-rank comm4j program on the sim backend: each rank writes into its own window, waits at a
 * barrier, and reads its peer's window. Without arguments it starts both ranks as child processes
 * (the same java, class path and flags) and exits 0 when both did; {@code <rank> <nranks> <rootinfo>}
 * runs one rank.
 */
public final class TwoRanks {
    private TwoRanks() {
    }

    public static void main(final String[] args) throws Exception {
        if (args.length == 3) {
            System.exit(rank(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Path.of(args[2])));
        }
        System.exit(launch(2));
    }

    /** One rank: the whole library story in a dozen lines. */
    static int rank(final int rank, final int nranks, final Path rootinfo) {
        CommConfig config = CommConfig.of(rank, nranks, rootinfo).withTimeout(Duration.ofSeconds(30));
        try (Communicator comm = CommBackend.named("sim").init(config)) {
            comm.allocWindows(4096);
            Communicator.HostWindows windows = comm.hostWindows().orElseThrow();
            windows.window(rank).set(ValueLayout.JAVA_LONG, 0, 1000L + rank);   // write my window
            comm.barrier();                                                     // peers' writes visible after
            int peer = (rank + 1) % nranks;
            MemorySegment peerWindow = windows.window(peer);
            long got = peerWindow.get(ValueLayout.JAVA_LONG, 0);                // read the peer's window
            if (got != 1000L + peer) {
                System.err.printf("rank %d: read %d from rank %d's window, expected %d%n", rank, got, peer, 1000L + peer);
                return 1;
            }
            comm.barrier();                                                     // nobody closes while a peer reads
            // one write per line, so the two ranks' lines never interleave on the shared terminal
            System.out.print(String.format("rank %d/%d: read %d from rank %d's window%n", rank, nranks, got, peer));
            return 0;
        } catch (CommException e) {
            System.err.printf("rank %d failed at stage %s: %s%n", rank, e.stage(), e.getMessage());
            return e.stage().exitCode();
        }
    }

    private static int launch(final int nranks) throws Exception {
        Path dir = Files.createTempDirectory("comm4j-example");
        Path rootinfo = dir.resolve("job.rootinfo");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<Process> ranks = new ArrayList<>();
        for (int r = 0; r < nranks; r++) {
            ranks.add(new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED",
                    "-cp", System.getProperty("java.class.path"),
                    "-Dcomm4j.example.level=" + System.getProperty("comm4j.example.level", "WARN"),
                    TwoRanks.class.getName(), Integer.toString(r), Integer.toString(nranks), rootinfo.toString())
                    .inheritIO().start());
        }
        int worst = 0;
        for (Process p : ranks) {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                System.err.println("a rank did not finish within 60 s");
                worst = Math.max(worst, 1);
            } else {
                worst = Math.max(worst, p.exitValue());
            }
        }
        Files.deleteIfExists(rootinfo);
        Files.deleteIfExists(dir);
        System.out.println(worst == 0 ? "example: both ranks done" : "example: FAILED (exit " + worst + ")");
        return worst;
    }
}
