package io.comm4j.sim;

/** Prints {@link SimBarrier#hostCores()} as this JVM sees it: run under {@code taskset} by {@link PinnedRankSpinTest}. */
public final class HostCoresProbe {
    private HostCoresProbe() {
    }

    /** Prints "hostCores=N availableProcessors=M". */
    public static void main(final String[] args) {
        System.out.println("hostCores=" + SimBarrier.hostCores() + " availableProcessors="
            + Runtime.getRuntime().availableProcessors());
    }
}
