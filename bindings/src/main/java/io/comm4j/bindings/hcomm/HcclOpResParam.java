// Not jextract output: written in the layout jextract 25 emits for headers/hcomm_private.h;
// scripts/jextract.sh regenerates it where jextract is installed.

package io.comm4j.bindings.hcomm;

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
 * struct HcclOpResParam {
 *     uint64_t workspace;
 *     uint64_t workspaceSize;
 *     uint32_t localUsrRankId;
 *     uint32_t rankSize;
 *     uint64_t winSize;
 *     uint64_t localWindowsIn;
 *     uint64_t localWindowsOut;
 *     char hcomId[128];
 *     uint64_t winExpSize;
 *     uint64_t localWindowsExp;
 *     uint32_t rWinStart;
 *     uint32_t rWinOffset;
 *     uint64_t version;
 *     LocalResInfoV2 localRes;
 *     AlgoTopoInfo topoInfo;
 *     HcclOpConfig config;
 *     uint64_t hostStateInfo;
 *     uint64_t aicpuStateInfo;
 *     uint64_t lockAddr;
 *     uint32_t rsv[16];
 *     uint32_t notifysize;
 *     uint32_t remoteResNum;
 *     RemoteResPtr remoteRes[1];
 * }
 * }
 */
public class HcclOpResParam {

