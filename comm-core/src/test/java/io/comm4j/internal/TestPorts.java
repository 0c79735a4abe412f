package io.comm4j.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Picks a free loopback port in 29600-29699 (the range this suite owns) at run time. */
final class TestPorts {
    private TestPorts() {
    }

    static int free() {
        for (int p = 29600 + (int) (ProcessHandle.current().pid() % 100), i = 0; i < 100; i++, p = 29600 + (p - 29600 + 1) % 100) {
            try (ServerSocket s = new ServerSocket()) {
                s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), p));
                return p;
            } catch (final IOException taken) {
                // try the next one
            }
        }
        throw new IllegalStateException("no free port in 29600-29699");
    }

    static boolean listening(final int port) {
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (final IOException refused) {
            return false;
        }
    }
}
