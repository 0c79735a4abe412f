package io.comm4j.cli;

import io.comm4j.RendezvousAddress;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The options every group command shares (the smoke itself, and later subcommands such as
 * {@code allreduce}): who this process is in the group, which backend, where the ranks meet, the
 * limits and the output form. A picocli mixin: a subcommand gets all of them with one
 * {@code @Mixin GroupOptions group;} field, and {@link GroupPlan#resolve} turns them, together with the
 * launcher environment, into "launch every rank" or "be one rank".
 *
 * <p>The defaults are the fields' initial values, so a {@code new GroupOptions()} holds them: picocli
 * and the start-up fast path ({@link FastStart}) start from the same object.
 */
public final class GroupOptions {

    /** The default of {@code --timeout}, as the help shows it. */
    public static final String DEFAULT_TIMEOUT = "30s";

    static final String RANK = "--rank";
    static final String NRANKS = "--nranks";
    static final String BACKEND = "--backend";
    static final String ROOTINFO = "--rootinfo";
    static final String DEVICE = "--device";
    static final String TIMEOUT = "--timeout";
    static final String JSON = "--json";
    static final String VERBOSE = "--verbose";

    @Option(names = RANK, paramLabel = "R",
        description = "This process's rank, 0..N-1 (rank mode). Default: the launcher environment's rank "
            + "(OpenMPI, Slurm, PMI, RANK); without either, comm-smoke launches every rank itself.")
    Integer rank;

    @Option(names = NRANKS, paramLabel = "N",
        description = "The group size, 1..64. Default: the launcher environment's size, else "
            + GroupPlan.DEFAULT_NRANKS + ".")
    Integer nranks;

    @Option(names = BACKEND, paramLabel = "NAME", converter = BackendNameConverter.class,
        description = "The backend: sim (POSIX shared memory, one host) or hccl (Ascend NPUs). "
            + "Default: ${DEFAULT-VALUE}.")
    String backend = BackendNameConverter.SIM;

    @Option(names = ROOTINFO, paramLabel = "PATH|tcp://HOST:PORT", converter = RendezvousConverter.class,
        description = "Where the ranks of the group meet, the same on every rank: a rendezvous path (one host, "
            + "or a shared filesystem), or tcp://HOST:PORT, a server rank 0 runs on HOST (hosts without a shared "
            + "filesystem; IPv6 as tcp://[::1]:PORT). Default: tcp://$MASTER_ADDR:$MASTER_PORT when both are "
            + "set; else launcher mode makes a fresh private path; ranks started by mpirun/srun derive one from "
            + "the job id; a rank started by hand uses $TMPDIR (else ${java.io.tmpdir})/comm4j-smoke-${user.name}.rootinfo.")
    RendezvousAddress rootInfo;

    @Option(names = DEVICE, paramLabel = "ID", split = ",",
        description = "The NPU of each rank (backends that use one): one ID for every rank, or a list "
            + "ID0,ID1,... where rank r takes entry r. Default: none (the backend's choice).")
    List<Integer> devices;

    @Option(names = TIMEOUT, paramLabel = "DURATION", converter = DurationConverter.class,
        description = "The limit of every wait for other ranks (rendezvous, barriers, teardown); the "
            + "launcher waits this plus a short grace. Examples: 30s, 500ms, 2m, PT1M. Default: "
            + DEFAULT_TIMEOUT + ".")
    Duration timeout = DurationConverter.parse(DEFAULT_TIMEOUT);

    @Option(names = JSON,
        description = "Print one JSON object instead of text lines (launcher mode: one object holding "
            + "every rank's). Default: false.")
    boolean json;

    @Option(names = {"-v", VERBOSE},
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
     * What a rank process the launcher starts gets after the launcher's own command line, which it
     * repeats as given: its rank, and the group size and rendezvous unless that command line gave them.
     */
    List<String> launchedRankArgs(final int rank, final int groupSize, final RendezvousAddress rendezvous) {
        final List<String> args = new ArrayList<>(List.of(RANK + "=" + rank));
        if (nranks == null) {
            args.add(NRANKS + "=" + groupSize);
        }
        if (rootInfo == null) {
            args.add(ROOTINFO + "=" + rendezvous);
        }
        return args;
    }
}
