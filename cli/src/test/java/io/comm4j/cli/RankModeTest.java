package io.comm4j.cli;

import io.comm4j.Stage;
import io.comm4j.cli.testing.ScriptedBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** One rank, in process, on the scripted test backend: step lines, stage exit codes, JSON. */
class RankModeTest {
    @TempDir
    Path dir;

    @AfterEach
    void clearScript() {
        System.clearProperty(ScriptedBackend.ENV);
    }

    private CommandRun rank(final String... extra) {
        final List<String> args = new ArrayList<>(List.of("--rank", "0", "--nranks", "1",
            "--backend", "scripted", "--rootinfo", dir.resolve("ri").toString(), "--timeout", "2s"));
        args.addAll(List.of(extra));
        return CommandRun.of(args.toArray(String[]::new));
    }

    /**
     * A rank on the scripted backend following {@code script} exits with {@code stage}'s code, its
     * output saying {@code says} ({@code what} says what that shows).
     */
    private void assertScriptedRankFails(final String script, final Stage stage, final String what, final String says) {
        System.setProperty(ScriptedBackend.ENV, script);

        final CommandRun run = rank();

        assertThat(run.exitCode()).as("exit code with script '%s'\n%s", script, run.describe())
            .isEqualTo(stage.exitCode());
        assertThat(run.out()).as(what).contains(says);
    }

    @Test
    void shouldPrintOneLinePerStepWithItsTimeAndPass() {
        final CommandRun run = rank();

        assertThat(run.exitCode()).as(run.describe()).isZero();
        final List<String> steps = run.out().lines().map(StageLine::parse).flatMap(Optional::stream)
            .map(StageLine.Parsed::step).toList();
        assertThat(steps).as("every step of the sequence, in order\n%s", run.out())
            .containsExactlyElementsOf(SmokeSequence.STEPS.stream().map(Step::name).toList());
        assertThat(run.out()).as("timed steps show milliseconds").containsPattern("(?m)^ok +init +\\d+\\.\\d{3} ms");
        assertThat(run.out()).as("canary says why it is skipped")
            .containsPattern("(?m)^skipped +canary .*no host view of the windows");
        assertThat(run.out()).as("final line").containsPattern("(?m)^PASS rank 0 in ");
    }

    @Test
    void shouldLetCloseRunToItsOwnDeadlineAfterAFailure() {
        // close after a failed barrier takes 1.5 s, within the 2 s timeout: the rank must wait for it
        System.setProperty(ScriptedBackend.ENV, "fail:barrier@0;slow:destroy@0");

        final CommandRun run = rank();

        assertThat(run.exitCode()).as("the barrier's failure is what the rank reports\n%s", run.describe())
            .isEqualTo(Stage.BARRIER.exitCode());
        assertThat(dir.resolve("ri.slow-destroy")).as("close after the failure was cut short before it finished")
            .exists();
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"INIT", "ALLOC", "WINDOW_BASE", "WINDOW_SIZE", "BARRIER", "DESTROY"})
    void shouldExitWithTheFailingStagesCode(final Stage stage) {
        final String step = SmokeSequence.STEPS.stream().filter(e -> e.stage() == stage).findFirst()
            .orElseThrow().name();
        System.setProperty(ScriptedBackend.ENV, "fail:" + step.replace(' ', '_') + "@0");

        final CommandRun run = rank();

        assertThat(run.exitCode()).as("exit code for a failure at %s\n%s", step, run.describe())
            .isEqualTo(stage.exitCode());
        assertThat(run.out()).as("the failed step's line quotes the backend's message")
            .containsPattern("(?m)^FAILED +" + step + " .*scripted failure at " + step);
        assertThat(run.out()).as("final line names the step and code")
            .contains("FAIL rank 0 at " + step + " (exit " + stage.exitCode() + ")");
    }

    @Test
    void shouldReportContextFieldsWhenTheContextBreaksAnInvariant() {
        assertScriptedRankFails("badctx:*@0", Stage.CTX_FIELDS, "the violation is quoted",
            "rankId is 7, expected rank 0");
    }

    @Test
    void shouldExitTenWithTheReasonWhenTheBackendIsUnavailable() {
        assertScriptedRankFails("unavailable", Stage.LOAD, "the backend's reason",
            "backend unavailable: scripted as unavailable");
    }

    @Test
    void shouldExitTenWhenADocumentedBackendIsNotInThisBuild() {
        final CommandRun run = CommandRun.of("--rank", "0", "--nranks", "1", "--backend", "hccl",
            "--rootinfo", dir.resolve("ri").toString());

        // hccl is a documented name: it parses, and fails at load when absent or unavailable (no CANN here)
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(Stage.LOAD.exitCode());
        assertThat(run.out()).containsPattern("(?m)^FAILED +load .*hccl");
    }

    @Test
    void shouldPrintOneJsonObjectWithJson() {
        System.setProperty(ScriptedBackend.ENV, "fail:barrier@0");

        final CommandRun run = rank("--json");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(60);
        assertThat(run.out().lines().toList()).as("one line: one object").hasSize(1);
        assertThat(JsonOutput.singleObject(run.out())).as("parses as exactly one JSON object").isPresent();
        assertThat(run.out()).contains("\"status\":\"fail\"", "\"exitCode\":60", "\"failedStep\":\"barrier\"",
            "\"step\":\"load\"", "\"stageCode\":60");
        assertThat(JsonOutput.lastStep(run.out())).contains("barrier");
    }
}
