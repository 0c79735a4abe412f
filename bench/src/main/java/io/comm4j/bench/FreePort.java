package io.comm4j.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Prints a loopback port the kernel picked as free (bind to port 0), for scripts/bench's TCP rendezvous. */
public final class FreePort {
    private FreePort() {
    }

    /** See the class description. */
    public static void main(final String[] args) throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            System.out.println(s.getLocalPort());
        }
    }
}
