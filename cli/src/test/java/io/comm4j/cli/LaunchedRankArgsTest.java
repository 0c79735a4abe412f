package io.comm4j.cli;

import io.comm4j.RendezvousAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A rank the launcher starts gets the launcher's command line plus what makes it one member of that group. */
class LaunchedRankArgsTest {

    private static final RendezvousAddress PRIVATE = new RendezvousAddress.File(Path.of("/tmp/private/rootinfo"));

    /** Parses as picocli does, which rejects an option given twice. */
    private static CommSmoke parse(final List<String> args) {
        final CommSmoke cmd = new CommSmoke();
        new CommandLine(cmd).parseArgs(args.toArray(String[]::new));
        return cmd;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--nranks 3", "--rootinfo /tmp/shared/rootinfo --nranks 3", "--timeout 5s --json -v"})
    void shouldMakeEveryLaunchedRankAMemberOfTheLaunchersGroup(final String line) {
        final List<String> given = line.isEmpty() ? List.of() : List.of(line.split(" "));
        final CommSmoke launcher = parse(given);
        final GroupPlan.Launch plan = (GroupPlan.Launch) GroupPlan.resolve(launcher.group, Map.of());
        final RendezvousAddress where = plan.rootInfo().orElse(PRIVATE);

        for (int r = 0; r < plan.nranks(); r++) {
            final List<String> args = new ArrayList<>(given);
            args.addAll(launcher.group.launchedRankArgs(r, plan.nranks(), where));
            final CommSmoke rank = parse(args);

            assertThat(GroupPlan.resolve(rank.group, Map.of())).as("rank %d of a launcher given '%s': %s", r, line, args)
                .isEqualTo(new GroupPlan.Member(r, plan.nranks(), where, -1, "flags"));
            assertThat(rank.group).as("the launcher's other options reach rank %d: %s", r, args)
                .usingRecursiveComparison().ignoringFields("rank", "nranks", "rootInfo").isEqualTo(launcher.group);
        }
    }
}
