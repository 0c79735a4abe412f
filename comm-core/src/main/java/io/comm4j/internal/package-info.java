/**
 * Machinery shared by comm4j's backends and tools, not an API: waiting under deadlines, the file
 * rendezvous, ABI layout checks. Exported only to comm4j's own modules.
 */
package io.comm4j.internal;
