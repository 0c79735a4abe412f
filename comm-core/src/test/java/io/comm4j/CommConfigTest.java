package io.comm4j;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommConfigTest {
    private static final Path PATH = Path.of("/tmp/comm4j-rootinfo");

    @Test
    void shouldAcceptEveryRankOfTheLargestGroup() {
        assertThat(CommConfig.of(63, 64, PATH).rank()).as("rank 63 of 64 is valid").isEqualTo(63);
        assertThat(CommConfig.of(0, 1, PATH).timeout()).as("default timeout")
            .isEqualTo(CommConfig.DEFAULT_TIMEOUT);
    }

    @ParameterizedTest
    @CsvSource({
        "-1, 2, rank=-1",
        "2, 2, rank=2",
        "0, 0, nranks=0",
        "0, 65, nranks=65",
    })
    void shouldRejectOutOfRangeRankOrSizeNamingFieldAndValue(final int rank, final int nranks, final String named) {
        assertThatThrownBy(() -> CommConfig.of(rank, nranks, PATH))
            .as("rank=%d nranks=%d must be rejected", rank, nranks)
            .isInstanceOfSatisfying(CommException.class, e ->
                assertThat(e.stage()).as("validation failures are INIT failures").isEqualTo(Stage.INIT))
            .hasMessageContaining(named);
    }

    @Test
    void shouldRejectBlankPath() {
        assertThatThrownBy(() -> CommConfig.of(0, 2, Path.of("")))
            .isInstanceOf(CommException.class).hasMessageContaining("rootInfoPath is blank");
        assertThatThrownBy(() -> CommConfig.of(0, 2, (Path) null))
            .isInstanceOf(CommException.class).hasMessageContaining("rootInfoPath is null");
    }

    @Test
    void shouldRejectNonPositiveTimeout() {
        assertThatThrownBy(() -> CommConfig.of(0, 2, PATH).withTimeout(Duration.ZERO))
            .isInstanceOf(CommException.class).hasMessageContaining("timeout=PT0S");
        assertThatThrownBy(() -> CommConfig.of(0, 2, PATH).withTimeout(Duration.ofSeconds(-1)))
            .isInstanceOf(CommException.class).hasMessageContaining("must be positive");
    }

    @Test
    void shouldRejectNegativeDeviceOtherThanUnset() {
        assertThat(CommConfig.of(0, 2, PATH).withDevice(-1).deviceId()).isEqualTo(-1);
        assertThatThrownBy(() -> CommConfig.of(0, 2, PATH).withDevice(-2))
            .isInstanceOf(CommException.class).hasMessageContaining("deviceId=-2");
    }

    @Test
    void shouldCarryATcpRendezvousAndRefuseItsPath() {
        final CommConfig c = CommConfig.of(1, 2, RendezvousAddress.of("tcp://[::1]:29500"));
        assertThat(c.rendezvous()).as("the TCP address is kept as given")
            .isEqualTo(new RendezvousAddress.Tcp("::1", 29500));
        assertThat(c.withTimeout(Duration.ofSeconds(5)).rendezvous()).as("withers keep the address")
            .isEqualTo(c.rendezvous());
        assertThatThrownBy(c::rootInfoPath).as("a TCP group has no rendezvous file")
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("tcp://[::1]:29500");
    }

    @Test
    void shouldKeepThePathOfAFileRendezvous() {
        assertThat(CommConfig.of(0, 2, PATH).rendezvous()).as("a path is a file rendezvous")
            .isEqualTo(new RendezvousAddress.File(PATH));
        assertThat(CommConfig.of(0, 2, PATH).rootInfoPath()).isEqualTo(PATH);
    }

    @Test
    void shouldRejectANullRendezvous() {
        assertThatThrownBy(() -> CommConfig.of(0, 2, (RendezvousAddress) null))
            .isInstanceOf(CommException.class).hasMessageContaining("rendezvous is null");
    }
}
