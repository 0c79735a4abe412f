package io.comm4j.bindings;

/**
 * The CANN shared libraries comm4j loads, in load order. {@code libhcomm.so} exists only in newer
 * CANN (the 8.5 line moved the communicator functions out of {@code libhccl.so} into it), so it is
 * the one library allowed to be absent; which library exports a given function is decided by
 * looking, never assumed.
 */
public enum CannLibrary {
    /** The ACL runtime: device, stream, memory. */
    ASCENDCL("ascendcl", true),
    /** Communicator management on newer CANN, and the private MC2 resource functions. */
    HCOMM("hcomm", false),
    /** Public HCCL: collectives, and on older CANN also communicator management. */
    HCCL("hccl", true);

    private final String baseName;
    private final boolean required;

    CannLibrary(final String baseName, final boolean required) {
        this.baseName = baseName;
        this.required = required;
    }

    /** The platform file name, e.g. {@code libascendcl.so}. */
    public String fileName() {
        return System.mapLibraryName(baseName);
    }

    /** Whether comm4j cannot use CANN without this library. */
    public boolean required() {
        return required;
    }
}
