package io.comm4j.internal;

import io.comm4j.testing.FreePorts;

/** This package's short names for {@link FreePorts}. */
final class TestPorts {
    private TestPorts() {
    }

    static int free() {
        return FreePorts.pick();
    }

    static boolean listening(final int port) {
        return FreePorts.listening(port);
    }
}
