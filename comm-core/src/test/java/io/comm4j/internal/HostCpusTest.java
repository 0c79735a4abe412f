package io.comm4j.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostCpusTest {
    @Test
    void shouldCountRangesAndSingleCpus() {
        assertThat(HostCpus.count("0-3,6,8-9\n")).as("0-3 is 4 CPUs, 6 is one, 8-9 two").isEqualTo(7);
        assertThat(HostCpus.count("0")).as("a single CPU").isEqualTo(1);
    }

    @Test
    void shouldRefuseWhatIsNotACpuList() {
        assertThatThrownBy(() -> HostCpus.count("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HostCpus.count("0-x")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("0-x");
        assertThatThrownBy(() -> HostCpus.count("3-1")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("3-1");
    }

    @Test
    void shouldNeverCountFewerThanThisProcessMayUse() {
        assertThat(HostCpus.online()).as("online CPUs vs the affinity mask")
            .isGreaterThanOrEqualTo(Runtime.getRuntime().availableProcessors());
    }
}
