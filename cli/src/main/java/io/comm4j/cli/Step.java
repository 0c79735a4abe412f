package io.comm4j.cli;

import io.comm4j.Stage;

import java.util.List;

/**
 * One step of a command's rank sequence as it is known before it runs: the name its lines and JSON
 * carry, and the stage a failure there is reported at (whose exit code the rank returns). A command's
 * steps in order are what the launcher and a rank's watchers use to name the step a rank was in.
 *
 * @param name  the step's name as printed, e.g. {@code "alloc windows"}, {@code "canary"}
 * @param stage the stage a failure here is reported at
 */
public record Step(String name, Stage stage) {

    /** The step named by {@code stage}'s {@link Stage#label() label}. */
    public static Step of(final Stage stage) {
        return new Step(stage.label(), stage);
    }

    /**
     * The name of the step that follows the one named {@code done} in {@code plan}: the step in progress
     * once {@code done} has ended well; {@code done} itself when it is the last or not in the plan.
     */
    static String after(final List<Step> plan, final String done) {
        for (int i = 0; i < plan.size() - 1; i++) {
            if (plan.get(i).name().equals(done)) {
                return plan.get(i + 1).name();
            }
        }
        return done;
    }
}
