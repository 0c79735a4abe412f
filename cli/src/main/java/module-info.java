/**
 * comm-smoke, the command-line smoke test: one rank, or a launcher of every rank. Runs from an
 * executable jar on the class path; this descriptor keeps the module's dependencies honest.
 */
module io.comm4j.cli {
    requires transitive io.comm4j.core;
    requires transitive info.picocli;
    requires org.apache.logging.log4j;
    requires org.apache.logging.log4j.core;
    requires com.fasterxml.jackson.core;

    exports io.comm4j.cli;
    exports io.comm4j.cli.logging to org.apache.logging.log4j;

    opens io.comm4j.cli to info.picocli;

    uses io.comm4j.CommBackend;
}
