package io.comm4j;

/**
 * The stages of a communicator's life, in the order the smoke sequence meets them.
 *
 * <p>Each stage has the exit code the contract assigns to a failure there (contract section 6);
 * {@code comm-smoke} exits with it, so a CI log says where a rank stopped without reading a trace.
 * The codes are a public, stable numbering: never renumber a stage.
 */
public enum Stage {
    /** Loading the runtime or its libraries (dlopen, symbol lookup), or finding a usable backend. */
    LOAD(10, "load"),
    /** Creating the device context. */
    DEVICE_CONTEXT(15, "device context"),
    /** aclInit + aclrtSetDevice. */
    ACL_READY(18, "acl ready"),
    /** Creating the stream. */
    STREAM(19, "stream"),
    /** Joining the group: validation, rendezvous, communicator init. */
    INIT(20, "init"),
    /** Allocating the windows and building the CommContext. */
    ALLOC(30, "alloc windows"),
    /** Reading the local window base (a zero base is a failure). */
    WINDOW_BASE(40, "window base"),
    /** Reading the window size (smaller than the requested hint is a failure). */
    WINDOW_SIZE(50, "window size"),
    /** Copying the CommContext back to the host. */
    CTX_COPY(55, "context copy"),
    /** The CommContext's fields do not satisfy the invariants (ABI drift). */
    CTX_FIELDS(56, "context fields"),
    /** The barrier, and anything that checks data across ranks after one. */
    BARRIER(60, "barrier"),
    /** Tearing the communicator down. */
    DESTROY(70, "destroy");

    private final int exitCode;
    private final String label;

    Stage(final int exitCode, final String label) {
        this.exitCode = exitCode;
        this.label = label;
    }

    /** The process exit code that reports a failure at this stage; always in 10..70. */
    public int exitCode() {
        return exitCode;
    }

    /** A short human name, e.g. {@code "alloc windows"}. */
    public String label() {
        return label;
    }

    /**
     * The stage whose exit code is {@code code}.
     *
     * @throws IllegalArgumentException when no stage has that code
     */
    public static Stage fromExitCode(final int code) {
        for (final Stage s : values()) {
            if (s.exitCode == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("no stage has exit code " + code);
    }
}
