/**
 * The {@code sim} backend: a group of ranks on one host shares one POSIX shared-memory segment
 * holding a header and one window per rank. See {@link io.comm4j.sim.SimCommunicator} and
 * {@code docs/sim.md}.
 */
package io.comm4j.sim;
