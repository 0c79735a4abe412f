package io.comm4j;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StageTest {
    @Test
    void shouldUseTheContractsExitCodes() {
        assertThat(Arrays.stream(Stage.values()).mapToInt(Stage::exitCode))
            .as("exit codes of contract section 6, in stage order")
            .containsExactly(10, 15, 18, 19, 20, 30, 40, 50, 55, 56, 60, 70);
    }

    @Test
    void shouldFindStageByExitCode() {
        for (final Stage s : Stage.values()) {
            assertThat(Stage.fromExitCode(s.exitCode())).as("round trip of %s", s).isEqualTo(s);
        }
        assertThatThrownBy(() -> Stage.fromExitCode(11)).hasMessageContaining("11");
    }

    @Test
    void shouldNameStageBackendAndNativeCodeInMessage() {
        final CommException e = new CommException(Stage.BARRIER, "hccl", 9, "HCCL_E_TIMEOUT", "peer slow");
        assertThat(e.getMessage()).isEqualTo("barrier failed [backend=hccl code=HCCL_E_TIMEOUT(9)]: peer slow");
        assertThat(e.nativeCode()).hasValue(9);
    }
}
