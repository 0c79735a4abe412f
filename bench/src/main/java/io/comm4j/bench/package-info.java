/**
 * comm4j's benchmarks: rank-side drivers that {@code scripts/bench} starts once per rank
 * ({@link io.comm4j.bench.BarrierBench}, {@link io.comm4j.bench.AllreduceBench},
 * {@link io.comm4j.bench.LifecycleBench}), and JMH benchmarks for what one process can measure
 * ({@link io.comm4j.bench.WindowBandwidthBenchmark}, {@link io.comm4j.bench.SumKernelBenchmark}).
 *
 * <p>Every measurement is printed as one {@code RESULT} line ({@link io.comm4j.bench.Results}); the
 * script collects them into its table. Benchmarks are not tests: nothing here asserts a time.
 */
package io.comm4j.bench;
