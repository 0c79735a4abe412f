package io.comm4j.sim;

import io.comm4j.CommBackend;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application that depends on comm-core and comm-sim only gets the sim backend and never has
 * the HCCL backend (and with it the ACL/HCCL bindings' users) on its path: the HCCL backend lives
 * in comm-hccl.
 */
class SimOnlyClassPathTest {

    @Test
    void shouldDiscoverOnlyTheSimBackendWithoutComm4jHccl() {
        assertThat(CommBackend.all()).extracting(CommBackend::name).as("backends on comm-sim's class path")
            .containsExactly("sim");
    }

    @Test
    void shouldNotHaveTheHcclBackendOnTheClassPath() {
        assertThat(getClass().getClassLoader().getResource("io/comm4j/hccl/HcclBackend.class"))
            .as("io.comm4j.hccl.HcclBackend is not on a sim-only class path").isNull();
    }
}
