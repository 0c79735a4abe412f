package io.comm4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Durations, byte sizes and the step-line format read back what they mean. */
class ConvertersTest {

    @ParameterizedTest
    @CsvSource({"30s,PT30S", "500ms,PT0.5S", "1.5s,PT1.5S", "2m,PT2M", "1h,PT1H", "7,PT7S", "PT1M,PT1M", "250us,PT0.00025S"})
    void shouldReadDurations(final String text, final String iso) {
        assertThat(DurationConverter.parse(text)).as(text).isEqualTo(Duration.parse(iso));
    }

    @Test
    void shouldFormatDurationsSoTheyReadBack() {
        for (final Duration d : new Duration[] {Duration.ofSeconds(30), Duration.ofMillis(1500), Duration.ofNanos(7)}) {
            assertThat(DurationConverter.parse(DurationConverter.format(d))).as("round trip of %s", d).isEqualTo(d);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "-1s", "0", "5 parsecs", "P"})
    void shouldRefuseWhatIsNotAPositiveDuration(final String text) {
        assertThatThrownBy(() -> DurationConverter.parse(text)).as("'%s'", text)
            .isInstanceOf(TypeConversionException.class).hasMessageContaining("'" + text + "'");
    }

    @ParameterizedTest
    @CsvSource({"4096,4096", "64k,65536", "64KiB,65536", "2m,2097152", "1G,1073741824"})
    void shouldReadByteSizes(final String text, final long bytes) {
        assertThat(ByteSizeConverter.parse(text)).as(text).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1.5k", "lots", "99999999999999999999", "9223372036854775807k"})
    void shouldRefuseWhatIsNotAPositiveByteCount(final String text) {
        assertThatThrownBy(() -> ByteSizeConverter.parse(text)).as("'%s'", text)
            .isInstanceOf(TypeConversionException.class);
    }

    @Test
    void shouldReadBackEveryStepLineItWrites() {
        for (final StepResult.Status status : StepResult.Status.values()) {
            final StepResult r = new StepResult("alloc windows", io.comm4j.Stage.ALLOC, status, 1_234_567,
                "detail with  two spaces");
            final String line = StageLine.format(r);

            assertThat(StageLine.parse(line)).as("parse(format(%s)) = %s", status, line)
                .contains(new StageLine.Parsed("alloc windows", status));
        }
        assertThat(StageLine.parse("[rank 0] ok load")).as("other lines are not step lines").isEmpty();
        assertThat(StageLine.parse("PASS rank 0 in 3.0 ms")).isEmpty();
    }
}
