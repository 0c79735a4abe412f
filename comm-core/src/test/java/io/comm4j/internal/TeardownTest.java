package io.comm4j.internal;

import io.comm4j.CommException;
import io.comm4j.CommTimeoutException;
import io.comm4j.Stage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

class TeardownTest {

    @Test
    void shouldRunEveryStepAfterAFailure() {
        final Teardown teardown = new Teardown("test");
        final List<String> ran = new ArrayList<>();
        teardown.run("first", () -> {
            ran.add("first");
            throw new IllegalStateException("boom");
        });
        teardown.run("second", () -> ran.add("second"));
        assertThat(ran).as("steps that ran").containsExactly("first", "second");
        assertThatThrownBy(teardown::throwIfFailed).isInstanceOf(CommException.class);
    }

    @Test
    void shouldThrowTheFirstFailureAtDestroyWithTheRestSuppressed() {
        final Teardown teardown = new Teardown("test");
        teardown.run("munmap", () -> {
            throw new IllegalStateException("first cause");
        });
        teardown.run("close", () -> {
            throw new CommException(Stage.DESTROY, "test", "second cause");
        });
        assertThatThrownBy(teardown::throwIfFailed)
            .isInstanceOfSatisfying(CommException.class, e -> {
                assertThat(e.stage()).as("stage of a teardown failure").isEqualTo(Stage.DESTROY);
                assertThat(e.getSuppressed()).as("later failures").hasSize(1);
                assertThat(e.getSuppressed()[0]).hasMessageContaining("second cause");
            })
            .hasMessageContaining("munmap failed: java.lang.IllegalStateException: first cause");
    }

    @Test
    void shouldReportAFailureOfAnotherStageAtDestroy() {
        final Teardown teardown = new Teardown("test");
        final CommTimeoutException barrier = new CommTimeoutException(Stage.BARRIER, "test", "rank 1",
            Duration.ofSeconds(1), Duration.ofSeconds(1));
        teardown.record("the destroy barrier", barrier);
        assertThatThrownBy(teardown::throwIfFailed)
            .isInstanceOfSatisfying(CommException.class, e ->
                assertThat(e.stage()).as("stage reported by close()").isEqualTo(Stage.DESTROY))
            .hasCause(barrier);
    }

    @Test
    void shouldNotThrowWhenEveryStepSucceeded() {
        final Teardown teardown = new Teardown("test");
        teardown.run("step", () -> { });
        assertThatNoException().isThrownBy(teardown::throwIfFailed);
    }
}
