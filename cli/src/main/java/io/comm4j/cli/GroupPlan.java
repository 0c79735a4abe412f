package io.comm4j.cli;

import io.comm4j.CommContext;
import io.comm4j.RendezvousAddress;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a group command does, decided once from its options and the environment: {@link Launch}
 * every rank as a child process, or run as one {@link Member} of the group.
 *
 * <p>Rules: flags win over the launcher environment; without {@code --rank} and without a launcher
 * environment the command launches; a size given both ways must agree (catches {@code --nranks 2}
 * run inside a one-task Slurm allocation, which would otherwise wait for a rank that never comes).
 * Every inconsistency is an {@link Invalid} naming the values involved (picocli: a usage error, exit 2).
 */
public sealed interface GroupPlan permits GroupPlan.Launch, GroupPlan.Member {

    /** The group size when neither {@code --nranks} nor the environment gives one. */
    int DEFAULT_NRANKS = 2;

    /**
     * Start {@code nranks} rank processes.
     *
     * @param rootInfo the rendezvous the user gave (or {@code MASTER_ADDR}/{@code MASTER_PORT} did), or
     *                 empty for a fresh private path
     */
    record Launch(int nranks, Optional<RendezvousAddress> rootInfo) implements GroupPlan {
    }

    /**
     * Be rank {@code rank} of {@code nranks}.
     *
     * @param rootInfo where the group meets: a path or a TCP server
     * @param deviceId this rank's device, or -1
     * @param source   where rank and size came from ("flags", or the launcher environment)
     */
    record Member(int rank, int nranks, RendezvousAddress rootInfo, int deviceId, String source) implements GroupPlan {
    }

    /** The options and the environment do not make a group; the message says why, naming the values. */
    final class Invalid extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Invalid(final String message) {
            super(message);
        }
    }

    /**
     * Resolves {@code options} against {@code env} for picocli's {@code commandLine}.
     *
     * @throws ParameterException (exit 2) when they do not make a group
     */
    static GroupPlan resolve(final GroupOptions options, final Map<String, String> env,
                             final CommandLine commandLine) {
        try {
            return resolve(options, env);
        } catch (final Invalid e) {
            throw new ParameterException(commandLine, e.getMessage());
        }
    }

    /**
     * Resolves {@code options} against {@code env}; see the interface description.
     *
     * @throws Invalid when they do not make a group
     */
    static GroupPlan resolve(final GroupOptions options, final Map<String, String> env) {
        final Optional<LauncherEnvironment> launcher;
        try {
            launcher = options.rank == null ? LauncherEnvironment.detect(env) : Optional.empty();
        } catch (final IllegalArgumentException e) {
            throw new Invalid("launcher environment: " + e.getMessage());
        }
        if (options.rank != null && options.nranks == null) {
            throw new Invalid("--rank " + options.rank + " needs --nranks N");
        }
        final int nranks;
        if (options.nranks != null) {
            nranks = options.nranks;
            if (launcher.isPresent() && launcher.get().size() != nranks) {
                throw new Invalid("--nranks " + nranks + " disagrees with the launcher "
                    + "environment, " + launcher.get().source() + "; pass --rank too, or start "
                    + nranks + " tasks");
            }
        } else {
            nranks = launcher.map(LauncherEnvironment::size).orElse(DEFAULT_NRANKS);
        }
        if (nranks < 1 || nranks > CommContext.MAX_RANKS) {
            throw new Invalid("--nranks " + nranks + " is out of range: a group has 1.."
                + CommContext.MAX_RANKS + " ranks");
        }
        final Integer rank = options.rank != null ? options.rank
            : launcher.map(LauncherEnvironment::rank).orElse(null);
        final List<Integer> devices = options.devices();
        if (devices.size() > 1 && devices.size() < nranks) {
            throw new Invalid("--device lists " + devices.size() + " ids for "
                + nranks + " ranks: give one id for all, or one per rank");
        }
        for (final int d : devices) {
            if (d < 0) {
                throw new Invalid("--device " + d + " is not a device id (0 or more)");
            }
        }
        final Optional<RendezvousAddress> given = Optional.ofNullable(options.rootInfo).or(() -> masterAddress(env));
        if (rank == null) {
            return new Launch(nranks, given);
        }
        if (rank < 0 || rank >= nranks) {
            throw new Invalid("--rank " + rank + " is out of range for --nranks "
                + nranks + ": ranks are 0.." + (nranks - 1)
                + launcher.map(l -> " (from " + l.source() + ")").orElse(""));
        }
        final RendezvousAddress rootInfo;
        if (given.isPresent()) {
            rootInfo = given.get();
        } else if (launcher.isPresent()) {
            rootInfo = new RendezvousAddress.File(TempBase.directory().resolve("comm4j-smoke-" + user() + "-"
                + launcher.get().jobKey().orElseThrow(() -> new Invalid(
                    "cannot derive a rendezvous path shared by all ranks: " + launcher.get().source()
                        + " exports no job id (" + launcher.get().missingJobVars()
                        + "); pass --rootinfo PATH (the same on every rank)"))
                    .replaceAll("[^A-Za-z0-9._-]", "_") + ".rootinfo"));
        } else {
            rootInfo = new RendezvousAddress.File(TempBase.directory().resolve("comm4j-smoke-" + user() + ".rootinfo"));
        }
        final int device = devices.isEmpty() ? -1 : devices.size() == 1 ? devices.getFirst() : devices.get(rank);
        return new Member(rank, nranks, rootInfo, device,
            options.rank != null ? "flags" : launcher.map(LauncherEnvironment::source).orElse("flags"));
    }

    /**
     * {@code tcp://$MASTER_ADDR:$MASTER_PORT} when the launcher environment sets both (torchrun-style
     * launchers do, on every host), else empty.
     *
     * @throws Invalid when they are set but do not make an address (MASTER_PORT not a port)
     */
    private static Optional<RendezvousAddress> masterAddress(final Map<String, String> env) {
        final String addr = env.get("MASTER_ADDR");
        final String port = env.get("MASTER_PORT");
        if (addr == null || addr.isBlank() || port == null || port.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(RendezvousAddress.parse(null, env));
        } catch (final IllegalArgumentException e) {
            throw new Invalid("launcher environment: MASTER_ADDR=" + addr + ", MASTER_PORT=" + port + ": "
                + e.getMessage() + "; or pass --rootinfo");
        }
    }

    private static String user() {
        return System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
