package io.comm4j.internal;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttachmentsTest {
    @Test
    void shouldMakeAnAttachmentOnceAndReturnTheSameObjectAfterwards() {
        final Attachments attachments = new Attachments();
        final AtomicInteger made = new AtomicInteger();
        final StringBuilder first = attachments.get(StringBuilder.class, () -> {
            made.incrementAndGet();
            return new StringBuilder("a");
        });
        final StringBuilder again = attachments.get(StringBuilder.class, StringBuilder::new);
        assertThat(again).as("the second lookup returns the first object").isSameAs(first);
        assertThat(made.get()).as("the factory runs once").isEqualTo(1);
    }

    @Test
    void shouldKeepOneAttachmentPerType() {
        final Attachments attachments = new Attachments();
        final StringBuilder sb = attachments.get(StringBuilder.class, StringBuilder::new);
        final AtomicInteger counter = attachments.get(AtomicInteger.class, AtomicInteger::new);
        assertThat(attachments.get(StringBuilder.class, StringBuilder::new)).as("by type").isSameAs(sb);
        assertThat(attachments.get(AtomicInteger.class, AtomicInteger::new)).as("by type").isSameAs(counter);
    }

    @Test
    void shouldRefuseLookupsOnceCleared() {
        final Attachments attachments = new Attachments();
        attachments.get(StringBuilder.class, StringBuilder::new);
        attachments.clear();
        assertThatThrownBy(() -> attachments.get(StringBuilder.class, StringBuilder::new))
            .as("a closed communicator's state is gone, not silently remade")
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
}
