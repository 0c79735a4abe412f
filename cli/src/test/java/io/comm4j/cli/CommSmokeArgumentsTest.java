package io.comm4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad arguments: exit 2 and one line that names what was wrong, before anything runs. */
class CommSmokeArgumentsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "--rank 2 --nranks 2                 | --rank 2 is out of range for --nranks 2: ranks are 0..1",
        "--rank 0 --nranks 0                 | --nranks 0 is out of range: a group has 1..64 ranks",
        "--rank 0 --nranks 65                | --nranks 65 is out of range: a group has 1..64 ranks",
        "--nranks 65                         | --nranks 65 is out of range",
        "--rank -1 --nranks 2                | --rank -1 is out of range",
        "--rank 0 --nranks 1 --win-size -4096 | '-4096' must be a positive number of bytes",
        "--rank 0 --nranks 1 --win-size 4x   | '4x' is not a byte count",
        "--rank 0 --nranks 1 --backend nccl  | unknown backend 'nccl'; backends: hccl, scripted, sim, sim-faulty",
        "--rank 0 --nranks 1 --timeout soon  | 'soon' is not a duration",
        "--rank 0 --nranks 1 --timeout 0s    | '0s' must be positive",
        "--rank 0                            | --rank 0 needs --nranks N",
        "--rank 0 --nranks 3 --device 1,2    | --device lists 2 ids for 3 ranks",
        "--bogus                             | Unknown option: '--bogus'",
    })
    void shouldExitWithUsageCodeAndOneClearLine(final String args, final String message) {
        final CommandRun run = CommandRun.of(args.strip().split("\\s+"));

        assertThat(run.exitCode()).as("exit code of %s\n%s", args, run.describe()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines().toList()).as("stderr of %s is one line", args).hasSize(1);
        assertThat(run.err()).as("stderr of %s names the problem", args)
            .startsWith("comm-smoke: ").contains(message).contains("(see comm-smoke --help)");
        assertThat(run.out()).as("nothing ran, so nothing on stdout").isEmpty();
    }

    @Test
    void shouldPrintABashCompletionScriptForGenerateCompletion() {
        final CommandRun run = CommandRun.of("generate-completion");

        assertThat(run.exitCode()).as("picocli's generate-completion subcommand\n%s", run.describe()).isZero();
        assertThat(run.out()).as("a completion script for comm-smoke and its subcommands")
            .contains("complete -F _complete_comm-smoke").contains("--nranks").contains("allreduce");
    }

    @Test
    void shouldListEveryOptionWithItsDefaultInHelp() {
        final CommandRun run = CommandRun.of("--help");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        for (final String option : new String[] {"--rank", "--nranks", "--backend", "--rootinfo", "--win-size",
            "--device", "--timeout", "--json", "--verbose", "--measure-baseline", "--help", "--version"}) {
            assertThat(run.out()).as("help lists %s", option).contains(option);
        }
        assertThat(run.out()).as("defaults are shown")
            .contains("Default: sim.").contains("Default: 30s.").contains("Default: 4096.").contains("else 2.");
    }

    @Test
    void shouldShowTheExitCodeOfEveryStageInHelp() {
        final String help = CommandRun.of("--help").out();

        assertThat(help).as("exit-code table heading").contains("Exit codes");
        for (final io.comm4j.Stage s : io.comm4j.Stage.values()) {
            assertThat(help).as("help shows code %d for %s", s.exitCode(), s)
                .containsPattern("(?m)^\\s+" + s.exitCode() + "\\s+" + s.label() + " failed");
        }
        assertThat(help).containsPattern("(?m)^\\s+2\\s+bad arguments");
    }

    @Test
    void shouldPrintAVersion() {
        final CommandRun run = CommandRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).as("version output").startsWith("comm-smoke ").contains("JVM: ");
    }
}
