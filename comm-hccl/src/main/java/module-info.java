/**
 * The {@code hccl} backend of comm4j: Ascend NPUs through CANN's ACL runtime and HCCL, called only
 * through the jextract-generated bindings ({@code io.comm4j.bindings.acl}, {@code .hccl},
 * {@code .hcomm}). See docs/hccl.md.
 */
module io.comm4j.hccl {
    // transitive: HcclBackend and HcclCommunicator expose io.comm4j types
    requires transitive io.comm4j.core;
    requires io.comm4j.bindings;
    requires org.apache.logging.log4j;

    exports io.comm4j.hccl;

    provides io.comm4j.CommBackend with io.comm4j.hccl.HcclBackend;
}
