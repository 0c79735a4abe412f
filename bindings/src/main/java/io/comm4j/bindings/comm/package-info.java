/**
 * Bindings for {@code headers/comm_context.h}: the CommContext struct and its constants, in the
 * layout jextract emits (written by hand; {@code scripts/jextract.sh} regenerates them).
 */
package io.comm4j.bindings.comm;
