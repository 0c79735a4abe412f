package io.comm4j;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RendezvousAddressTest {
    private static final Map<String, String> NO_ENV = Map.of();

    @Test
    void shouldReadAPathAsAFileRendezvous() {
        assertThat(RendezvousAddress.parse("/tmp/tcp17/rootinfo", NO_ENV))
            .isEqualTo(new RendezvousAddress.File(Path.of("/tmp/tcp17/rootinfo")));
    }

    @Test
    void shouldReadTcpHostAndPort() {
        assertThat(RendezvousAddress.parse("tcp://127.0.0.1:29500", NO_ENV))
            .isEqualTo(new RendezvousAddress.Tcp("127.0.0.1", 29500));
        assertThat(RendezvousAddress.parse("tcp://node-0.cluster:29500", NO_ENV))
            .isEqualTo(new RendezvousAddress.Tcp("node-0.cluster", 29500));
    }

    @Test
    void shouldReadABracketedIpv6Literal() {
        final RendezvousAddress a = RendezvousAddress.parse("tcp://[::1]:29500", NO_ENV);
        assertThat(a).isEqualTo(new RendezvousAddress.Tcp("::1", 29500));
        assertThat(a).as("prints back in brackets").hasToString("tcp://[::1]:29500");
    }

    @Test
    void shouldRefuseAnUnbracketedIpv6Literal() {
        assertThatThrownBy(() -> RendezvousAddress.parse("tcp://::1:29500", NO_ENV))
            .hasMessageContaining("brackets");
    }

    @Test
    void shouldRefusePortZeroAndJunkPorts() {
        assertThatThrownBy(() -> RendezvousAddress.parse("tcp://127.0.0.1:0", NO_ENV)).hasMessageContaining("0 is not 'any'");
        assertThatThrownBy(() -> RendezvousAddress.parse("tcp://127.0.0.1:http", NO_ENV)).hasMessageContaining("'http'");
        assertThatThrownBy(() -> RendezvousAddress.parse("tcp://127.0.0.1", NO_ENV)).hasMessageContaining("no port");
    }

    @Test
    void shouldDefaultToTcpFromMasterAddrAndPort() {
        assertThat(RendezvousAddress.parse(null, Map.of("MASTER_ADDR", "10.0.0.1", "MASTER_PORT", "29500")))
            .isEqualTo(new RendezvousAddress.Tcp("10.0.0.1", 29500));
    }

    @Test
    void shouldNameTheMissingVariableWhenNothingWasGiven() {
        assertThatThrownBy(() -> RendezvousAddress.parse("", Map.of("MASTER_ADDR", "10.0.0.1")))
            .hasMessageContaining("MASTER_PORT=null");
    }

    @Test
    void shouldPreferAGivenPathOverTheEnvironment() {
        assertThat(RendezvousAddress.parse("/tmp/tcp17/r", Map.of("MASTER_ADDR", "h", "MASTER_PORT", "1")))
            .isInstanceOf(RendezvousAddress.File.class);
    }

    @Test
    void shouldGiveBackTheStringItWasParsedFrom() {
        for (final String given : new String[] {"tcp://[::1]:29500", "tcp://10.0.0.1:29500", "tcp://node-0:1", "/tmp/tcp17/r"}) {
            assertThat(RendezvousAddress.of(given).toString()).as("toString of %s", given).isEqualTo(given);
        }
    }
}
