// Written by hand in the layout jextract 25 emits for headers/comm_context.h;
// scripts/jextract.sh regenerates it where jextract is installed.

package io.comm4j.bindings.comm;

import java.lang.invoke.*;
import java.lang.foreign.*;
import java.nio.ByteOrder;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

import static java.lang.foreign.ValueLayout.*;
import static java.lang.foreign.MemoryLayout.PathElement.*;

/**
 * Constants of {@code comm_context.h}. The header declares no functions, so no library is looked up.
 */
public class comm_context_h extends comm_context_h$shared {

    comm_context_h() {
        // Should not be called directly
    }

    private static final int COMM_MAX_RANK_NUM = (int)64L;

    /**
     * {@snippet lang=c :
     * #define COMM_MAX_RANK_NUM 64
     * }
     */
    public static int COMM_MAX_RANK_NUM() {
        return COMM_MAX_RANK_NUM;
    }
}
