package io.comm4j.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a launched rank's JVM is started with, beyond what the launcher's own JVM was. */
class RankCommandTest {
    @Test
    void shouldLetALaunchedRankExitWithoutWaitingOnItsLifelineRead() {
        final JvmCommand jvm = JvmCommand.ofThisJvm(null, CommSmoke.class);

        final List<String> cmd = RankProcesses.rankCommand(jvm, List.of("--rank=1"));

        assertThat(cmd).as("the rank's lifeline thread is always blocked in a native read of stdin, and the JVM"
                + " waits up to 300 ms at exit for threads in native unless told not to: %s", cmd)
            .contains(SignalCleanup.EXIT_WITHOUT_WAITING_ON_NATIVE);
        assertThat(cmd.indexOf(SignalCleanup.EXIT_WITHOUT_WAITING_ON_NATIVE))
            .as("a JVM option, before the main class or jar: %s", cmd)
            .isLessThan(cmd.indexOf("--rank=1"))
            .isBetween(1, cmd.size() - 2);
        assertThat(cmd.subList(cmd.size() - 1, cmd.size())).as("the program's arguments stay last").containsExactly("--rank=1");
    }
}
