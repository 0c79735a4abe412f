/**
 * Collective operations built on a communicator's host-readable windows, MPI's five:
 * {@link io.comm4j.collective.Allreduce} and {@link io.comm4j.collective.ReduceScatter} (sums of
 * float32 or int64 arrays, bit-identical on every rank), {@link io.comm4j.collective.Broadcast},
 * {@link io.comm4j.collective.Allgather} and {@link io.comm4j.collective.AllToAll} (bytes of any
 * element type). They share one slot, call-header and barrier machinery, so they can be mixed freely
 * over one communicator, and ranks that disagree on a call fail together.
 *
 * <p>They need {@link io.comm4j.Communicator#hostWindows()} (the {@code sim} backend has them) and
 * use the windows as their staging memory, so they are collective: every rank calls them, in the
 * same order, with the same sizes.
 */
package io.comm4j.collective;
