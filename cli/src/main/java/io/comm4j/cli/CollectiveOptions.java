package io.comm4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options {@code comm-smoke allreduce} and {@code comm-smoke collective} share (a picocli
 * mixin): the call size, the window size and the timed iterations, with their checks.
 */
final class CollectiveOptions {

    @Option(names = "--size", paramLabel = "BYTES", defaultValue = "1m", converter = ByteSizeConverter.class,
        description = "Bytes per rank and call (e.g. 4k, 1m, 64m; what they count: see above), a multiple of 8 for "
            + "the sums; larger than the window is fine (chunked). Default: ${DEFAULT-VALUE}.")
    long size;

    @Option(names = "--win-size", paramLabel = "BYTES", defaultValue = "1m", converter = ByteSizeConverter.class,
        description = "The window size asked per rank, at least 256 bytes. Default: ${DEFAULT-VALUE}.")
    long winSize;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "10",
        description = "Timed calls after the checked one, 0 or more. Default: ${DEFAULT-VALUE}.")
    int iterations;

    /**
     * Throws a usage error for a bad value.
     *
     * @param sumOf the collective when it sums (its int64 pass needs whole elements), else null
     */
    void validate(final CommandLine cl, final String sumOf) {
        if (sumOf != null && size % Long.BYTES != 0) {
            throw new ParameterException(cl, "--size " + size + " is not a multiple of 8 (the int64 pass of "
                + sumOf + " needs whole elements)");
        }
        if (winSize < 256) {
            throw new ParameterException(cl, "--win-size " + winSize + " is too small: the collectives need at "
                + "least 256 bytes per window");
        }
        if (iterations < 0) {
            throw new ParameterException(cl, "--iterations " + iterations + " must be 0 or more");
        }
    }
}
