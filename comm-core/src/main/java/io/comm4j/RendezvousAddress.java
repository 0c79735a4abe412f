package io.comm4j;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the ranks of a group meet ({@link CommConfig#rendezvous()}): a {@link File} on a path every
 * rank sees (one host, or a shared filesystem), or a {@link Tcp} server that rank 0 runs at
 * {@code HOST:PORT} and every other rank connects to (hosts without a shared filesystem).
 * Ranks with the same address meet, different addresses never do; whichever the transport, the same
 * records travel and the same rules hold (docs/hccl.md, docs/sim.md).
 *
 * <p>As a string ({@link #parse}): a path, or {@code tcp://HOST:PORT} with HOST a name, an IPv4
 * literal or an IPv6 literal in brackets ({@code tcp://[::1]:29500}). With no string at all the
 * launcher environment decides: {@code MASTER_ADDR} and {@code MASTER_PORT}, as torchrun-style
 * launchers set them on every rank, mean TCP. Each address's {@code toString()} gives the string back.
 */
public sealed interface RendezvousAddress permits RendezvousAddress.File, RendezvousAddress.Tcp {
    /** The scheme prefix of a TCP rendezvous. */
    String TCP = "tcp://";

    /**
     * A rendezvous file on a path every rank sees; its siblings {@code <path>.<key>} hold the other records.
     *
     * @param path the rendezvous path (the contract's {@code rootinfo_path})
     */
    record File(Path path) implements RendezvousAddress {
        public File {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String toString() {
            return path.toString();
        }
    }

    /**
     * A rendezvous server that rank 0 binds at {@code host:port} (so HOST must be an address of rank 0's
     * host) and every rank, rank 0 included, connects to.
     *
     * @param host a name or an IPv4/IPv6 literal (without brackets)
     * @param port 1..65535
     */
    record Tcp(String host, int port) implements RendezvousAddress {
        public Tcp {
            if (host.isEmpty()) {
                throw new IllegalArgumentException("rendezvous host is empty");
            }
            if (port <= 0 || port > 65535) {
                throw new IllegalArgumentException("rendezvous port must be 1..65535 (0 is not 'any' here), got " + port);
            }
        }

        @Override
        public String toString() {
            return TCP + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }

    /**
     * Parses {@code rendezvous}: a path, or {@code tcp://HOST:PORT}.
     *
     * @throws IllegalArgumentException when it is blank, or a {@code tcp://} address without a valid port
     */
    static RendezvousAddress of(final String rendezvous) {
        if (rendezvous == null || rendezvous.isBlank()) {
            throw new IllegalArgumentException("rendezvous is " + (rendezvous == null ? "null" : "blank")
                + ": pass a path or tcp://HOST:PORT");
        }
        return parse(rendezvous, Map.of());
    }

    /**
     * Parses {@code rendezvous}; when it is null or blank, falls back to {@code MASTER_ADDR}/{@code MASTER_PORT}
     * in {@code env}.
     *
     * @throws IllegalArgumentException naming what was wrong (and, for the fallback, which variable)
     */
    static RendezvousAddress parse(final String rendezvous, final Map<String, String> env) {
        if (rendezvous == null || rendezvous.isBlank()) {
            final String addr = env.get("MASTER_ADDR");
            final String port = env.get("MASTER_PORT");
            if (addr == null || addr.isBlank() || port == null || port.isBlank()) {
                throw new IllegalArgumentException("no rendezvous given: pass a path or tcp://HOST:PORT, or set both "
                    + "MASTER_ADDR and MASTER_PORT (MASTER_ADDR=" + addr + ", MASTER_PORT=" + port + ")");
            }
            return new Tcp(unbracket(addr.strip()), port(port.strip(), "MASTER_PORT"));
        }
        if (!rendezvous.regionMatches(true, 0, TCP, 0, TCP.length())) {
            return new File(Path.of(rendezvous));
        }
        final String rest = rendezvous.substring(TCP.length());
        final int colon = rest.lastIndexOf(':');
        if (colon < 0 || (rest.startsWith("[") && !rest.substring(0, colon).endsWith("]"))) {
            throw new IllegalArgumentException("rendezvous '" + rendezvous + "' has no port: expected tcp://HOST:PORT "
                + "(IPv6 as tcp://[::1]:PORT)");
        }
        final String host = rest.substring(0, colon);
        if (!host.startsWith("[") && host.contains(":")) {
            throw new IllegalArgumentException("rendezvous '" + rendezvous + "': put an IPv6 literal in brackets, "
                + "tcp://[" + host + "]:PORT");
        }
        return new Tcp(unbracket(host), port(rest.substring(colon + 1), "the port of '" + rendezvous + "'"));
    }

    private static String unbracket(final String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static int port(final String text, final String what) {
        try {
            return Integer.parseInt(text);
        } catch (final NumberFormatException e) {
            throw new IllegalArgumentException(what + " is not a port number: '" + text + "'");
        }
    }
}
