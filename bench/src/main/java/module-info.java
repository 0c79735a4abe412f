/**
 * comm4j's benchmarks (drivers started by scripts/bench, JMH benchmarks). An application, not a
 * library: it exports nothing; JMH's generated code reads the benchmark states reflectively.
 */
module io.comm4j.bench {
    requires io.comm4j.core;
    requires jmh.core;

    opens io.comm4j.bench to jmh.core;
    opens io.comm4j.bench.jmh_generated to jmh.core;
}
