package io.comm4j.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** The launched-rank fast path reads exactly what picocli reads, and leaves everything else to it. */
class LaunchedRankTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "--rank=0 --nranks=2 --rootinfo=/tmp/a/rootinfo --backend=sim --timeout=30s --win-size=4096",
        "--rank=3 --nranks=4 --rootinfo=/tmp/b --backend=hccl --timeout=1500ms --device=4,5,6,7 --json --verbose --win-size=65536",
        "--rank=1 --nranks=2 --rootinfo=/x --backend=scripted --timeout=2s --device=3 --win-size=1m",
    })
    void shouldReadTheCanonicalFormExactlyAsPicocliDoes(final String line) {
        final String[] args = line.split(" ");
        final LaunchedRank.Parsed fast = LaunchedRank.parse(args);
        final CommSmoke viaPicocli = new CommSmoke();
        new CommandLine(viaPicocli).parseArgs(args);

        assertThat(fast).as("the fast path takes %s", line).isNotNull();
        assertThat(fast.group()).as("same options as picocli for %s", line)
            .usingRecursiveComparison().isEqualTo(viaPicocli.group);
        assertThat(fast.winSize()).isEqualTo(viaPicocli.winSize);
        assertThat(fast.group().forwardedArgs()).isEqualTo(viaPicocli.group.forwardedArgs());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--nranks 2",
        "--rank 0 --nranks 1 --rootinfo /tmp/x --backend sim --timeout 30s --win-size 4096",
        "--rank=0 --nranks=2 --rootinfo=/tmp/a --backend=sim --timeout=30s",
        "--rank=0 --nranks=2 --rootinfo=/tmp/a --backend=sim --timeout=30s --win-size=4096 --measure-baseline",
        "--rank=0 --nranks=2 --rootinfo=/tmp/a --backend=nccl --timeout=30s --win-size=4096",
        "--rank=0 --nranks=2 --rootinfo=/tmp/a --backend=sim --timeout=soon --win-size=4096",
        "--rank=0 --nranks=2 --rootinfo=/tmp/a --backend=sim --timeout=30s --win-size=-1",
        "--rank=x --nranks=2 --rootinfo=/tmp/a --backend=sim --timeout=30s --win-size=4096",
        "-v --rank=0 --nranks=2 --rootinfo=/tmp/a --backend=sim --timeout=30s --win-size=4096",
        "--help",
    })
    void shouldLeaveEveryOtherFormToPicocli(final String line) {
        assertThat(LaunchedRank.parse(line.split(" "))).as("not the canonical form: %s", line).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--rank=2 --nranks=2 --rootinfo=/tmp/a --backend=sim --timeout=30s --win-size=4096",
        "--rank=0 --nranks=65 --rootinfo=/tmp/a --backend=sim --timeout=30s --win-size=4096",
    })
    void shouldLeaveAnInvalidGroupToPicocliSoItReportsAUsageError(final String line) {
        assertThat(LaunchedRank.run(line.split(" "))).as("not run here: %s", line).isNull();
    }
}
