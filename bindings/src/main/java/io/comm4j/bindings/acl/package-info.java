/**
 * Bindings for {@code headers/acl.h}: the ACL runtime subset comm4j calls, in the layout jextract
 * emits (not jextract output; {@code scripts/jextract.sh} regenerates them where jextract exists).
 */
package io.comm4j.bindings.acl;
