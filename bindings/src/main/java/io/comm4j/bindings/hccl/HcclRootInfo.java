// Not jextract output: written in the layout jextract 25 emits for headers/hccl.h;
// scripts/jextract.sh regenerates it where jextract is installed.

package io.comm4j.bindings.hccl;

import java.lang.invoke.*;
import java.lang.foreign.*;
import java.nio.ByteOrder;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

import static java.lang.foreign.ValueLayout.*;
import static java.lang.foreign.MemoryLayout.PathElement.*;

/**
 * {@snippet lang=c :
 * typedef struct HcclRootInfoDef {
 *     char internal[4108];
 * } HcclRootInfo
 * }
 */
public class HcclRootInfo extends HcclRootInfoDef {

    HcclRootInfo() {
        // Should not be called directly
    }
}
