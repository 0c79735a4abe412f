/**
 * Where CANN's libraries are found and how they are loaded ({@link io.comm4j.bindings.NativeLibraries}
 * and its report types). Written by hand; the sub-packages hold the jextract-shaped bindings, which
 * never load a library themselves.
 */
package io.comm4j.bindings;
