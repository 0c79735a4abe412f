package io.comm4j.cli;

import picocli.CommandLine.TypeConversionException;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The start-up fast path of a rank that the launcher started: its arguments are exactly the canonical
 * list {@link RankLauncher} writes ({@code --rank=R --nranks=N --rootinfo=P --backend=B --timeout=T
 * [--device=L] [--json] [--verbose] --win-size=W}, each {@code --name=value}, no subcommand), so they
 * are read here directly instead of through picocli, whose model building is about a third of a rank
 * JVM's start-up CPU (docs/cli.md). Values go through the same converters and the same
 * {@link GroupPlan#resolve} as the picocli path.
 *
 * <p>Anything else (another option, another form, a subcommand, a value that does not convert, a
 * plan that is not a rank) is not handled here: {@link #run} returns {@code null} and the command
 * runs through picocli, which then reports the problem as usual. So this path can only ever run a
 * command picocli would run the same way; {@code LaunchedRankTest} holds the two to the same result.
 */
final class LaunchedRank {
    private LaunchedRank() {
    }

    /**
     * The options of {@code args} when they are the canonical rank form, else {@code null}.
     *
     * @return the parsed options and window size, or {@code null}
     */
    static Parsed parse(final String[] args) {
        final GroupOptions g = new GroupOptions();
        Long winSize = null;
        try {
            for (final String arg : args) {
                final int eq = arg.indexOf('=');
                final String name = eq < 0 ? arg : arg.substring(0, eq);
                final String value = eq < 0 ? null : arg.substring(eq + 1);
                if (value == null) {
                    switch (name) {
                        case "--json" -> g.json = true;
                        case "--verbose" -> g.verbose = true;
                        default -> {
                            return null;
                        }
                    }
                    continue;
                }
                switch (name) {
                    case "--rank" -> g.rank = Integer.valueOf(value);
                    case "--nranks" -> g.nranks = Integer.valueOf(value);
                    case "--rootinfo" -> g.rootInfo = Path.of(value);
                    case "--backend" -> g.backend = new BackendNameConverter().convert(value);
                    case "--timeout" -> g.timeout = DurationConverter.parse(value);
                    case "--win-size" -> winSize = ByteSizeConverter.parse(value);
                    case "--device" -> {
                        final List<Integer> ids = new ArrayList<>();
                        for (final String id : value.split(",")) {
                            ids.add(Integer.valueOf(id));
                        }
                        g.devices = ids;
                    }
                    default -> {
                        return null;
                    }
                }
            }
        } catch (final TypeConversionException | IllegalArgumentException e) {
            return null; // picocli reports it
        }
        if (g.rank == null || g.nranks == null || g.rootInfo == null || g.backend == null || g.timeout == null
            || winSize == null) {
            return null;
        }
        return new Parsed(g, winSize);
    }

    /** What {@link #parse} read. */
    record Parsed(GroupOptions group, long winSize) {
    }

    /**
     * Runs the rank when {@code args} are the canonical form and name a valid rank.
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
            plan = GroupPlan.resolve(p.group(), Map.of());
        } catch (final GroupPlan.Invalid e) {
            return null; // picocli reports it, with its usage-error format
        }
        if (!(plan instanceof GroupPlan.Member m)) {
            return null;
        }
        final PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, Charset.defaultCharset()), true);
        return CommSmoke.runRank(p.group(), p.winSize(), m, out);
    }
}
