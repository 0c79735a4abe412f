package io.comm4j.cli;

import io.comm4j.RendezvousAddress;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.List;

/**
 * The options every group command shares (the smoke itself, and later subcommands such as
 * {@code allreduce}): who this process is in the group, which backend, where the ranks meet, the
 * limits and the output form. A picocli mixin: a subcommand gets all of them with one
 * {@code @Mixin GroupOptions group;} field, and {@link GroupPlan#resolve} turns them, together with the
 * launcher environment, into "launch every rank" or "be one rank".
 */
public final class GroupOptions {

    /** The default of {@code --timeout}. */
    public static final String DEFAULT_TIMEOUT = "30s";

    @Option(names = "--rank", paramLabel = "R",
        description = "This process's rank, 0..N-1 (rank mode). Default: the launcher environment's rank "
            + "(OpenMPI, Slurm, PMI, RANK); without either, comm-smoke launches every rank itself.")
    Integer rank;

    @Option(names = "--nranks", paramLabel = "N",
        description = "The group size, 1..64. Default: the launcher environment's size, else "
            + GroupPlan.DEFAULT_NRANKS + ".")
    Integer nranks;

    @Option(names = "--backend", paramLabel = "NAME", defaultValue = "sim", converter = BackendNameConverter.class,
        description = "The backend: sim (POSIX shared memory, one host) or hccl (Ascend NPUs). "
            + "Default: ${DEFAULT-VALUE}.")
    String backend;

    @Option(names = "--rootinfo", paramLabel = "PATH|tcp://HOST:PORT", converter = RendezvousConverter.class,
        description = "Where the ranks of the group meet, the same on every rank: a rendezvous path (one host, "
            + "or a shared filesystem), or tcp://HOST:PORT, a server rank 0 runs on HOST (hosts without a shared "
            + "filesystem; IPv6 as tcp://[::1]:PORT). Default: tcp://$MASTER_ADDR:$MASTER_PORT when both are "
            + "set; else launcher mode makes a fresh private path; ranks started by mpirun/srun derive one from "
            + "the job id; a rank started by hand uses $TMPDIR (else ${java.io.tmpdir})/comm4j-smoke-${user.name}.rootinfo.")
    RendezvousAddress rootInfo;

    @Option(names = "--device", paramLabel = "ID", split = ",",
        description = "The NPU of each rank (backends that use one): one ID for every rank, or a list "
            + "ID0,ID1,... where rank r takes entry r. Default: none (the backend's choice).")
    List<Integer> devices;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = DEFAULT_TIMEOUT,
        converter = DurationConverter.class,
        description = "The limit of every wait for other ranks (rendezvous, barriers, teardown); the "
            + "launcher waits this plus a short grace. Examples: 30s, 500ms, 2m, PT1M. Default: ${DEFAULT-VALUE}.")
    Duration timeout;

    @Option(names = "--json",
        description = "Print one JSON object instead of text lines (launcher mode: one object holding "
            + "every rank's). Default: false.")
    boolean json;

    @Option(names = {"-v", "--verbose"},
        description = "Log at debug level to stderr (default: warnings only).")
    boolean verbose;

    /** The backend name. */
    public String backend() {
        return backend;
    }

    /** The wait limit. */
    public Duration timeout() {
        return timeout;
    }

    /** Whether output is one JSON object. */
    public boolean json() {
        return json;
    }

    /** Whether debug logging is on. */
    public boolean verbose() {
        return verbose;
    }

    /** The device ids given with {@code --device}, or an empty list. */
    public List<Integer> devices() {
        return devices == null ? List.of() : devices;
    }

    /**
     * The options a rank process started by the launcher is given: everything here but the rank,
     * the size and the rendezvous path, which the launcher sets per rank.
     */
    public List<String> forwardedArgs() {
        final List<String> args = new java.util.ArrayList<>();
        args.add("--backend=" + backend);
        args.add("--timeout=" + DurationConverter.format(timeout));
        if (devices != null && !devices.isEmpty()) {
            args.add("--device=" + String.join(",", devices.stream().map(String::valueOf).toList()));
        }
        if (json) {
            args.add("--json");
        }
        if (verbose) {
            args.add("--verbose");
        }
        return args;
    }
}
