package io.comm4j.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RankTagTest {

    private static GroupPlan.Member member(final String source) {
        return new GroupPlan.Member(1, 2, new io.comm4j.RendezvousAddress.File(Path.of("/tmp/r")), -1, source);
    }

    @Test
    void shouldTagEveryLineOfARankStartedByAnExternalLauncher() {
        final StringWriter sink = new StringWriter();
        final PrintWriter out = RankTag.forRank(new PrintWriter(sink, true), member("OpenMPI (OMPI_COMM_WORLD_RANK=1, ...)"), false);

        out.println("ok       load");
        out.print("PASS rank 1");
        out.println(" in 3 ms");
        out.flush();

        assertThat(sink.toString()).as("each line starts with the launcher's tag, none is split")
            .isEqualTo("[rank 1] ok       load" + System.lineSeparator() + "[rank 1] PASS rank 1 in 3 ms" + System.lineSeparator());
    }

    @Test
    void shouldLeaveRanksStartedWithFlagsAndJsonUntagged() {
        final PrintWriter out = new PrintWriter(new StringWriter());

        assertThat(RankTag.forRank(out, member("flags"), false)).as("--rank by hand, or the launcher's children (it tags them)").isSameAs(out);
        assertThat(RankTag.forRank(out, member("OpenMPI (...)"), true)).as("--json stays one parseable object per line").isSameAs(out);
    }
}
