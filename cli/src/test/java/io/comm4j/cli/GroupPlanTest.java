package io.comm4j.cli;

import io.comm4j.RendezvousAddress;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;


import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rank mode or launcher mode, from flags and the launcher environment. */
class GroupPlanTest {

    private static GroupPlan plan(final Map<String, String> env, final String... args) {
        final CommSmoke cmd = new CommSmoke();
        final CommandLine cl = new CommandLine(cmd);
        cl.parseArgs(args);
        return GroupPlan.resolve(cmd.group, env);
    }

    /** The file name of a member's rendezvous path (fails the test when it is not a path). */
    private static Path fileName(final GroupPlan.Member m) {
        assertThat(m.rootInfo()).as("a file rendezvous").isInstanceOf(RendezvousAddress.File.class);
        return ((RendezvousAddress.File) m.rootInfo()).path().getFileName();
    }

    @Test
    void shouldLaunchWhenNoRankIsGivenAnywhere() {
        assertThat(plan(Map.of(), "--nranks", "4")).as("no --rank, no launcher environment")
            .isEqualTo(new GroupPlan.Launch(4, Optional.empty()));
        assertThat(plan(Map.of())).as("the default size").isEqualTo(new GroupPlan.Launch(2, Optional.empty()));
    }

    @Test
    void shouldTakeRankAndSizeFromOpenMpiAndAJobDerivedRootInfo() {
        final GroupPlan p = plan(Map.of("OMPI_COMM_WORLD_RANK", "1", "OMPI_COMM_WORLD_SIZE", "2",
            "OMPI_MCA_ess_base_jobid", "1976958977"));

        assertThat(p).as("OpenMPI rank/size").isInstanceOfSatisfying(GroupPlan.Member.class, m -> {
            assertThat(m.rank()).isEqualTo(1);
            assertThat(m.nranks()).isEqualTo(2);
            assertThat(fileName(m).toString()).as("derived from the job id")
                .endsWith("-1976958977.rootinfo");
            assertThat(m.source()).startsWith("OpenMPI");
        });
    }

    @Test
    void shouldTakeRankAndSizeFromSlurmWithJobAndStep() {
        final GroupPlan.Member m = (GroupPlan.Member) plan(Map.of("SLURM_PROCID", "3", "SLURM_NTASKS", "4",
            "SLURM_JOB_ID", "777", "SLURM_STEP_ID", "2"));

        assertThat(m.rank()).isEqualTo(3);
        assertThat(m.nranks()).isEqualTo(4);
        assertThat(fileName(m).toString()).as("job and step").endsWith("-777.2.rootinfo");
    }

    @Test
    void shouldTakeTheJobFromSlurmJobIdAloneWhenThereIsNoStep() {
        // sbatch scripts and salloc shells run outside any step: SLURM_STEP_ID is unset there
        final GroupPlan.Member m = (GroupPlan.Member) plan(Map.of("SLURM_PROCID", "0", "SLURM_NTASKS", "2",
            "SLURM_JOB_ID", "777"));

        assertThat(fileName(m).toString()).as("job id alone").endsWith("-777.rootinfo");
    }

    @Test
    void shouldNameTheMissingJobVariablesOfTheDetectedLauncher() {
        assertThatThrownBy(() -> plan(Map.of("SLURM_PROCID", "0", "SLURM_NTASKS", "2")))
            .isInstanceOf(GroupPlan.Invalid.class)
            .as("the message names what is actually unset")
            .hasMessageContaining("SLURM_JOB_ID is not set");
    }

    @Test
    void shouldTakeRankAndSizeFromPmiAndFromRankWorldSize() {
        final GroupPlan.Member pmi = (GroupPlan.Member) plan(Map.of("PMI_RANK", "0", "PMI_SIZE", "3",
            "PMI_JOBID", "j9"));
        final GroupPlan.Member torch = (GroupPlan.Member) plan(Map.of("RANK", "5", "WORLD_SIZE", "8",
            "MASTER_ADDR", "10.0.0.1", "MASTER_PORT", "29500"));

        assertThat(pmi.nranks()).as("PMI size").isEqualTo(3);
        assertThat(fileName(pmi).toString()).endsWith("-j9.rootinfo");
        assertThat(torch.rank()).as("RANK").isEqualTo(5);
        assertThat(torch.rootInfo()).as("MASTER_ADDR/MASTER_PORT mean rank 0's TCP server")
            .isEqualTo(new RendezvousAddress.Tcp("10.0.0.1", 29500));
    }

