/**
 * comm4j's backend-neutral API ({@code io.comm4j}), collectives over host windows
 * ({@code io.comm4j.collective}) and the shared waiting and rendezvous machinery
 * ({@code io.comm4j.internal}, for comm4j's own modules). Of the bindings it uses only the
 * CommContext layout ({@code io.comm4j.bindings.comm}) and, for the collectives' single copy,
 * {@code process_vm_readv} ({@code io.comm4j.bindings.posix}); the backends live in their own modules
 * ({@code io.comm4j.sim}, {@code io.comm4j.hccl}).
 */
module io.comm4j.core {
    requires io.comm4j.bindings; // the CommContext layout; process_vm_readv for the collectives; no bindings type in the API
    requires org.apache.logging.log4j;

    exports io.comm4j;
    exports io.comm4j.collective;
    exports io.comm4j.internal to io.comm4j.sim, io.comm4j.hccl, io.comm4j.cli;

    uses io.comm4j.CommBackend;
}
