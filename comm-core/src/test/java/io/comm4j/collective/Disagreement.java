package io.comm4j.collective;

import io.comm4j.CommException;
import io.comm4j.Communicator;
import io.comm4j.Stage;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranks that call a collective in ways that do not agree must all fail, at the barrier, naming the
 * difference: the run and the checks of those tests, written once.
 */
final class Disagreement {
    private Disagreement() {
    }

    /** What one rank calls. */
    @FunctionalInterface
    interface RankCall {
        void run(Communicator comm) throws Exception;
    }

    /** One rank's call, on its own communicator already. */
    @FunctionalInterface
    interface Call {
        void run() throws Exception;
    }

    /** Runs {@code call} on every rank of {@code group}; by rank, what {@link #failure} gave. */
    static List<String> messages(final ThreadGroup group, final RankCall call) throws InterruptedException {
        return group.run(comm -> failure(() -> call.run(comm))).stream().map(String.class::cast).toList();
    }

    /**
     * The message of the {@link CommException} {@code call} failed with, which must be at
     * {@link Stage#BARRIER} (the stage of a disagreement); null when it returned.
     */
    static String failure(final Call call) throws Exception {
        try {
            call.run();
            return null;
        } catch (final CommException e) {
            assertThat(e.stage()).as("the stage of a disagreement (%s)", e.getMessage()).isEqualTo(Stage.BARRIER);
            return e.getMessage();
        }
    }

    /** Every rank failed (none returned) with a message containing each of {@code naming}. */
    static void assertEveryRankNamed(final List<String> messages, final String what, final String... naming) {
        for (int r = 0; r < messages.size(); r++) {
            assertThat(messages.get(r)).as("rank %d must fail, not return, naming %s", r, what).isNotNull()
                .contains(naming);
        }
    }
}
