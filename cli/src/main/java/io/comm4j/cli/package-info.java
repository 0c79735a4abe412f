/**
 * {@code comm-smoke}: the command-line smoke test of comm4j. {@link io.comm4j.cli.CommSmoke} is the
 * command; {@link io.comm4j.cli.GroupOptions}, {@link io.comm4j.cli.GroupPlan} and
 * {@link io.comm4j.cli.LauncherMode} are what every group subcommand reuses (options, rank/launcher
 * decision, launching); {@link io.comm4j.cli.SmokeSequence} is the contract's sequence for one rank.
 */
package io.comm4j.cli;