    @Test
    void shouldDefaultToTcpFromMasterAddrAndPortInBothModesUnlessRootInfoIsGiven() {
        final Map<String, String> env = Map.of("MASTER_ADDR", "node-0", "MASTER_PORT", "29555");
        assertThat(plan(env, "--nranks", "4")).as("launcher mode passes the address to its ranks")
            .isEqualTo(new GroupPlan.Launch(4, Optional.of(new RendezvousAddress.Tcp("node-0", 29555))));
        assertThat(((GroupPlan.Member) plan(env, "--rank", "1", "--nranks", "2")).rootInfo()).as("rank mode")
            .isEqualTo(new RendezvousAddress.Tcp("node-0", 29555));
        assertThat(((GroupPlan.Member) plan(env, "--rank", "1", "--nranks", "2", "--rootinfo", "/tmp/r")).rootInfo())
            .as("a given path wins").isEqualTo(new RendezvousAddress.File(Path.of("/tmp/r")));
    }

    @Test
    void shouldReadATcpRootInfoWithAnIpv6Literal() {
        assertThat(((GroupPlan.Member) plan(Map.of(), "--rank", "0", "--nranks", "2", "--rootinfo",
            "tcp://[::1]:29500")).rootInfo()).isEqualTo(new RendezvousAddress.Tcp("::1", 29500));
    }

    @Test
    void shouldRefuseAMasterPortThatIsNoPort() {
        assertThatThrownBy(() -> plan(Map.of("MASTER_ADDR", "h", "MASTER_PORT", "x"), "--rank", "0", "--nranks", "2"))
            .isInstanceOf(GroupPlan.Invalid.class).hasMessageContaining("MASTER_PORT=x");
    }

    @Test
    void shouldPreferOpenMpiOverTheGenericVariables() {
        final GroupPlan.Member m = (GroupPlan.Member) plan(Map.of("OMPI_COMM_WORLD_RANK", "1",
            "OMPI_COMM_WORLD_SIZE", "2", "PMIX_NAMESPACE", "ns", "RANK", "7", "WORLD_SIZE", "9"));

        assertThat(m.rank()).as("first source in the documented order").isEqualTo(1);
    }

    @Test
    void shouldLetFlagsWinOverTheEnvironment() {
        final GroupPlan.Member m = (GroupPlan.Member) plan(Map.of("OMPI_COMM_WORLD_RANK", "1",
            "OMPI_COMM_WORLD_SIZE", "2"), "--rank", "0", "--nranks", "1", "--rootinfo", "/tmp/x");

        assertThat(m).isEqualTo(new GroupPlan.Member(0, 1, new RendezvousAddress.File(Path.of("/tmp/x")), -1, "flags"));
    }

    @Test
    void shouldRefuseASizeThatDisagreesWithTheEnvironment() {
        assertThatThrownBy(() -> plan(Map.of("SLURM_PROCID", "0", "SLURM_NTASKS", "1", "SLURM_JOB_ID", "5"),
            "--nranks", "2"))
            .as("--nranks 2 inside a one-task allocation would wait for a rank that never comes")
            .isInstanceOf(GroupPlan.Invalid.class)
            .hasMessageContaining("--nranks 2 disagrees with the launcher environment, Slurm (SLURM_PROCID=0, SLURM_NTASKS=1)");
    }

    @Test
    void shouldRefuseAnEnvironmentWithoutAJobIdUnlessRootInfoIsGiven() {
        final Map<String, String> env = Map.of("RANK", "0", "WORLD_SIZE", "2");

        assertThatThrownBy(() -> plan(env)).isInstanceOf(GroupPlan.Invalid.class)
            .hasMessageContaining("exports no job id (none of TORCHELASTIC_RUN_ID, MASTER_ADDR+MASTER_PORT is set); pass --rootinfo PATH");
        assertThat(plan(env, "--rootinfo", "/tmp/r")).as("with --rootinfo it runs")
            .isInstanceOf(GroupPlan.Member.class);
    }

    @Test
    void shouldRefuseANonNumericRank() {
        assertThatThrownBy(() -> plan(Map.of("PMI_RANK", "x", "PMI_SIZE", "2")))
            .isInstanceOf(GroupPlan.Invalid.class).hasMessageContaining("PMI_RANK='x' is not a number");
    }

    @Test
    void shouldGiveEachRankItsDeviceFromAList() {
        final GroupPlan.Member m = (GroupPlan.Member) plan(Map.of(), "--rank", "1", "--nranks", "2",
            "--device", "4,5");
        final GroupPlan.Member one = (GroupPlan.Member) plan(Map.of(), "--rank", "1", "--nranks", "2",
            "--device", "3");

        assertThat(m.deviceId()).as("entry r of the list").isEqualTo(5);
        assertThat(one.deviceId()).as("one id for every rank").isEqualTo(3);
    }
}
