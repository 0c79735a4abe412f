package io.comm4j.sim;

import io.comm4j.CommBackend;
import io.comm4j.CommConfig;
import io.comm4j.CommException;
import io.comm4j.Communicator;
import io.comm4j.Stage;
import io.comm4j.bindings.PosixPlatform;

import java.util.Optional;

/**
 * The {@code sim} backend: ranks on one host share windows in one POSIX shared-memory segment
 * ({@link SimCommunicator}). Available wherever the POSIX bindings know the platform (Linux x86_64
 * and aarch64, macOS); needs no device, ignores the stream and device id.
 */
public final class SimBackend implements CommBackend {
    /** The backend's name. */
    public static final String NAME = "sim";

    /** For {@link java.util.ServiceLoader}. */
    public SimBackend() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> unavailableReason() {
        return PosixPlatform.unsupportedReason();
    }

    /**
     * {@inheritDoc}
     *
     * <p>Ranks may start in any order and independently; see {@link SimCommunicator}.
     */
    @Override
    public Communicator init(final CommConfig config) {
        final Optional<String> unavailable = unavailableReason();
        if (unavailable.isPresent()) {
            throw new CommException(Stage.LOAD, NAME, unavailable.get());
        }
        return SimCommunicator.join(config);
    }
}
