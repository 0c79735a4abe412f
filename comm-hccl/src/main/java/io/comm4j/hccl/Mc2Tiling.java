package io.comm4j.hccl;

import io.comm4j.bindings.hcomm.Mc2CommConfigV2;
import io.comm4j.bindings.hcomm.Mc2InitTilingInner;
import io.comm4j.bindings.hcomm.Mc2cCTilingInner;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.nio.charset.StandardCharsets;

/**
 * The MC2 tiling comm4j passes to {@code HcclAllocComResourceByTiling} (contract section 4): one
 * {@code Mc2InitTilingInner} header followed by one {@code Mc2cCTilingInner} asking for a
 * BatchWrite over SDMA on the group. Every field not listed below is zero.
 *
 * <pre>
 * init.version       = 100   tiling format of the inner layout
 * init.mc2HcommCnt   = 1     one comm tiling follows
 * init.offset[0]     = 64    byte offset of inner from init
 * init.commBlockNum  = 48
 * init.devType       = 4     910B family
 * inner.version      = 1
 * inner.commEngine   = 3     SDMA
 * inner.opType       = 18    HCCL_CMD_BATCH_WRITE
 * inner.groupName    = the name HcclGetCommName returned
 * inner.algConfig    = "BatchWrite=level0:fullmesh"
 * </pre>
 */
final class Mc2Tiling {
    static final int INIT_VERSION = 100;
    static final int HCOMM_COUNT = 1;
    static final short COMM_BLOCK_NUM = 48;
    static final byte DEV_TYPE_910B = 4;
    static final byte INNER_VERSION = 1;
    static final byte ENGINE_SDMA = 3;
    static final int OP_BATCH_WRITE = 18;
    static final String ALG_CONFIG = "BatchWrite=level0:fullmesh";

    private Mc2Tiling() {
    }

    /**
     * A zeroed {@code Mc2CommConfigV2} filled as the table says.
     *
     * @throws IllegalArgumentException when the group name does not fit its 128-byte field
     */
    static MemorySegment build(final SegmentAllocator allocator, final String groupName) {
        final MemorySegment tiling = Mc2CommConfigV2.allocate(allocator).fill((byte) 0);
        final MemorySegment init = Mc2CommConfigV2.init(tiling);
        Mc2InitTilingInner.version(init, INIT_VERSION);
        Mc2InitTilingInner.mc2HcommCnt(init, HCOMM_COUNT);
        Mc2InitTilingInner.offset(init, 0, (int) Mc2CommConfigV2.inner$offset());
        Mc2InitTilingInner.commBlockNum(init, COMM_BLOCK_NUM);
        Mc2InitTilingInner.devType(init, DEV_TYPE_910B);
        final MemorySegment inner = Mc2CommConfigV2.inner(tiling);
        Mc2cCTilingInner.version(inner, INNER_VERSION);
        Mc2cCTilingInner.commEngine(inner, ENGINE_SDMA);
        Mc2cCTilingInner.opType(inner, OP_BATCH_WRITE);
        putCString(Mc2cCTilingInner.groupName(inner), groupName, "groupName");
        putCString(Mc2cCTilingInner.algConfig(inner), ALG_CONFIG, "algConfig");
        return tiling;
    }

    private static void putCString(final MemorySegment field, final String value, final String name) {
        final byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length >= field.byteSize()) {
            throw new IllegalArgumentException(name + " '" + value + "' does not fit " + field.byteSize()
                + " bytes with its terminating NUL");
        }
        MemorySegment.copy(MemorySegment.ofArray(bytes), 0, field, 0, bytes.length);
    }
}
