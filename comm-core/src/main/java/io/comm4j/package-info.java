/**
 * The comm4j API: join a group ({@link io.comm4j.CommBackend#init}), allocate one window per rank
 * ({@link io.comm4j.Communicator#allocWindows}), read the {@link io.comm4j.CommContext} a kernel is
 * given, synchronise ({@link io.comm4j.Communicator#barrier}) and leave
 * ({@link io.comm4j.Communicator#close}). Failures are {@link io.comm4j.CommException}s that name
 * the {@link io.comm4j.Stage}.
 */
package io.comm4j;
