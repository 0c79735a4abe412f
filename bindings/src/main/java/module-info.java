/**
 * FFM bindings in the layout jextract emits: one package per header family, no logic.
 * Hand-written only: {@link io.comm4j.bindings.NativeLibraries} (where libraries are found).
 */
module io.comm4j.bindings {
    exports io.comm4j.bindings.comm;
    exports io.comm4j.bindings.posix;
}
