/**
 * comm4j's backend-neutral API ({@code io.comm4j}), collectives over host windows
 * ({@code io.comm4j.collective}), the shared waiting and rendezvous machinery
 * ({@code io.comm4j.internal}, for comm4j's own modules) and the HCCL backend.
 */
module io.comm4j.core {
    requires transitive io.comm4j.bindings;
    requires org.apache.logging.log4j;

    exports io.comm4j;
    exports io.comm4j.collective;
    exports io.comm4j.hccl;
    exports io.comm4j.internal to io.comm4j.sim, io.comm4j.cli;

    uses io.comm4j.CommBackend;
    provides io.comm4j.CommBackend with io.comm4j.hccl.HcclBackend;
}
