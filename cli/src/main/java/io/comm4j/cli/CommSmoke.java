package io.comm4j.cli;

import io.comm4j.CommException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code comm-smoke}: the contract's smoke sequence for one rank ({@code --rank}, or a rank given by
 * mpirun/srun/PMI), or, without a rank, a launcher that runs every rank as a child process and
 * reports them as one.
 *
 * <p>Group subcommands (e.g. {@code allreduce}) are added to {@code subcommands} below; they take
 * {@link GroupOptions} as a mixin, resolve it with {@link GroupPlan#resolve} and launch with
 * {@link LauncherMode}, exactly as this command does.
 *
 * <p>The options are read by picocli, or, for the common command lines, by {@link FastStart}; either way
 * into an instance of this class, whose {@link #run} is then the one way the command runs.
 */
@Command(name = "comm-smoke", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
    sortOptions = false, usageHelpAutoWidth = true,
    subcommands = {AllreduceCommand.class, CollectiveCommand.class, AutoComplete.GenerateCompletion.class},
    description = {
        "Runs the comm4j smoke sequence: load -> init -> alloc windows -> window base -> window size -> "
            + "context copy -> context fields -> barrier -> canary -> destroy, one line per step with its time.",
        "Without --rank (and outside mpirun/srun) it launches --nranks rank processes of itself, prefixes their "
            + "output with [rank i], stops the rest when one fails, and prints a summary table and a RESULT line.",
    },
    exitCodeListHeading = "%nExit codes (a rank exits with the code of the step that failed; the launcher with "
        + "the first failing rank's):%n")
public final class CommSmoke implements Callable<Integer> {

    /** The arguments {@code main} received; the launcher repeats this JVM's command line from them. */
    private static volatile String[] mainArgs;

    static final String WIN_SIZE = "--win-size";
    static final String MEASURE_BASELINE = "--measure-baseline";

    @Spec
    CommandSpec spec;

    @Mixin
    GroupOptions group = new GroupOptions();

    // the default is the contract's alloc(4096)
    @Option(names = WIN_SIZE, paramLabel = "BYTES", converter = ByteSizeConverter.class,
        description = "The window size asked per rank (a hint: the backend may round up), e.g. 4096, 64k, 1m. "
            + "Default: ${DEFAULT-VALUE}.")
    long winSize = 4096;

    @Option(names = MEASURE_BASELINE,
        description = "Launcher: after the run, also time a trivial Java program on this machine and add "
            + "java_hello_ms to the RESULT line. Default: false.")
    boolean measureBaseline;

    /** Runs the command and exits with its code. */
    public static void main(final String[] args) {
        mainArgs = args.clone();
        final Integer fast = FastStart.run(args);
        System.exit(fast != null ? fast : commandLine().execute(args));
    }

    /** The configured command line: help with the exit-code table, one-line usage errors, stage codes. */
    public static CommandLine commandLine() {
        final CommandLine cl = new CommandLine(new CommSmoke());
        configure(cl);
        return cl;
    }

    /** Applies the shared configuration to a command and its subcommands. */
    static void configure(final CommandLine cl) {
        cl.setParameterExceptionHandler(CommSmoke::usageError);
        cl.setExitCodeExceptionMapper(t -> t instanceof CommException ce ? ce.stage().exitCode() : ExitCodes.SOFTWARE);
        cl.getCommandSpec().usageMessage().exitCodeList(ExitCodes.forHelp());
        for (final CommandLine sub : cl.getSubcommands().values()) {
            configure(sub);
        }
    }

    /** One line: what was wrong, and where help is. */
    private static int usageError(final CommandLine.ParameterException e, final String[] args) {
        final CommandLine cl = e.getCommandLine();
        cl.getErr().println(cl.getCommandName() + ": " + e.getMessage() + " (see " + cl.getCommandName() + " --help)");
        cl.getErr().flush();
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Override
    public Integer call() {
        return run(GroupPlan.resolve(group, System.getenv(), spec.commandLine()), Invocation.of(spec.commandLine()));
    }

    /** Runs the smoke as {@code plan} says: every rank as a child process, or one rank here. */
    int run(final GroupPlan plan, final Invocation invocation) {
        return switch (plan) {
            case GroupPlan.Launch l -> LauncherMode.run(invocation, group, l, SmokeSequence.STEPS, "smoke",
                measureBaseline);
            case GroupPlan.Member m -> RankMode.run(group, m, "smoke", SmokeSequence.STEPS, invocation.out(),
                (config, listener) -> new SmokeSequence(group.backend(), config, winSize, listener).run());
        };
    }

    /** How to start another JVM of this command (for the launcher of this command and of subcommands). */
    static JvmCommand thisJvm() {
        return JvmCommand.ofThisJvm(mainArgs, CommSmoke.class);
    }
}
