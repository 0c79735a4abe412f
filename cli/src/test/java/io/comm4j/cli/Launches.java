package io.comm4j.cli;

import io.comm4j.testing.ChildJvm;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks of a {@code comm-smoke} launch with real rank processes, written once: it passed, every
 * rank printed its step line, the launcher printed its RESULT line.
 */
final class Launches {
    private Launches() {
    }

    /** Runs {@code launch} within {@code limit}; asserts it exited 0; returns what it printed. */
    static ChildJvm.Result passing(final ChildJvm launch, final Duration limit) {
        final ChildJvm.Result r = launch.run(limit);
        assertThat(r.exitCode()).as(r.describe()).isZero();
        return r;
    }

    /** Every rank of {@code nranks} printed, after its {@code [rank i]} tag, a line matching each of {@code lines}. */
    static void assertEveryRankPrinted(final ChildJvm.Result r, final int nranks, final String... lines) {
        for (int i = 0; i < nranks; i++) {
            for (final String line : lines) {
                assertThat(r.stdout()).as("rank %d's lines\n%s", i, r.describe())
                    .containsPattern("(?m)^\\[rank " + i + "\\] " + line);
            }
        }
    }

    /** The launcher's last word: {@code RESULT name ranks=N wall_ms=... exit=0}. */
    static void assertPassedResultLine(final ChildJvm.Result r, final String name, final int nranks) {
        assertThat(r.stdout()).as("RESULT line\n%s", r.describe())
            .containsPattern("(?m)^RESULT " + name + " ranks=" + nranks + " wall_ms=[\\d.]+ exit=0$");
    }
}
