package io.comm4j.bench;

import io.comm4j.CommBackend;
import io.comm4j.CommConfig;
import io.comm4j.Communicator;

import java.nio.file.Path;
import java.time.Duration;

/** How the drivers join a group and read their arguments. */
final class Ranks {
    /** Long enough for a loaded machine; a dead peer still ends the run instead of hanging it. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Ranks() {
    }

    /**
     * The arguments every group driver starts with, {@code RANK NRANKS PATH}: this rank, the group's
     * size and the path the group meets at (ROOTINFO, DIR or FILE, as the driver calls it).
     */
    record Group(int rank, int nranks, Path path) {
        /** Reads the first three of {@code args}, or throws naming the one that is wrong. */
        static Group parse(final String[] args, final String pathName) {
            return new Group(Ranks.rank(args, 0), count(args, 1, "NRANKS"), Ranks.path(args, 2, pathName));
        }
    }

    /** Joins the sim group at {@code rootInfo} as {@code rank} of {@code nranks}. */
    static Communicator join(final int rank, final int nranks, final Path rootInfo) {
        return CommBackend.named("sim").init(CommConfig.of(rank, nranks, rootInfo).withTimeout(TIMEOUT));
    }

    /** Joins the sim group meeting at {@code where} (a path or a TCP server) as {@code rank} of {@code nranks}. */
    static Communicator join(final int rank, final int nranks, final io.comm4j.RendezvousAddress where) {
        return CommBackend.named("sim").init(CommConfig.of(rank, nranks, where).withTimeout(TIMEOUT));
    }

    /** Parses argument {@code index} as a positive number, or exits naming it. */
    static long positive(final String[] args, final int index, final String name) {
        if (index >= args.length) {
            throw usage("missing " + name);
        }
        try {
            final long v = Long.parseLong(args[index].replace("_", ""));
            if (v <= 0) {
                throw usage(name + " must be positive, got " + args[index]);
            }
            return v;
        } catch (final NumberFormatException e) {
            throw usage(name + " must be a number, got '" + args[index] + "'");
        }
    }

    /** Parses argument {@code index} as a positive count (as an {@code int}), or exits naming it. */
    static int count(final String[] args, final int index, final String name) {
        return (int) positive(args, index, name);
    }

    /** Argument {@code index} as a path, or exits naming it. */
    static Path path(final String[] args, final int index, final String name) {
        if (index >= args.length || args[index].isBlank()) {
            throw usage("missing " + name);
        }
        return Path.of(args[index]);
    }

    /** Parses argument {@code index} as a rank (0 or more), or exits naming it. */
    static int rank(final String[] args, final int index) {
        if (index >= args.length) {
            throw usage("missing RANK");
        }
        try {
            final int v = Integer.parseInt(args[index]);
            if (v < 0) {
                throw usage("RANK must be 0 or more, got " + v);
            }
            return v;
        } catch (final NumberFormatException e) {
            throw usage("RANK must be a number, got '" + args[index] + "'");
        }
    }

    /** An error for a bad command line; the drivers' {@code main} lets it end the process. */
    static IllegalArgumentException usage(final String problem) {
        return new IllegalArgumentException(problem);
    }
}
