/**
 * Bindings for {@code headers/comm_context.h}: the CommContext struct and its constants. Generated
 * by jextract ({@code scripts/jextract.sh}); never edited by hand.
 */
package io.comm4j.bindings.comm;
