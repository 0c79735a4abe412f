package io.comm4j.internal;

import io.comm4j.CommException;
import io.comm4j.Stage;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs every step of a communicator's teardown, whatever the earlier steps did, and reports the
 * first failure with the later ones attached as suppressed (the first cause is the one worth reading;
 * a later step often fails only because of it). Everything it throws is a {@link CommException} at
 * {@link Stage#DESTROY}. Not thread-safe: one per {@code close()}.
 */
public final class Teardown {
    private final String backend;
    private final List<RuntimeException> failures = new ArrayList<>();

    /** A teardown for {@code backend}, named in the exceptions it makes. */
    public Teardown(final String backend) {
        this.backend = backend;
    }

    /** Runs {@code step}; what it throws is recorded and the next step still runs. */
    public void run(final String what, final Runnable step) {
        try {
            step.run();
        } catch (final RuntimeException e) {
            record(what, e);
        }
    }

    /** Records a failure found by the caller; one that is not a CommException is wrapped, naming {@code what}. */
    public void record(final String what, final RuntimeException failure) {
        failures.add(failure instanceof CommException ? failure
            : new CommException(Stage.DESTROY, backend, what + " failed: " + failure, failure));
    }

    /**
     * Throws the first failure, when there is one; one from another stage (a timeout of the destroy
     * barrier keeps its own) is wrapped so the caller always sees {@link Stage#DESTROY}.
     */
    public void throwIfFailed() {
        if (failures.isEmpty()) {
            return;
        }
        final RuntimeException first = failures.getFirst();
        final CommException thrown = first instanceof CommException ce && ce.stage() == Stage.DESTROY ? ce
            : new CommException(Stage.DESTROY, backend, "teardown failed: " + first.getMessage(), first);
        failures.stream().skip(1).forEach(thrown::addSuppressed);
        throw thrown;
    }
}
