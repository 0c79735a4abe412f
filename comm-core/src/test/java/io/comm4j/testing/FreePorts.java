package io.comm4j.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Loopback ports for tests of the TCP rendezvous: the kernel picks a free one (bind to port 0),
 * the test passes it on. Another process could take it in between; the kernel hands ports out
 * round-robin from the ephemeral range, so that is rare, and a test that loses the race fails at
 * INIT naming the port rather than hanging.
 */
public final class FreePorts {
    private FreePorts() {
    }

    /** A loopback port nothing listened on a moment ago. */
    public static int pick() {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return s.getLocalPort();
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot bind a loopback port", e);
        }
    }

    /** Whether something accepts connections on loopback {@code port}. */
    public static boolean listening(final int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (final IOException refused) {
            return false;
        }
    }
}
