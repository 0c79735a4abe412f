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

    /** The code of each table's {@code UNKNOWN}, the entry for a number not in the table; CANN never returns it. */
    int UNKNOWN_CODE = -1;

    /** Each table's entries by code, {@code UNKNOWN} under {@link #UNKNOWN_CODE}, built on its first lookup. */
    ClassValue<Map<Integer, NativeCode>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<Integer, NativeCode> computeValue(final Class<?> table) {
            return index((NativeCode[]) table.getEnumConstants());
        }
    };

    /** The entry of {@code table} for {@code code}; the table's {@code UNKNOWN} for a code not in it. */
    static <E extends Enum<E> & NativeCode> E of(final Class<E> table, final int code) {
        final Map<Integer, NativeCode> byCode = BY_CODE.get(table);
        return table.cast(byCode.getOrDefault(code, byCode.get(UNKNOWN_CODE)));
    }

    /**
     * The entries of {@code values} by code.
     *
     * @throws IllegalStateException when two entries share a code (a table that maps a number twice
     *                               would name a failure by a guess)
     */
    private static Map<Integer, NativeCode> index(final NativeCode[] values) {
        final Map<Integer, NativeCode> byCode = new HashMap<>();
        for (final NativeCode entry : values) {
            if (byCode.put(entry.code(), entry) != null) {
                throw new IllegalStateException("two " + entry.getClass().getSimpleName()
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
