package io.comm4j.cli;

import io.comm4j.collective.Allreduce;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code comm-smoke collective --op OP}: runs one of comm4j's collectives across every rank through
 * the windows, checks every element of the result against what MPI's counterpart would give, and
 * times more calls. Same group options, launcher and output as the smoke ({@link GroupOptions},
 * {@link LauncherMode}); steps in {@link CollectiveSequence}, passes in {@link CollectiveChecks}.
 */
@Command(name = "collective", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
    sortOptions = false, usageHelpAutoWidth = true,
    description = {
        "Runs --op across all ranks with comm4j's collectives over the windows (host-readable windows: the sim "
            + "backend), checks every element of the result (sums bit for bit against the rank-order sum), then "
            + "times --iterations more calls.",
        "--size is the count MPI's counterpart takes, in bytes: broadcast's buffer (MPI_Bcast), each rank's input "
            + "(MPI_Allgather, MPI_Allreduce), each rank's result block (MPI_Reduce_scatter_block: the input is "
            + "nranks blocks) and each block (MPI_Alltoall: input and output are nranks blocks).",
        "Without --rank (and outside mpirun/srun) it launches --nranks rank processes, as comm-smoke does.",
    },
    exitCodeListHeading = "%nExit codes (a rank exits with the code of the step that failed; the launcher with "
        + "the first failing rank's; a wrong result is 60):%n")
public final class CollectiveCommand implements Callable<Integer> {

    /** The collectives, by their --op names. */
    enum Op {
        ALLREDUCE("allreduce"), BROADCAST("broadcast"), ALLGATHER("allgather"), REDUCE_SCATTER("reduce-scatter"),
        ALL_TO_ALL("all-to-all");

        final String option;

        Op(final String option) {
            this.option = option;
        }

        static Op parse(final String s) {
            for (final Op op : values()) {
                if (op.option.equals(s.toLowerCase(Locale.ROOT))) {
                    return op;
                }
            }
            return null;
        }
    }

    @Spec
    CommandSpec spec;

    @Mixin
    GroupOptions group;

    @Option(names = "--op", paramLabel = "OP", required = true,
        description = "allreduce, broadcast, allgather, reduce-scatter or all-to-all.")
    String op;

    @Mixin
    CollectiveOptions sizes;

    @Option(names = "--root", paramLabel = "RANK", defaultValue = "0",
        description = "broadcast's root rank. Default: ${DEFAULT-VALUE}.")
    int root;

    @Override
    public Integer call() {
        final Op parsed = Op.parse(op);
        if (parsed == null) {
            throw new ParameterException(spec.commandLine(), "--op '" + op + "' is not one of allreduce, broadcast, "
                + "allgather, reduce-scatter, all-to-all");
        }
        final boolean sums = parsed == Op.ALLREDUCE || parsed == Op.REDUCE_SCATTER;
        sizes.validate(spec.commandLine(), sums ? parsed.option : null);
        if (root < 0) {
            throw new ParameterException(spec.commandLine(), "--root " + root + " must be 0 or more");
        }
        final GroupPlan plan = GroupPlan.resolve(group, System.getenv(), spec.commandLine());
        final int nranks = switch (plan) {
            case GroupPlan.Launch l -> l.nranks();
            case GroupPlan.Member m -> m.nranks();
        };
        if (root >= nranks) {
            throw new ParameterException(spec.commandLine(), "--root " + root + " is not a rank of the " + nranks
                + "-rank group");
        }
        try (CollectiveChecks checks = checks(parsed)) {
            return CollectiveSequence.run(plan, Invocation.of(spec.commandLine()), group, sizes.winSize, checks,
                "collective " + parsed.option, parsed.option.replace('-', '_'));
        }
    }

    private CollectiveChecks checks(final Op parsed) {
        final long chunk = Allreduce.Options.DEFAULT_MAX_CHUNK_BYTES;
        return switch (parsed) {
            case ALLREDUCE -> new SumChecks(SumChecks.Kind.ALLREDUCE, sizes.size, sizes.iterations, Allreduce.Options.DEFAULT);
            case REDUCE_SCATTER -> new SumChecks(SumChecks.Kind.REDUCE_SCATTER, sizes.size, sizes.iterations,
                Allreduce.Options.DEFAULT);
            case BROADCAST -> new MovingChecks(MovingChecks.Kind.BROADCAST, sizes.size, sizes.iterations, root, chunk);
            case ALLGATHER -> new MovingChecks(MovingChecks.Kind.ALLGATHER, sizes.size, sizes.iterations, root, chunk);
            case ALL_TO_ALL -> new MovingChecks(MovingChecks.Kind.ALL_TO_ALL, sizes.size, sizes.iterations, root, chunk);
        };
    }
}
