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
 * {@code comm-smoke allreduce}: sums float32 and int64 arrays across every rank through the windows
 * ({@link Allreduce}), checks every element bit for bit against the rank-order sum, and times the
 * calls. Same group options, launcher and output as the smoke itself ({@link GroupOptions},
 * {@link LauncherMode}); steps in {@link CollectiveSequence} with {@link SumChecks}.
 */
@Command(name = "allreduce", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
    sortOptions = false, usageHelpAutoWidth = true,
    description = {
        "Sums --size bytes per rank of float32, then of int64, across all ranks with comm4j's Allreduce over "
            + "the windows (host-readable windows: the sim backend), checks every element against the sum in rank "
            + "order (the same bits on every rank), then times --iterations more calls.",
        "Without --rank (and outside mpirun/srun) it launches --nranks rank processes, as comm-smoke does.",
    },
    exitCodeListHeading = "%nExit codes (a rank exits with the code of the step that failed; the launcher with "
        + "the first failing rank's; a wrong sum is 60):%n")
public final class AllreduceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GroupOptions group;

    @Mixin
    CollectiveOptions sizes;

    @Option(names = "--algorithm", paramLabel = "NAME", defaultValue = "auto",
        description = "auto, direct (every rank reduces every chunk) or rsag (reduce-scatter + all-gather). "
            + "Default: ${DEFAULT-VALUE}.")
    String algorithm;

    @Override
    public Integer call() {
        sizes.validate(spec.commandLine(), "allreduce");
        final Allreduce.Options options = Allreduce.Options.DEFAULT.withAlgorithm(parseAlgorithm());
        final GroupPlan plan = GroupPlan.resolve(group, System.getenv(), spec.commandLine());
        try (SumChecks checks = new SumChecks(SumChecks.Kind.ALLREDUCE, sizes.size, sizes.iterations, options)) {
            return CollectiveSequence.run(plan, Invocation.of(spec.commandLine()), group, sizes.winSize, checks,
                "allreduce", "allreduce");
        }
    }

    private Allreduce.Algorithm parseAlgorithm() {
        return switch (algorithm.toLowerCase(Locale.ROOT)) {
            case "auto" -> Allreduce.Algorithm.AUTO;
            case "direct" -> Allreduce.Algorithm.DIRECT;
            case "rsag" -> Allreduce.Algorithm.REDUCE_SCATTER_ALLGATHER;
            default -> throw new ParameterException(spec.commandLine(), "--algorithm '" + algorithm
                + "' is not one of auto, direct, rsag");
        };
    }
}
