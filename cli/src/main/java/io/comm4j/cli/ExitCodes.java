package io.comm4j.cli;

import io.comm4j.Stage;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * comm-smoke's exit codes: 0, picocli's 1 and 2, and one per {@link Stage} (the contract's table,
 * section 6), built from the enum so help can never disagree with what a rank returns.
 */
public final class ExitCodes {
    /** Every rank passed. */
    public static final int OK = 0;
    /** An unexpected error inside comm-smoke itself (a bug; the stack trace is printed). */
    public static final int SOFTWARE = 1;
    /** Bad arguments or environment (picocli's usage code). */
    public static final int USAGE = 2;

    private ExitCodes() {
    }

    /** The table as {@code spec.usageMessage().exitCodeList(...)} takes it: right-aligned code to text. */
    public static Map<String, String> forHelp() {
        final Map<String, String> m = new LinkedHashMap<>();
        m.put(key(OK), "every rank passed every step");
        m.put(key(SOFTWARE), "internal error in comm-smoke (a bug: please report the stack trace)");
        m.put(key(USAGE), "bad arguments or launcher environment (one line says which)");
        for (final Stage s : Stage.values()) {
            m.put(key(s.exitCode()), s.label() + " failed" + explain(s));
        }
        return m;
    }

    private static String key(final int code) {
        return String.format("%3d", code);
    }

    private static String explain(final Stage s) {
        return switch (s) {
            case LOAD -> ": backend missing or unavailable here (libraries, symbols)";
            case INIT -> ": joining the group (rendezvous, a rank that never came)";
            case ALLOC -> ": allocating the windows / building the CommContext";
            case WINDOW_BASE -> " (also: base is 0)";
            case WINDOW_SIZE -> " (also: smaller than asked)";
            case CTX_FIELDS -> ": CommContext breaks the contract's invariants (ABI drift)";
            case BARRIER -> " (also: the canary found a peer's pattern wrong)";
            default -> "";
        };
    }
}
