package io.comm4j.cli;

/**
 * A trivial Java program: starts and exits. {@code --measure-baseline} times it so a RESULT line
 * carries what JVM start-up alone costs on the machine of the run.
 */
public final class JavaHello {
    private JavaHello() {
    }

    /** Does nothing. */
    public static void main(final String[] args) {
        // the measurement is the JVM's start and exit
    }
}
