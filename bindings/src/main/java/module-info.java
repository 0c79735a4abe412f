/**
 * FFM bindings in the layout jextract emits: one package per header family, no logic.
 * Hand-written: package {@code io.comm4j.bindings} ({@link io.comm4j.bindings.NativeLibraries}: where
 * CANN is found, how it is loaded, what it exports) and the errno/platform helpers of the posix package.
 */
module io.comm4j.bindings {
    requires org.apache.logging.log4j;

    exports io.comm4j.bindings;
    exports io.comm4j.bindings.acl;
    exports io.comm4j.bindings.comm;
    exports io.comm4j.bindings.hccl;
    exports io.comm4j.bindings.hcomm;
    exports io.comm4j.bindings.posix;
}
