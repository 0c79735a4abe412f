package io.comm4j;

import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a rank needs to join a group: its rank, the group size, where the group meets, and the limits.
 *
 * <p>Validated once, on construction, for every backend: {@code 0 <= rank < nranks <= 64}, a
 * rendezvous (a non-blank path, or {@code tcp://HOST:PORT}), a positive timeout, a device id of -1 (unset) or more. A violation is a
 * {@link CommException} at {@link Stage#INIT} that names the field and its value; nothing has been
 * touched at that point. Backends may add their own checks (HCCL requires a stream).
 *
 * @param rank         this process's rank, {@code 0 <= rank < nranks}
 * @param nranks       the group size, {@code 1..}{@link CommContext#MAX_RANKS}
 * @param rendezvous   where the group meets, the same for every rank: a file path (the contract's
 *                     {@code rootinfo_path}) or a TCP server run by rank 0; ranks with the same
 *                     rendezvous meet, different ones never do
 * @param timeout      the limit of every wait for other ranks (rendezvous, barriers, teardown)
 * @param deviceId     the NPU for backends that need one, or {@code -1} when unset
 * @param stream       the caller-owned device stream, or {@link MemorySegment#NULL} (ignored by sim)
 * @param options      backend options by name, e.g. {@code "hccl.windows" -> "vmm"} (docs/hccl.md); a
 *                     backend reads only its own names, checks their values at {@link Stage#INIT}
 *                     and ignores the rest; empty by default. Names are non-blank and values non-null.
 */
public record CommConfig(int rank, int nranks, RendezvousAddress rendezvous, Duration timeout, int deviceId,
                         MemorySegment stream, Map<String, String> options) {

    /** The timeout when none is given: the contract's 120 s (HCCL's own connect timeout). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    /** Validates every field; see the class description. */
    public CommConfig {
        if (nranks < 1 || nranks > CommContext.MAX_RANKS) {
            throw invalid("nranks=" + nranks + " is out of range: a group has 1.." + CommContext.MAX_RANKS + " ranks");
        }
        if (rank < 0 || rank >= nranks) {
            throw invalid("rank=" + rank + " is out of range for nranks=" + nranks
                + ": ranks are 0.." + (nranks - 1));
        }
        if (rendezvous == null) {
            throw invalid("rendezvous is null: every rank of a group must pass the same path or tcp://HOST:PORT");
        }
        if (rendezvous instanceof RendezvousAddress.File(Path p) && p.toString().isBlank()) {
            throw invalid("rootInfoPath is blank: every rank of a group must pass the same rendezvous path");
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw invalid("timeout=" + timeout + " must be positive");
        }
        if (deviceId < -1) {
            throw invalid("deviceId=" + deviceId + " must be -1 (unset) or a device number >= 0");
        }
        stream = stream == null ? MemorySegment.NULL : stream;
        options = options == null ? Map.of() : copyOf(options);
    }

    /** A configuration without backend options (see the record description for the fields). */
    public CommConfig(final int rank, final int nranks, final RendezvousAddress rendezvous, final Duration timeout,
                      final int deviceId, final MemorySegment stream) {
        this(rank, nranks, rendezvous, timeout, deviceId, stream, Map.of());
    }

    private static Map<String, String> copyOf(final Map<String, String> options) {
        for (final Map.Entry<String, String> e : options.entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank() || e.getValue() == null) {
                throw invalid("option " + e.getKey() + "=" + e.getValue() + ": names must be non-blank and values non-null");
            }
        }
        return Collections.unmodifiableMap(new TreeMap<>(options));
    }

    /** A configuration meeting at the rendezvous file {@code rootInfoPath}; see the class description. */
    public CommConfig(final int rank, final int nranks, final Path rootInfoPath, final Duration timeout,
                      final int deviceId, final MemorySegment stream) {
        if (rootInfoPath == null) {
            throw invalid("rootInfoPath is null: every rank of a group must pass the same rendezvous path");
        }
        this(rank, nranks, new RendezvousAddress.File(rootInfoPath), timeout, deviceId, stream, Map.of());
    }

    /**
     * The rendezvous file, for a group that meets at one.
     *
     * @throws IllegalStateException when the group meets at a TCP server ({@link #rendezvous()} says where)
     */
    public Path rootInfoPath() {
        if (rendezvous instanceof RendezvousAddress.File(Path p)) {
            return p;
        }
        throw new IllegalStateException("this group meets at " + rendezvous + ", not at a rendezvous file");
    }

    private static CommException invalid(final String detail) {
        return new CommException(Stage.INIT, null, "invalid configuration: " + detail);
    }

    /** A configuration with the default timeout, no device and no stream (enough for sim). */
    public static CommConfig of(final int rank, final int nranks, final Path rootInfoPath) {
        return new CommConfig(rank, nranks, rootInfoPath, DEFAULT_TIMEOUT, -1, MemorySegment.NULL);
    }

    /**
     * As {@link #of(int, int, Path)} for any rendezvous, e.g.
     * {@code CommConfig.of(rank, n, RendezvousAddress.of("tcp://10.0.0.1:29500"))}.
     */
    public static CommConfig of(final int rank, final int nranks, final RendezvousAddress rendezvous) {
        return new CommConfig(rank, nranks, rendezvous, DEFAULT_TIMEOUT, -1, MemorySegment.NULL);
    }

    /** This configuration with another timeout. */
    public CommConfig withTimeout(final Duration newTimeout) {
        return new CommConfig(rank, nranks, rendezvous, newTimeout, deviceId, stream, options);
    }

    /** This configuration with a device id. */
    public CommConfig withDevice(final int newDeviceId) {
        return new CommConfig(rank, nranks, rendezvous, timeout, newDeviceId, stream, options);
    }

    /** This configuration with a caller-owned stream. */
    public CommConfig withStream(final MemorySegment newStream) {
        return new CommConfig(rank, nranks, rendezvous, timeout, deviceId, newStream, options);
    }

    /** This configuration with backend option {@code name} set to {@code value} (replacing an earlier one). */
    public CommConfig withOption(final String name, final String value) {
        final Map<String, String> next = new TreeMap<>(options);
        if (name == null || value == null) {
            throw invalid("option " + name + "=" + value + ": names must be non-blank and values non-null");
        }
        next.put(name, value);
        return new CommConfig(rank, nranks, rendezvous, timeout, deviceId, stream, next);
    }

    /** The value of backend option {@code name}, or empty when it is not set. */
    public Optional<String> option(final String name) {
        return Optional.ofNullable(options.get(name));
    }
}
