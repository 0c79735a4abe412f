package io.comm4j.cli;

import picocli.CommandLine.TypeConversionException;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The start-up fast path of the top command: when the arguments are only the smoke's own options,
 * each {@code --name=value} or {@code --name value}, they are read here instead of through picocli,
 * whose model building costs about a fifth of a smoke run's CPU (docs/cli.md). That is what
 * {@code comm-smoke --nranks 2} is, and so what every rank it launches receives (the launcher's
 * command line plus {@code --rank=R}, see {@link LauncherMode}). Values go through the same converters
 * into a {@link CommSmoke} that starts with the same defaults, and the same {@link GroupPlan#resolve};
 * the run is {@link CommSmoke#run}, as from picocli.
 *
 * <p>Anything else is not handled here and {@link #run} returns {@code null}, so the command goes
 * through picocli, which runs it or reports the problem as usual: any other option or form
 * (clustered or abbreviated flags, {@code @files}), a subcommand, {@code --help}/{@code --version},
 * a repeated option, a value that does not convert, a group that does not resolve. This path can
 * therefore only ever run a command picocli would run the same way; {@code FastStartTest} holds the
 * two parsers to the same options.
 */
final class FastStart {
    private static final Set<String> VALUED = Set.of(GroupOptions.RANK, GroupOptions.NRANKS, GroupOptions.ROOTINFO,
        GroupOptions.BACKEND, GroupOptions.TIMEOUT, GroupOptions.DEVICE, CommSmoke.WIN_SIZE);

    private FastStart() {
    }

    /** The command {@code args} make when this path takes them, else {@code null}. */
    static CommSmoke parse(final String[] args) {
        final CommSmoke smoke = new CommSmoke();
        final GroupOptions g = smoke.group;
        final Set<String> seen = new HashSet<>();
        try {
            for (int i = 0; i < args.length; i++) {
                final String arg = args[i];
                final int eq = arg.indexOf('=');
                final String name = eq < 0 ? arg : arg.substring(0, eq);
                if (!seen.add(name.equals("-v") ? GroupOptions.VERBOSE : name)) {
                    return null; // picocli decides what a repeated option means
                }
                if (!VALUED.contains(name)) {
                    if (eq >= 0) {
                        return null;
                    }
                    switch (name) {
                        case GroupOptions.JSON -> g.json = true;
                        case GroupOptions.VERBOSE, "-v" -> g.verbose = true;
                        case CommSmoke.MEASURE_BASELINE -> smoke.measureBaseline = true;
                        default -> {
                            return null;
                        }
                    }
                    continue;
                }
                final String value;
                if (eq >= 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                    value = args[++i];
                } else {
                    return null;
                }
                switch (name) {
                    case GroupOptions.RANK -> g.rank = Integer.valueOf(value);
                    case GroupOptions.NRANKS -> g.nranks = Integer.valueOf(value);
                    case GroupOptions.ROOTINFO -> g.rootInfo = RendezvousConverter.parse(value);
                    case GroupOptions.BACKEND -> g.backend = new BackendNameConverter().convert(value);
                    case GroupOptions.TIMEOUT -> g.timeout = DurationConverter.parse(value);
                    case CommSmoke.WIN_SIZE -> smoke.winSize = ByteSizeConverter.parse(value);
                    default -> g.devices = devices(value);
                }
            }
        } catch (final TypeConversionException | IllegalArgumentException e) {
            return null; // picocli reports it
        }
        return smoke;
    }

    private static List<Integer> devices(final String value) {
        final List<Integer> ids = new ArrayList<>();
        for (final String id : value.split(",", -1)) {
            ids.add(Integer.valueOf(id));
        }
        return ids;
    }

    /**
     * Runs the command when this path takes {@code args}.
     *
     * @return the exit code, or {@code null} when the command must go through picocli
     */
    static Integer run(final String[] args) {
        final CommSmoke smoke = parse(args);
        if (smoke == null) {
            return null;
        }
        final GroupPlan plan;
        try {
            plan = GroupPlan.resolve(smoke.group, System.getenv());
        } catch (final GroupPlan.Invalid e) {
            return null; // picocli reports it, with its usage-error format
        }
        final PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, Charset.defaultCharset()), true);
        final PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, Charset.defaultCharset()), true);
        return smoke.run(plan, new Invocation(out, err, List.of(args)));
    }
}
