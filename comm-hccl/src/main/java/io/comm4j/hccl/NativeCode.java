package io.comm4j.hccl;

import java.util.HashMap;
import java.util.Map;

/**
 * A return code of a native table ({@link HcclResult}, {@link AclError}): its number, its C name
 * and what to check first. What the two tables share is here once: the index from number to entry
 * and the failure message built from an entry, and the number and advice every entry carries.
 */
interface NativeCode {
    /**
     * What an entry of a table holds: the number the native call returns and one sentence on what
     * to check first (the table's pointer to its logs where there is nothing better).
     */
    record Entry(int code, String advice) { }

    /** This entry's number and advice. */
    Entry entry();

    /** The C name, e.g. {@code "HCCL_E_TIMEOUT"}. */
    String symbol();

    /** The numeric value the native call returns. */
    default int code() {
        return entry().code();
    }

    /** One sentence on what to check first. */
    default String advice() {
        return entry().advice();
    }

    /**
     * The entries of {@code values} by code, {@code unknown} left out.
     *
     * @throws IllegalStateException when two entries share a code (a table that maps a number twice
     *                               would name a failure by a guess)
     */
    static <E extends Enum<E> & NativeCode> Map<Integer, E> index(final E[] values, final E unknown) {
        final Map<Integer, E> byCode = new HashMap<>();
        for (final E entry : values) {
            if (entry != unknown && byCode.put(entry.code(), entry) != null) {
                throw new IllegalStateException("two " + entry.getDeclaringClass().getSimpleName()
                    + " entries share code " + entry.code());
            }
        }
        return Map.copyOf(byCode);
    }

    /** "{@code call} returned SYMBOL(rc): advice", the form every native failure message takes. */
    static String describe(final NativeCode entry, final int rc, final String call) {
        return call + " returned " + entry.symbol() + "(" + rc + "): " + entry.advice();
    }
}
