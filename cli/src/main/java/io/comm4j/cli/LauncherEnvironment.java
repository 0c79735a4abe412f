package io.comm4j.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * This process's rank and group size as an external launcher (mpirun, srun, a PMI launcher, torchrun)
 * announced them in the environment, and a key that names the job, so every rank of the job derives
 * the same rendezvous path without being told one.
 *
 * <p>Sources, first match wins: OpenMPI ({@code OMPI_COMM_WORLD_RANK/SIZE}, job
 * {@code OMPI_MCA_ess_base_jobid}, {@code OMPI_MCA_orte_ess_jobid} or {@code PMIX_NAMESPACE}), Slurm
 * ({@code SLURM_PROCID/SLURM_NTASKS}, job {@code SLURM_JOB_ID.SLURM_STEP_ID}, or {@code SLURM_JOB_ID} alone
 * outside a step, as in an sbatch script), PMI
 * ({@code PMI_RANK/PMI_SIZE}, job {@code PMI_JOBID} or {@code PMIX_NAMESPACE}), and the generic
 * {@code RANK/WORLD_SIZE} (job {@code TORCHELASTIC_RUN_ID} or {@code MASTER_ADDR:MASTER_PORT}).
 *
 * @param source   which launcher, e.g. {@code "OpenMPI (OMPI_COMM_WORLD_RANK/SIZE)"}
 * @param rank     the rank it gave
 * @param size     the group size it gave
 * @param jobKey   a string all ranks of the job share, or empty when the launcher exports none
 * @param missingJobVars when {@code jobKey} is empty, the job variables that are unset, as a phrase
 *                       ({@code "SLURM_JOB_ID is not set"}); else empty
 */
public record LauncherEnvironment(String source, int rank, int size, Optional<String> jobKey, String missingJobVars) {

    private record Source(String name, String rankVar, String sizeVar, List<String> jobVars) {
    }

    private static final List<Source> SOURCES = List.of(
        new Source("OpenMPI", "OMPI_COMM_WORLD_RANK", "OMPI_COMM_WORLD_SIZE",
            List.of("OMPI_MCA_ess_base_jobid", "OMPI_MCA_orte_ess_jobid", "PMIX_NAMESPACE")),
        new Source("Slurm", "SLURM_PROCID", "SLURM_NTASKS", List.of("SLURM_JOB_ID+SLURM_STEP_ID", "SLURM_JOB_ID")),
        new Source("PMI", "PMI_RANK", "PMI_SIZE", List.of("PMI_JOBID", "PMIX_NAMESPACE")),
        new Source("RANK/WORLD_SIZE", "RANK", "WORLD_SIZE",
            List.of("TORCHELASTIC_RUN_ID", "MASTER_ADDR+MASTER_PORT")));

    /**
     * The first launcher whose rank and size variables are both set in {@code env}.
     *
     * @throws IllegalArgumentException when such a variable is set but is not a number; the message
     *                                  names the variable and its value
     */
    public static Optional<LauncherEnvironment> detect(final Map<String, String> env) {
        for (final Source s : SOURCES) {
            final String r = env.get(s.rankVar());
            final String n = env.get(s.sizeVar());
            if (r == null || n == null) {
                continue;
            }
            final Optional<String> job = jobKey(env, s.jobVars());
            return Optional.of(new LauncherEnvironment(
                s.name() + " (" + s.rankVar() + "=" + r + ", " + s.sizeVar() + "=" + n + ")",
                number(s.rankVar(), r), number(s.sizeVar(), n), job,
                job.isPresent() ? "" : missing(env, s.jobVars())));
        }
        return Optional.empty();
    }

    private static Optional<String> jobKey(final Map<String, String> env, final List<String> candidates) {
        for (final String candidate : candidates) {
            final StringBuilder key = new StringBuilder();
            boolean complete = true;
            for (final String var : candidate.split("\\+")) {
                final String v = env.get(var);
                if (v == null || v.isBlank()) {
                    complete = false;
                    break;
                }
                key.append(key.isEmpty() ? "" : ".").append(v.strip());
            }
            if (complete) {
                return Optional.of(key.toString());
            }
        }
        return Optional.empty();
    }

    /** What is unset, per alternative: a job key needing more variables than another one is left out. */
    private static String missing(final Map<String, String> env, final List<String> candidates) {
        final List<List<String>> alternatives = candidates.stream().map(c -> List.of(c.split("\\+"))).toList();
        final List<String> unset = alternatives.stream()
            .filter(a -> alternatives.stream().noneMatch(o -> o != a && a.containsAll(o)))
            .map(a -> String.join("+", a.stream().filter(v -> env.get(v) == null || env.get(v).isBlank()).toList()))
            .toList();
        return unset.size() == 1
            ? unset.getFirst() + (unset.getFirst().contains("+") ? " are" : " is") + " not set"
            : "none of " + String.join(", ", unset) + " is set";
    }

    private static int number(final String var, final String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (final NumberFormatException e) {
            throw new IllegalArgumentException(var + "='" + value + "' is not a number");
        }
    }
}
