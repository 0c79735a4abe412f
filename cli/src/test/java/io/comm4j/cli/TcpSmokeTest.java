package io.comm4j.cli;

import io.comm4j.testing.ChildJvm;
import io.comm4j.testing.FreePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code comm-smoke --rootinfo tcp://127.0.0.1:PORT} and the MASTER_ADDR/MASTER_PORT default, real processes. */
class TcpSmokeTest {
    private static final Duration LIMIT = Duration.ofSeconds(90);

    @Test
    @Timeout(120)
    void shouldPassInLauncherModeOverTcpAndLeaveNothingListening() {
        final int port = FreePorts.pick();
        final ChildJvm.Result r = ChildJvm.of(CommSmoke.class)
            .args("--nranks", 2, "--rootinfo", "tcp://127.0.0.1:" + port, "--timeout", "30s").run(LIMIT);

        assertThat(r.exitCode()).as(r.describe()).isZero();
        assertThat(r.stdout()).contains("RESULT smoke ranks=2 ").contains("rootinfo=tcp://127.0.0.1:" + port);
        assertThat(FreePorts.listening(port)).as("nothing listens on %d after the run", port).isFalse();
    }

    @Test
    @Timeout(120)
    void shouldPassInRankModeFromMasterAddrAndPort() {
        final int port = FreePorts.pick();
        final List<ChildJvm.Running> ranks = List.of(0, 1).stream().map(rank -> ChildJvm.of(CommSmoke.class)
            .args("--rank", rank, "--nranks", 2, "--timeout", "30s")
            .env("MASTER_ADDR", "127.0.0.1").env("MASTER_PORT", Integer.toString(port)).start()).toList();
        for (final ChildJvm.Running rank : ranks) {
            final ChildJvm.Result r = rank.await(LIMIT);
            assertThat(r.exitCode()).as(r.describe()).isZero();
            assertThat(r.stdout()).as("the rank says where it met").contains("rootinfo=tcp://127.0.0.1:" + port);
        }
        assertThat(FreePorts.listening(port)).as("nothing listens on %d after the run", port).isFalse();
    }

    @Test
    @Timeout(120)
    void shouldFailRankZeroAtInitNamingThePortWhenSomethingElseHoldsIt() throws Exception {
        try (ServerSocket squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress("127.0.0.1", 0));
            final int port = squatter.getLocalPort();
            final ChildJvm.Result r = ChildJvm.of(CommSmoke.class)
                .args("--rank", 0, "--nranks", 2, "--rootinfo", "tcp://127.0.0.1:" + port, "--timeout", "5s").run(LIMIT);
            assertThat(r.exitCode()).as("an INIT failure\n%s", r.describe()).isEqualTo(io.comm4j.Stage.INIT.exitCode());
            assertThat(r.stdout() + r.stderr()).as("names the port and that it is not comm4j's")
                .contains("127.0.0.1:" + port).contains("not a comm4j rendezvous server");
        }
    }
}
