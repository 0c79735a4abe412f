package io.comm4j.hccl;

import io.comm4j.CommBackend;
import io.comm4j.CommException;
import io.comm4j.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ServiceLoader discovery ({@code CommBackend.all/named}), on a class path that holds the hccl backend. */
class CommBackendDiscoveryTest {

    @Test
    void shouldFindTheBackendsOnceAndHandOutTheSameInstances() {
        assertThat(CommBackend.all()).as("backends on comm-hccl's class path").isNotEmpty();
        assertThat(CommBackend.all()).as("a second lookup reuses the first discovery").isSameAs(CommBackend.all());
        final CommBackend first = CommBackend.all().getFirst();
        assertThat(CommBackend.named(first.name())).as("named() returns the discovered instance").isSameAs(first);
    }

    @Test
    void shouldNameTheAvailableBackendsWhenAskedForAnUnknownOne() {
        assertThatThrownBy(() -> CommBackend.named("no-such-backend"))
            .isInstanceOf(CommException.class)
            .hasMessageContaining("no backend named 'no-such-backend'")
            .hasMessageContaining(CommBackend.all().getFirst().name())
            .satisfies(e -> assertThat(((CommException) e).stage()).as("reported at LOAD").isEqualTo(Stage.LOAD));
    }

    @Test
    void shouldRefuseChangesToTheSharedList() {
        assertThatThrownBy(() -> CommBackend.all().clear()).as("callers cannot alter what others see")
            .isInstanceOf(UnsupportedOperationException.class);
    }
}
