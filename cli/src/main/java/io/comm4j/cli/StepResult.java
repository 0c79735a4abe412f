package io.comm4j.cli;

import io.comm4j.Stage;

/**
 * The outcome of one step of a rank's sequence: which step, the contract stage it belongs to (whose
 * exit code a failure returns), how it ended, how long it took, and one line of detail (the value
 * read, why it was skipped, or the failure's message).
 *
 * @param step   the step's name as printed, e.g. {@code "alloc windows"}, {@code "canary"}
 * @param stage  the stage a failure here is reported at
 * @param status how it ended
 * @param nanos  its duration; 0 when skipped
 * @param detail one line, never null
 */
public record StepResult(String step, Stage stage, Status status, long nanos, String detail) {

    /** How a step ended. */
    public enum Status {
        /** It ran and its checks held. */
        OK("ok"),
        /** It does not apply to this backend; the detail says why. */
        SKIPPED("skipped"),
        /** It failed; the rank stops here and exits with the stage's code. */
        FAILED("FAILED");

        private final String word;

        Status(final String word) {
            this.word = word;
        }

        /** The word printed in text output. */
        public String word() {
            return word;
        }
    }

    /** Duration in milliseconds. */
    public double millis() {
        return nanos / 1e6;
    }
}
