package io.comm4j.cli;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessAgeTest {

    @Test
    void shouldSubtractTheStartTickFromTheUptime() {
        // field 22 = 12345 ticks = 123.45 s after boot; a command name with spaces and a ')' in it
        final String stat = "4242 (java (x) y) S 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 12345 999 0";

        assertThat(ProcessAge.of("130.70 500.00\n", stat)).as("130.70 s - 123.45 s")
            .contains(Duration.ofMillis(7250));
    }

    @Test
    void shouldBeEmptyForMalformedInput() {
        assertThat(ProcessAge.of("", "garbage")).as("no ')' in stat").isEmpty();
        assertThat(ProcessAge.of("x 1", "1 (a) S 1 2")).as("too few fields").isEmpty();
    }

    @Test
    void shouldGiveThisJvmAnAgeCloseToItsOwnMeasure() {
        // the JDK's startInstant can be up to a second early (whole-second boot time), so this compares
        // with the JVM's own uptime, which starts after the process: the age is at least that, and not far more
        final long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        final Duration age = ProcessAge.current().orElseThrow();

        assertThat(age.toMillis()).as("process age (ms) vs JVM uptime %d ms", jvmUptime)
            .isBetween(jvmUptime - 20, jvmUptime + 1000);
        assertThat(Instant.now().minus(age)).isBefore(Instant.now());
    }
}