    HcclOpResParam() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        hcomm_private_h.C_LONG.withName("workspace"),
        hcomm_private_h.C_LONG.withName("workspaceSize"),
        hcomm_private_h.C_INT.withName("localUsrRankId"),
        hcomm_private_h.C_INT.withName("rankSize"),
        hcomm_private_h.C_LONG.withName("winSize"),
        hcomm_private_h.C_LONG.withName("localWindowsIn"),
        hcomm_private_h.C_LONG.withName("localWindowsOut"),
        MemoryLayout.sequenceLayout(128, hcomm_private_h.C_CHAR).withName("hcomId"),
        hcomm_private_h.C_LONG.withName("winExpSize"),
        hcomm_private_h.C_LONG.withName("localWindowsExp"),
        hcomm_private_h.C_INT.withName("rWinStart"),
        hcomm_private_h.C_INT.withName("rWinOffset"),
        hcomm_private_h.C_LONG.withName("version"),
        LocalResInfoV2.layout().withName("localRes"),
        AlgoTopoInfo.layout().withName("topoInfo"),
        HcclOpConfig.layout().withName("config"),
        hcomm_private_h.C_LONG.withName("hostStateInfo"),
        hcomm_private_h.C_LONG.withName("aicpuStateInfo"),
        hcomm_private_h.C_LONG.withName("lockAddr"),
        MemoryLayout.sequenceLayout(16, hcomm_private_h.C_INT).withName("rsv"),
        hcomm_private_h.C_INT.withName("notifysize"),
        hcomm_private_h.C_INT.withName("remoteResNum"),
        MemoryLayout.sequenceLayout(1, RemoteResPtr.layout()).withName("remoteRes")
    ).withName("HcclOpResParam");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfLong workspace$LAYOUT = (OfLong)$LAYOUT.select(groupElement("workspace"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t workspace
     * }
     */
    public static final OfLong workspace$layout() {
        return workspace$LAYOUT;
    }

    private static final long workspace$OFFSET = 0;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t workspace
     * }
     */
    public static final long workspace$offset() {
        return workspace$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t workspace
     * }
     */
    public static long workspace(MemorySegment struct) {
        return struct.get(workspace$LAYOUT, workspace$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t workspace
     * }
     */
    public static void workspace(MemorySegment struct, long fieldValue) {
        struct.set(workspace$LAYOUT, workspace$OFFSET, fieldValue);
    }

    private static final OfLong workspaceSize$LAYOUT = (OfLong)$LAYOUT.select(groupElement("workspaceSize"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t workspaceSize
     * }
     */
    public static final OfLong workspaceSize$layout() {
        return workspaceSize$LAYOUT;
    }

    private static final long workspaceSize$OFFSET = 8;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t workspaceSize
     * }
     */
    public static final long workspaceSize$offset() {
        return workspaceSize$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t workspaceSize
     * }
     */
    public static long workspaceSize(MemorySegment struct) {
        return struct.get(workspaceSize$LAYOUT, workspaceSize$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t workspaceSize
     * }
     */
    public static void workspaceSize(MemorySegment struct, long fieldValue) {
        struct.set(workspaceSize$LAYOUT, workspaceSize$OFFSET, fieldValue);
    }

    private static final OfInt localUsrRankId$LAYOUT = (OfInt)$LAYOUT.select(groupElement("localUsrRankId"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t localUsrRankId
     * }
     */
    public static final OfInt localUsrRankId$layout() {
        return localUsrRankId$LAYOUT;
    }

    private static final long localUsrRankId$OFFSET = 16;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t localUsrRankId
     * }
     */
    public static final long localUsrRankId$offset() {
        return localUsrRankId$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t localUsrRankId
     * }
     */
    public static int localUsrRankId(MemorySegment struct) {
        return struct.get(localUsrRankId$LAYOUT, localUsrRankId$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t localUsrRankId
     * }
     */
    public static void localUsrRankId(MemorySegment struct, int fieldValue) {
        struct.set(localUsrRankId$LAYOUT, localUsrRankId$OFFSET, fieldValue);
    }

    private static final OfInt rankSize$LAYOUT = (OfInt)$LAYOUT.select(groupElement("rankSize"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t rankSize
     * }
     */
    public static final OfInt rankSize$layout() {
        return rankSize$LAYOUT;
    }

    private static final long rankSize$OFFSET = 20;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t rankSize
     * }
     */
    public static final long rankSize$offset() {
        return rankSize$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t rankSize
     * }
     */
    public static int rankSize(MemorySegment struct) {
        return struct.get(rankSize$LAYOUT, rankSize$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t rankSize
     * }
     */
    public static void rankSize(MemorySegment struct, int fieldValue) {
        struct.set(rankSize$LAYOUT, rankSize$OFFSET, fieldValue);
    }

    private static final OfLong winSize$LAYOUT = (OfLong)$LAYOUT.select(groupElement("winSize"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t winSize
     * }
     */
    public static final OfLong winSize$layout() {
        return winSize$LAYOUT;
    }

    private static final long winSize$OFFSET = 24;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t winSize
     * }
     */
    public static final long winSize$offset() {
        return winSize$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t winSize
     * }
     */
    public static long winSize(MemorySegment struct) {
        return struct.get(winSize$LAYOUT, winSize$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t winSize
     * }
     */
    public static void winSize(MemorySegment struct, long fieldValue) {
        struct.set(winSize$LAYOUT, winSize$OFFSET, fieldValue);
    }

    private static final OfLong localWindowsIn$LAYOUT = (OfLong)$LAYOUT.select(groupElement("localWindowsIn"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t localWindowsIn
     * }
     */
    public static final OfLong localWindowsIn$layout() {
        return localWindowsIn$LAYOUT;
    }

    private static final long localWindowsIn$OFFSET = 32;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t localWindowsIn
     * }
     */
    public static final long localWindowsIn$offset() {
        return localWindowsIn$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t localWindowsIn
     * }
     */
    public static long localWindowsIn(MemorySegment struct) {
        return struct.get(localWindowsIn$LAYOUT, localWindowsIn$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t localWindowsIn
     * }
     */
    public static void localWindowsIn(MemorySegment struct, long fieldValue) {
        struct.set(localWindowsIn$LAYOUT, localWindowsIn$OFFSET, fieldValue);
    }

    private static final OfLong localWindowsOut$LAYOUT = (OfLong)$LAYOUT.select(groupElement("localWindowsOut"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t localWindowsOut
     * }
     */
    public static final OfLong localWindowsOut$layout() {
        return localWindowsOut$LAYOUT;
    }

    private static final long localWindowsOut$OFFSET = 40;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t localWindowsOut
     * }
     */
    public static final long localWindowsOut$offset() {
        return localWindowsOut$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t localWindowsOut
     * }
     */
    public static long localWindowsOut(MemorySegment struct) {
        return struct.get(localWindowsOut$LAYOUT, localWindowsOut$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t localWindowsOut
     * }
     */
    public static void localWindowsOut(MemorySegment struct, long fieldValue) {
        struct.set(localWindowsOut$LAYOUT, localWindowsOut$OFFSET, fieldValue);
    }

    private static final SequenceLayout hcomId$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("hcomId"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * char hcomId[128]
     * }
     */
    public static final SequenceLayout hcomId$layout() {
        return hcomId$LAYOUT;
    }

    private static final long hcomId$OFFSET = 48;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * char hcomId[128]
     * }
     */
    public static final long hcomId$offset() {
        return hcomId$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * char hcomId[128]
     * }
     */
    public static MemorySegment hcomId(MemorySegment struct) {
        return struct.asSlice(hcomId$OFFSET, hcomId$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * char hcomId[128]
     * }
     */
    public static void hcomId(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, hcomId$OFFSET, hcomId$LAYOUT.byteSize());
    }

    private static long[] hcomId$DIMS = { 128 };

    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * char hcomId[128]
     * }
     */
    public static long[] hcomId$dimensions() {
        return hcomId$DIMS;
    }
    private static final VarHandle hcomId$ELEM_HANDLE = hcomId$LAYOUT.varHandle(sequenceElement());

    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * char hcomId[128]
     * }
     */
    public static byte hcomId(MemorySegment struct, long index0) {
        return (byte)hcomId$ELEM_HANDLE.get(struct, hcomId$OFFSET, index0);
    }

    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * char hcomId[128]
     * }
     */
    public static void hcomId(MemorySegment struct, long index0, byte fieldValue) {
        hcomId$ELEM_HANDLE.set(struct, hcomId$OFFSET, index0, fieldValue);
    }

    private static final OfLong winExpSize$LAYOUT = (OfLong)$LAYOUT.select(groupElement("winExpSize"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t winExpSize
     * }
     */
    public static final OfLong winExpSize$layout() {
        return winExpSize$LAYOUT;
    }

    private static final long winExpSize$OFFSET = 176;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t winExpSize
     * }
     */
    public static final long winExpSize$offset() {
        return winExpSize$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t winExpSize
     * }
     */
    public static long winExpSize(MemorySegment struct) {
        return struct.get(winExpSize$LAYOUT, winExpSize$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t winExpSize
     * }
     */
    public static void winExpSize(MemorySegment struct, long fieldValue) {
        struct.set(winExpSize$LAYOUT, winExpSize$OFFSET, fieldValue);
    }

    private static final OfLong localWindowsExp$LAYOUT = (OfLong)$LAYOUT.select(groupElement("localWindowsExp"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t localWindowsExp
     * }
     */
    public static final OfLong localWindowsExp$layout() {
        return localWindowsExp$LAYOUT;
    }

    private static final long localWindowsExp$OFFSET = 184;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t localWindowsExp
     * }
     */
    public static final long localWindowsExp$offset() {
        return localWindowsExp$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t localWindowsExp
     * }
     */
    public static long localWindowsExp(MemorySegment struct) {
        return struct.get(localWindowsExp$LAYOUT, localWindowsExp$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t localWindowsExp
     * }
     */
    public static void localWindowsExp(MemorySegment struct, long fieldValue) {
        struct.set(localWindowsExp$LAYOUT, localWindowsExp$OFFSET, fieldValue);
    }

    private static final OfInt rWinStart$LAYOUT = (OfInt)$LAYOUT.select(groupElement("rWinStart"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t rWinStart
     * }
     */
    public static final OfInt rWinStart$layout() {
        return rWinStart$LAYOUT;
    }

    private static final long rWinStart$OFFSET = 192;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t rWinStart
     * }
     */
    public static final long rWinStart$offset() {
        return rWinStart$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t rWinStart
     * }
     */
    public static int rWinStart(MemorySegment struct) {
        return struct.get(rWinStart$LAYOUT, rWinStart$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t rWinStart
     * }
     */
    public static void rWinStart(MemorySegment struct, int fieldValue) {
        struct.set(rWinStart$LAYOUT, rWinStart$OFFSET, fieldValue);
    }

    private static final OfInt rWinOffset$LAYOUT = (OfInt)$LAYOUT.select(groupElement("rWinOffset"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t rWinOffset
     * }
     */
    public static final OfInt rWinOffset$layout() {
        return rWinOffset$LAYOUT;
    }

    private static final long rWinOffset$OFFSET = 196;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t rWinOffset
     * }
     */
    public static final long rWinOffset$offset() {
        return rWinOffset$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t rWinOffset
     * }
     */
    public static int rWinOffset(MemorySegment struct) {
        return struct.get(rWinOffset$LAYOUT, rWinOffset$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t rWinOffset
     * }
     */
    public static void rWinOffset(MemorySegment struct, int fieldValue) {
        struct.set(rWinOffset$LAYOUT, rWinOffset$OFFSET, fieldValue);
    }

    private static final OfLong version$LAYOUT = (OfLong)$LAYOUT.select(groupElement("version"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t version
     * }
     */
    public static final OfLong version$layout() {
        return version$LAYOUT;
    }

    private static final long version$OFFSET = 200;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t version
     * }
     */
    public static final long version$offset() {
        return version$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t version
     * }
     */
    public static long version(MemorySegment struct) {
        return struct.get(version$LAYOUT, version$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t version
     * }
     */
    public static void version(MemorySegment struct, long fieldValue) {
        struct.set(version$LAYOUT, version$OFFSET, fieldValue);
    }

    private static final GroupLayout localRes$LAYOUT = (GroupLayout)$LAYOUT.select(groupElement("localRes"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * LocalResInfoV2 localRes
     * }
     */
    public static final GroupLayout localRes$layout() {
        return localRes$LAYOUT;
    }

    private static final long localRes$OFFSET = 208;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * LocalResInfoV2 localRes
     * }
     */
    public static final long localRes$offset() {
        return localRes$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * LocalResInfoV2 localRes
     * }
     */
    public static MemorySegment localRes(MemorySegment struct) {
        return struct.asSlice(localRes$OFFSET, localRes$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * LocalResInfoV2 localRes
     * }
     */
    public static void localRes(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, localRes$OFFSET, localRes$LAYOUT.byteSize());
    }

    private static final GroupLayout topoInfo$LAYOUT = (GroupLayout)$LAYOUT.select(groupElement("topoInfo"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * AlgoTopoInfo topoInfo
     * }
     */
    public static final GroupLayout topoInfo$layout() {
        return topoInfo$LAYOUT;
    }

    private static final long topoInfo$OFFSET = 2680;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * AlgoTopoInfo topoInfo
     * }
     */
    public static final long topoInfo$offset() {
        return topoInfo$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * AlgoTopoInfo topoInfo
     * }
     */
    public static MemorySegment topoInfo(MemorySegment struct) {
        return struct.asSlice(topoInfo$OFFSET, topoInfo$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * AlgoTopoInfo topoInfo
     * }
     */
    public static void topoInfo(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, topoInfo$OFFSET, topoInfo$LAYOUT.byteSize());
    }

    private static final GroupLayout config$LAYOUT = (GroupLayout)$LAYOUT.select(groupElement("config"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * HcclOpConfig config
     * }
     */
    public static final GroupLayout config$layout() {
        return config$LAYOUT;
    }

    private static final long config$OFFSET = 2840;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * HcclOpConfig config
     * }
     */
    public static final long config$offset() {
        return config$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * HcclOpConfig config
     * }
     */
    public static MemorySegment config(MemorySegment struct) {
        return struct.asSlice(config$OFFSET, config$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * HcclOpConfig config
     * }
     */
    public static void config(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, config$OFFSET, config$LAYOUT.byteSize());
    }

    private static final OfLong hostStateInfo$LAYOUT = (OfLong)$LAYOUT.select(groupElement("hostStateInfo"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t hostStateInfo
     * }
     */
    public static final OfLong hostStateInfo$layout() {
        return hostStateInfo$LAYOUT;
    }

    private static final long hostStateInfo$OFFSET = 2888;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t hostStateInfo
     * }
     */
    public static final long hostStateInfo$offset() {
        return hostStateInfo$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t hostStateInfo
     * }
     */
    public static long hostStateInfo(MemorySegment struct) {
        return struct.get(hostStateInfo$LAYOUT, hostStateInfo$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t hostStateInfo
     * }
     */
    public static void hostStateInfo(MemorySegment struct, long fieldValue) {
        struct.set(hostStateInfo$LAYOUT, hostStateInfo$OFFSET, fieldValue);
    }

    private static final OfLong aicpuStateInfo$LAYOUT = (OfLong)$LAYOUT.select(groupElement("aicpuStateInfo"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t aicpuStateInfo
     * }
     */
    public static final OfLong aicpuStateInfo$layout() {
        return aicpuStateInfo$LAYOUT;
    }

    private static final long aicpuStateInfo$OFFSET = 2896;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t aicpuStateInfo
     * }
     */
    public static final long aicpuStateInfo$offset() {
        return aicpuStateInfo$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t aicpuStateInfo
     * }
     */
    public static long aicpuStateInfo(MemorySegment struct) {
        return struct.get(aicpuStateInfo$LAYOUT, aicpuStateInfo$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t aicpuStateInfo
     * }
     */
    public static void aicpuStateInfo(MemorySegment struct, long fieldValue) {
        struct.set(aicpuStateInfo$LAYOUT, aicpuStateInfo$OFFSET, fieldValue);
    }

    private static final OfLong lockAddr$LAYOUT = (OfLong)$LAYOUT.select(groupElement("lockAddr"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t lockAddr
     * }
     */
    public static final OfLong lockAddr$layout() {
        return lockAddr$LAYOUT;
    }

    private static final long lockAddr$OFFSET = 2904;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t lockAddr
     * }
     */
    public static final long lockAddr$offset() {
        return lockAddr$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t lockAddr
     * }
     */
    public static long lockAddr(MemorySegment struct) {
        return struct.get(lockAddr$LAYOUT, lockAddr$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t lockAddr
     * }
     */
    public static void lockAddr(MemorySegment struct, long fieldValue) {
        struct.set(lockAddr$LAYOUT, lockAddr$OFFSET, fieldValue);
    }

    private static final SequenceLayout rsv$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("rsv"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t rsv[16]
     * }
     */
    public static final SequenceLayout rsv$layout() {
        return rsv$LAYOUT;
    }

    private static final long rsv$OFFSET = 2912;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t rsv[16]
     * }
     */
    public static final long rsv$offset() {
        return rsv$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t rsv[16]
     * }
     */
    public static MemorySegment rsv(MemorySegment struct) {
        return struct.asSlice(rsv$OFFSET, rsv$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t rsv[16]
     * }
     */
    public static void rsv(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, rsv$OFFSET, rsv$LAYOUT.byteSize());
    }

    private static long[] rsv$DIMS = { 16 };

    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * uint32_t rsv[16]
     * }
     */
    public static long[] rsv$dimensions() {
        return rsv$DIMS;
    }
    private static final VarHandle rsv$ELEM_HANDLE = rsv$LAYOUT.varHandle(sequenceElement());

    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * uint32_t rsv[16]
     * }
     */
    public static int rsv(MemorySegment struct, long index0) {
        return (int)rsv$ELEM_HANDLE.get(struct, rsv$OFFSET, index0);
    }

    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * uint32_t rsv[16]
     * }
     */
    public static void rsv(MemorySegment struct, long index0, int fieldValue) {
        rsv$ELEM_HANDLE.set(struct, rsv$OFFSET, index0, fieldValue);
    }

    private static final OfInt notifysize$LAYOUT = (OfInt)$LAYOUT.select(groupElement("notifysize"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t notifysize
     * }
     */
    public static final OfInt notifysize$layout() {
        return notifysize$LAYOUT;
    }

    private static final long notifysize$OFFSET = 2976;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t notifysize
     * }
     */
    public static final long notifysize$offset() {
        return notifysize$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t notifysize
     * }
     */
    public static int notifysize(MemorySegment struct) {
        return struct.get(notifysize$LAYOUT, notifysize$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t notifysize
     * }
     */
    public static void notifysize(MemorySegment struct, int fieldValue) {
        struct.set(notifysize$LAYOUT, notifysize$OFFSET, fieldValue);
    }

    private static final OfInt remoteResNum$LAYOUT = (OfInt)$LAYOUT.select(groupElement("remoteResNum"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t remoteResNum
     * }
     */
    public static final OfInt remoteResNum$layout() {
        return remoteResNum$LAYOUT;
    }

    private static final long remoteResNum$OFFSET = 2980;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t remoteResNum
     * }
     */
    public static final long remoteResNum$offset() {
        return remoteResNum$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t remoteResNum
     * }
     */
    public static int remoteResNum(MemorySegment struct) {
        return struct.get(remoteResNum$LAYOUT, remoteResNum$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t remoteResNum
     * }
     */
    public static void remoteResNum(MemorySegment struct, int fieldValue) {
        struct.set(remoteResNum$LAYOUT, remoteResNum$OFFSET, fieldValue);
    }

    private static final SequenceLayout remoteRes$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("remoteRes"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * RemoteResPtr remoteRes[1]
     * }
     */
    public static final SequenceLayout remoteRes$layout() {
        return remoteRes$LAYOUT;
    }

    private static final long remoteRes$OFFSET = 2984;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * RemoteResPtr remoteRes[1]
     * }
     */
    public static final long remoteRes$offset() {
        return remoteRes$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * RemoteResPtr remoteRes[1]
     * }
     */
    public static MemorySegment remoteRes(MemorySegment struct) {
        return struct.asSlice(remoteRes$OFFSET, remoteRes$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * RemoteResPtr remoteRes[1]
     * }
     */
    public static void remoteRes(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, remoteRes$OFFSET, remoteRes$LAYOUT.byteSize());
    }

    private static long[] remoteRes$DIMS = { 1 };

    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * RemoteResPtr remoteRes[1]
     * }
     */
    public static long[] remoteRes$dimensions() {
        return remoteRes$DIMS;
    }
    private static final MethodHandle remoteRes$ELEM_HANDLE = remoteRes$LAYOUT.sliceHandle(sequenceElement());

    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * RemoteResPtr remoteRes[1]
     * }
     */
    public static MemorySegment remoteRes(MemorySegment struct, long index0) {
        try {
            return (MemorySegment)remoteRes$ELEM_HANDLE.invokeExact(struct, remoteRes$OFFSET, index0);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * RemoteResPtr remoteRes[1]
     * }
     */
    public static void remoteRes(MemorySegment struct, long index0, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, remoteRes(struct, index0), 0L, RemoteResPtr.layout().byteSize());
    }

    /**
     * Obtains a slice of {@code arrayParam} which selects the array element at {@code index}.
     * The returned segment has address {@code arrayParam.address() + index * layout().byteSize()}
     */
    public static MemorySegment asSlice(MemorySegment array, long index) {
        return array.asSlice(layout().byteSize() * index);
    }

    /**
     * The size (in bytes) of this struct
     */
    public static long sizeof() { return layout().byteSize(); }

    /**
     * Allocate a segment of size {@code layout().byteSize()} using {@code allocator}
     */
    public static MemorySegment allocate(SegmentAllocator allocator) {
        return allocator.allocate(layout());
    }

    /**
     * Allocate an array of size {@code elementCount} using {@code allocator}.
     * The returned segment has size {@code elementCount * layout().byteSize()}.
     */
    public static MemorySegment allocateArray(long elementCount, SegmentAllocator allocator) {
        return allocator.allocate(MemoryLayout.sequenceLayout(elementCount, layout()));
    }

    /**
     * Reinterprets {@code addr} using target {@code arena} and {@code cleanupAction} (if any).
     * The returned segment has size {@code layout().byteSize()}
     */
    public static MemorySegment reinterpret(MemorySegment addr, Arena arena, Consumer<MemorySegment> cleanup) {
        return reinterpret(addr, 1, arena, cleanup);
    }

    /**
     * Reinterprets {@code addr} using target {@code arena} and {@code cleanupAction} (if any).
     * The returned segment has size {@code elementCount * layout().byteSize()}
     */
    public static MemorySegment reinterpret(MemorySegment addr, long elementCount, Arena arena, Consumer<MemorySegment> cleanup) {
        return addr.reinterpret(layout().byteSize() * elementCount, arena, cleanup);
    }
}
