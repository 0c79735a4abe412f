/**
 * Bindings for {@code headers/hcomm_private.h}: CANN-internal libhcomm functions and the
 * reconstructed MC2 tiling and ring-context structs, in the layout jextract emits (not jextract
 * output; {@code scripts/jextract.sh} regenerates them where jextract exists). The functions are
 * optional symbols: see {@link io.comm4j.bindings.NativeLibraries#isAvailable(String)}.
 */
package io.comm4j.bindings.hcomm;
