package io.comm4j;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A way to build communicators: {@code sim} (POSIX shared memory on one host) or {@code hccl}
 * (Ascend NPUs). Backends are found with {@link java.util.ServiceLoader}.
 *
 * <p>Discovery never fails: a backend that cannot run here (no CANN libraries, say) is still listed
 * and says why in one sentence through {@link #unavailableReason()}; {@link #init} on it throws a
 * {@link CommException} at {@link Stage#LOAD} with that reason.
 */
public interface CommBackend {

    /** The backend's name as users type it: {@code "sim"}, {@code "hccl"}. */
    String name();

    /** Why this backend cannot run on this machine, or empty when it can. Cheap; never throws. */
    Optional<String> unavailableReason();

    /**
     * Joins the group described by {@code config} as {@code config.rank()}. Collective: every rank
     * of the group calls it, from its own process, with the same path and size; it blocks until all
     * of them have joined or {@code config.timeout()} passes.
     *
     * @throws CommException at {@link Stage#LOAD} when the backend is unavailable, at
     *                       {@link Stage#INIT} for bad input, a rendezvous timeout or a native failure
     */
    Communicator init(CommConfig config);

    /** Every backend on the class path or module path, in discovery order (looked up once, then shared). */
    static List<CommBackend> all() {
        return BackendDiscovery.all();
    }

    /**
     * The backend called {@code name}.
     *
     * @throws CommException at {@link Stage#LOAD} naming the backends there are, when none has that name
     */
    static CommBackend named(final String name) {
        final List<CommBackend> all = all();
        for (final CommBackend backend : all) {
            if (backend.name().equals(name)) {
                return backend;
            }
        }
        throw new CommException(Stage.LOAD, name, "no backend named '" + name + "'; available: "
            + all.stream().map(CommBackend::name).collect(Collectors.joining(", ")));
    }
}
