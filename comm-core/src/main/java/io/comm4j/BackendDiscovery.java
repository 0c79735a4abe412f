package io.comm4j;

import java.util.List;
import java.util.ServiceLoader;

/**
 * The backends {@link ServiceLoader} finds, looked up once per class loader of comm4j. A lookup
 * reads every {@code META-INF/services} entry of the class path and instantiates each provider,
 * about 0.4 ms even in a warm JVM, which {@link CommBackend#named} would otherwise pay on every
 * init. Backends are stateless factories, so sharing the instances changes nothing. A lookup that
 * fails is not remembered: the next call tries again and fails the same way.
 */
final class BackendDiscovery {
    private static volatile List<CommBackend> discovered;

    private BackendDiscovery() {
    }

    /** Every backend, in discovery order (an immutable list). */
    static List<CommBackend> all() {
        List<CommBackend> all = discovered;
        if (all == null) {
            // Two threads may both look up the first time; both get equal lists, one is kept.
            all = ServiceLoader.load(CommBackend.class, CommBackend.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
            discovered = all;
        }
        return all;
    }
}
