/**
 * The {@code sim} backend of comm4j: POSIX shared memory on one host.
 */
module io.comm4j.sim {
    // transitive: SimBackend and SimCommunicator expose io.comm4j types, so one `requires io.comm4j.sim` is enough
    requires transitive io.comm4j.core;
    requires io.comm4j.bindings;
    requires org.apache.logging.log4j;

    exports io.comm4j.sim;

    provides io.comm4j.CommBackend with io.comm4j.sim.SimBackend;
}
