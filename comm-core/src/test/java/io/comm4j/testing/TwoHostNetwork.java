package io.comm4j.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Two "hosts" for tests of the TCP rendezvous: two network namespaces joined by a veth pair, each
 * with one address of a private test subnet and nothing else (no route out, loopback up). Only
 * names of this fixture's own making are created or deleted ({@code c4j17-<pid>-a/b}, interfaces
 * {@code c4j<pid>a/b}); {@link #close()} deletes both namespaces, which removes the veth pair.
 *
 * <p>Needs {@code ip} and the right to make namespaces (root or CAP_NET_ADMIN): {@link #create()}
 * says why it could not, for the test to skip with that reason.
 */
public final class TwoHostNetwork implements AutoCloseable {
    /** The first host's address. */
    public static final String HOST_A = "10.217.17.1";
    /** The second host's address. */
    public static final String HOST_B = "10.217.17.2";

    private final String nsA;
    private final String nsB;

    private TwoHostNetwork(final String nsA, final String nsB) {
        this.nsA = nsA;
        this.nsB = nsB;
    }

    /** What {@link #create()} made, or why it could not. */
    public record Outcome(TwoHostNetwork network, String whyNot) {
    }

    /** Makes the two namespaces and the veth pair; on any failure removes what it made and says why. */
    public static Outcome create() {
        final long pid = ProcessHandle.current().pid() % 100_000;
        final String a = "c4j17-" + pid + "-a";
        final String b = "c4j17-" + pid + "-b";
        final String va = "c4j" + pid + "a";
        final String vb = "c4j" + pid + "b";
        final List<String> made = new ArrayList<>();
        try {
            run("ip", "netns", "add", a);
            made.add(a);
            run("ip", "netns", "add", b);
            made.add(b);
            run("ip", "link", "add", va, "netns", a, "type", "veth", "peer", "name", vb, "netns", b);
            run("ip", "-n", a, "addr", "add", HOST_A + "/24", "dev", va);
            run("ip", "-n", b, "addr", "add", HOST_B + "/24", "dev", vb);
            for (final String[] up : new String[][] {{a, va}, {b, vb}, {a, "lo"}, {b, "lo"}}) {
                run("ip", "-n", up[0], "link", "set", up[1], "up");
            }
            return new Outcome(new TwoHostNetwork(a, b), null);
        } catch (final IOException e) {
            for (final String ns : made) {
                quietly("ip", "netns", "del", ns);
            }
            return new Outcome(null, "cannot make network namespaces here: " + e.getMessage());
        }
    }

    /** The command prefix that runs a process on host A. */
    public String[] onA() {
        return new String[] {"ip", "netns", "exec", nsA};
    }

    /** The command prefix that runs a process on host B. */
    public String[] onB() {
        return new String[] {"ip", "netns", "exec", nsB};
    }

    @Override
    public void close() {
        quietly("ip", "netns", "del", nsA);
        quietly("ip", "netns", "del", nsB);
    }

    private static void run(final String... command) throws IOException {
        final Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in 10 s");
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " exited " + p.exitValue() + ": "
                + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
        }
    }

    private static void quietly(final String... command) {
        try {
            run(command);
        } catch (final IOException ignored) {
            // best effort: the namespace may not exist
        }
    }
}
