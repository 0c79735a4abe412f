package io.comm4j.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up fast path reads exactly what picocli reads, and leaves everything else to picocli. */
class FastStartTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "--nranks 2",
        "--nranks=4 --json",
        "--nranks 2 --measure-baseline -v --timeout 5s --win-size 64k",
        "--rank=0 --nranks=2 --rootinfo=/tmp/a/rootinfo --backend=sim --timeout=30s --win-size=4096",
        "--rank=3 --nranks=4 --rootinfo=/tmp/b --backend=hccl --timeout=1500ms --device=4,5,6,7 --json --verbose --win-size=65536",
        "--rank 1 --nranks 2 --rootinfo /x --backend scripted --timeout 2s --device 3 --win-size 1m",
        "--rank=1 --nranks=2 --rootinfo=tcp://127.0.0.1:29500",
        "--nranks 4 --rootinfo tcp://[::1]:29500",
    })
    void shouldReadWhatItTakesExactlyAsPicocliDoes(final String line) {
        final String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        final CommSmoke fast = FastStart.parse(args);
        final CommSmoke viaPicocli = new CommSmoke();
        new CommandLine(viaPicocli).parseArgs(args);

        assertThat(fast).as("the fast path takes '%s'", line).isNotNull();
        assertThat(fast.group).as("same options as picocli for '%s'", line)
            .usingRecursiveComparison().isEqualTo(viaPicocli.group);
        assertThat(fast.winSize).as("--win-size").isEqualTo(viaPicocli.winSize);
        assertThat(fast.measureBaseline).as("--measure-baseline").isEqualTo(viaPicocli.measureBaseline);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--help",
        "-h",
        "--version",
        "-vV",
        "--nranks",
        "--nranks 2 --nranks 3",
        "--rank -1 --nranks 2",
        "--rank=x --nranks=2",
        "--backend=nccl",
        "--timeout=soon",
        "--win-size=-1",
        "--json=true",
        "--nrank 2",
        "@args.txt",
        "allreduce --nranks 2",
        "--rank=0 --nranks=2 --device=1,,2",
        "--rank=0 --nranks=2 --rootinfo=tcp://127.0.0.1:0",
        "--rank=0 --nranks=2 --rootinfo=tcp://::1:29500",
    })
    void shouldLeaveEveryOtherFormToPicocli(final String line) {
        assertThat(FastStart.parse(line.split(" "))).as("not taken: '%s'", line).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--rank=2 --nranks=2 --rootinfo=/tmp/a --backend=sim --timeout=30s --win-size=4096",
        "--nranks=65",
        "--rank 0",
    })
    void shouldLeaveAGroupThatDoesNotResolveToPicocliSoItReportsAUsageError(final String line) {
        assertThat(FastStart.run(line.split(" "))).as("not run here: '%s'", line).isNull();
    }
}
