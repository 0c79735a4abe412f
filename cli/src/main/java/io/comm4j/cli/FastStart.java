package io.comm4j.cli;

import picocli.CommandLine.TypeConversionException;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The start-up fast path of the top command: when the arguments are only the smoke's own options,
 * each {@code --name=value} or {@code --name value}, they are read here instead of through picocli,
 * whose model building costs about a third of a short-lived JVM's start-up CPU (docs/cli.md). That is
 * what every launched rank receives ({@link RankLauncher} writes canonical {@code --name=value}
 * arguments) and what {@code comm-smoke --nranks 2} is. Values go through the same converters and
 * the same {@link GroupPlan#resolve}; the run itself is the same code as the picocli path's.
 *
 * <p>Anything else is not handled here and {@link #run} returns {@code null}, so the command goes
 * through picocli, which runs it or reports the problem as usual: any other option or form
 * (clustered or abbreviated flags, {@code @files}), a subcommand, {@code --help}/{@code --version},
 * a repeated option, a value that does not convert, a group that does not resolve. This path can
 * therefore only ever run a command picocli would run the same way; {@code FastStartTest} holds the
 * two parsers to the same options.
 */
final class FastStart {
    private static final Set<String> VALUED = Set.of("--rank", "--nranks", "--rootinfo", "--backend", "--timeout",
        "--win-size", "--device");

    private FastStart() {
    }

    /**
     * What {@link #parse} read.
     *
     * @param group           the group options, defaults applied as picocli applies them
     * @param winSize         {@code --win-size}
     * @param measureBaseline {@code --measure-baseline}
     */
    record Parsed(GroupOptions group, long winSize, boolean measureBaseline) {
    }

    /** The options of {@code args} when this path takes them, else {@code null}. */
    static Parsed parse(final String[] args) {
        final GroupOptions g = new GroupOptions();
        Long winSize = null;
        boolean baseline = false;
        final Set<String> seen = new java.util.HashSet<>();
        try {
            for (int i = 0; i < args.length; i++) {
                final String arg = args[i];
                final int eq = arg.indexOf('=');
                final String name = eq < 0 ? arg : arg.substring(0, eq);
                if (!seen.add(name.equals("-v") ? "--verbose" : name)) {
                    return null; // picocli decides what a repeated option means
                }
                if (!VALUED.contains(name)) {
                    if (eq >= 0) {
                        return null;
                    }
                    switch (name) {
                        case "--json" -> g.json = true;
                        case "--verbose", "-v" -> g.verbose = true;
                        case "--measure-baseline" -> baseline = true;
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
                    case "--rank" -> g.rank = Integer.valueOf(value);
                    case "--nranks" -> g.nranks = Integer.valueOf(value);
                    case "--rootinfo" -> g.rootInfo = RendezvousConverter.parse(value);
                    case "--backend" -> g.backend = new BackendNameConverter().convert(value);
                    case "--timeout" -> g.timeout = DurationConverter.parse(value);
                    case "--win-size" -> winSize = ByteSizeConverter.parse(value);
                    default -> g.devices = devices(value);
                }
            }
        } catch (final TypeConversionException | IllegalArgumentException e) {
            return null; // picocli reports it
        }
        // the defaults of the @Option annotations
        if (g.backend == null) {
            g.backend = "sim";
        }
        if (g.timeout == null) {
            g.timeout = DurationConverter.parse(GroupOptions.DEFAULT_TIMEOUT);
        }
        return new Parsed(g, winSize == null ? ByteSizeConverter.parse(CommSmoke.DEFAULT_WIN_SIZE) : winSize, baseline);
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
        final Parsed p = parse(args);
        if (p == null) {
            return null;
        }
        final GroupPlan plan;
        try {
            plan = GroupPlan.resolve(p.group(), System.getenv());
        } catch (final GroupPlan.Invalid e) {
            return null; // picocli reports it, with its usage-error format
        }
        final PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, Charset.defaultCharset()), true);
        final PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, Charset.defaultCharset()), true);
        return switch (plan) {
            case GroupPlan.Member m -> CommSmoke.runRank(p.group(), p.winSize(), m, out);
            case GroupPlan.Launch l -> CommSmoke.launch(p.group(), p.winSize(), p.measureBaseline(), l, out, err);
        };
    }
}
