/**
 * Collective operations built on a communicator's host-readable windows: {@link
 * io.comm4j.collective.Allreduce} (sum of float32 or int64 arrays across every rank).
 *
 * <p>They need {@link io.comm4j.Communicator#hostWindows()} (the {@code sim} backend has them) and
 * use the windows as their staging memory, so they are collective: every rank calls them, in the
 * same order, with the same sizes.
 */
package io.comm4j.collective;
