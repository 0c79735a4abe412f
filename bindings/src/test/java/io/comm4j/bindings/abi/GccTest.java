package io.comm4j.bindings.abi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GccTest {

    @Test
    void shouldSayTheOracleNeedsGccWhenItIsNotOnThePath() {
        assertThatThrownBy(() -> Gcc.locate(null, "/nonexistent/bin:/also/missing"))
            .as("looking for gcc on a PATH without it")
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("the ABI oracle compiles headers/ with gcc")
            .hasMessageContaining("'gcc' is not on PATH (/nonexistent/bin:/also/missing)")
            .hasMessageContaining("scripts/setup");
    }

    @Test
    void shouldHonourCcGivenAsAPath() {
        assertThat(Gcc.locate("/opt/cross/bin/aarch64-linux-gnu-gcc", "/usr/bin"))
            .as("CC given as a path").isEqualTo("/opt/cross/bin/aarch64-linux-gnu-gcc");
    }
}
