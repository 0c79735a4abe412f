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
 * struct AlgoTopoInfo {
 *     uint32_t userRank;
 *     uint32_t userRankSize;
 *     int32_t deviceLogicId;
 *     bool isSingleMeshAggregation;
 *     uint32_t deviceNumPerAggregation;
 *     uint32_t superPodNum;
 *     uint32_t devicePhyId;
 *     uint32_t topoType;
 *     uint32_t deviceType;
 *     uint32_t serverNum;
 *     uint32_t meshAggregationRankSize;
 *     uint32_t multiModuleDiffDeviceNumMode;
 *     uint32_t multiSuperPodDiffServerNumMode;
 *     uint32_t realUserRank;
 *     bool isDiffDeviceModule;
 *     bool isDiffDeviceType;
 *     uint32_t gcdDeviceNumPerAggregation;
 *     uint32_t moduleNum;
 *     uint32_t isUsedRdmaRankPairNum;
 *     uint64_t isUsedRdmaRankPair;
 *     uint32_t pairLinkCounterNum;
 *     uint64_t pairLinkCounter;
 *     uint32_t nicNum;
 *     uint64_t nicList;
 *     uint64_t complanRankLength;
 *     uint64_t complanRank;
 *     uint64_t bridgeRankNum;
 *     uint64_t bridgeRank;
 *     uint64_t serverAndsuperPodRankLength;
 *     uint64_t serverAndsuperPodRank;
 * }
 * }
 */
public class AlgoTopoInfo {

    AlgoTopoInfo() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        hcomm_private_h.C_INT.withName("userRank"),
        hcomm_private_h.C_INT.withName("userRankSize"),
        hcomm_private_h.C_INT.withName("deviceLogicId"),
        hcomm_private_h.C_BOOL.withName("isSingleMeshAggregation"),
        MemoryLayout.paddingLayout(3),
        hcomm_private_h.C_INT.withName("deviceNumPerAggregation"),
        hcomm_private_h.C_INT.withName("superPodNum"),
        hcomm_private_h.C_INT.withName("devicePhyId"),
        hcomm_private_h.C_INT.withName("topoType"),
        hcomm_private_h.C_INT.withName("deviceType"),
        hcomm_private_h.C_INT.withName("serverNum"),
        hcomm_private_h.C_INT.withName("meshAggregationRankSize"),
        hcomm_private_h.C_INT.withName("multiModuleDiffDeviceNumMode"),
        hcomm_private_h.C_INT.withName("multiSuperPodDiffServerNumMode"),
        hcomm_private_h.C_INT.withName("realUserRank"),
        hcomm_private_h.C_BOOL.withName("isDiffDeviceModule"),
        hcomm_private_h.C_BOOL.withName("isDiffDeviceType"),
        MemoryLayout.paddingLayout(2),
        hcomm_private_h.C_INT.withName("gcdDeviceNumPerAggregation"),
        hcomm_private_h.C_INT.withName("moduleNum"),
        hcomm_private_h.C_INT.withName("isUsedRdmaRankPairNum"),
        hcomm_private_h.C_LONG.withName("isUsedRdmaRankPair"),
        hcomm_private_h.C_INT.withName("pairLinkCounterNum"),
        MemoryLayout.paddingLayout(4),
        hcomm_private_h.C_LONG.withName("pairLinkCounter"),
        hcomm_private_h.C_INT.withName("nicNum"),
        MemoryLayout.paddingLayout(4),
        hcomm_private_h.C_LONG.withName("nicList"),
        hcomm_private_h.C_LONG.withName("complanRankLength"),
        hcomm_private_h.C_LONG.withName("complanRank"),
        hcomm_private_h.C_LONG.withName("bridgeRankNum"),
        hcomm_private_h.C_LONG.withName("bridgeRank"),
        hcomm_private_h.C_LONG.withName("serverAndsuperPodRankLength"),
        hcomm_private_h.C_LONG.withName("serverAndsuperPodRank")
    ).withName("AlgoTopoInfo");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt userRank$LAYOUT = (OfInt)$LAYOUT.select(groupElement("userRank"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t userRank
     * }
     */
    public static final OfInt userRank$layout() {
        return userRank$LAYOUT;
    }

    private static final long userRank$OFFSET = 0;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t userRank
     * }
     */
    public static final long userRank$offset() {
        return userRank$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t userRank
     * }
     */
    public static int userRank(MemorySegment struct) {
        return struct.get(userRank$LAYOUT, userRank$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t userRank
     * }
     */
    public static void userRank(MemorySegment struct, int fieldValue) {
        struct.set(userRank$LAYOUT, userRank$OFFSET, fieldValue);
    }

    private static final OfInt userRankSize$LAYOUT = (OfInt)$LAYOUT.select(groupElement("userRankSize"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t userRankSize
     * }
     */
    public static final OfInt userRankSize$layout() {
        return userRankSize$LAYOUT;
    }

    private static final long userRankSize$OFFSET = 4;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t userRankSize
     * }
     */
    public static final long userRankSize$offset() {
        return userRankSize$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t userRankSize
     * }
     */
    public static int userRankSize(MemorySegment struct) {
        return struct.get(userRankSize$LAYOUT, userRankSize$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t userRankSize
     * }
     */
    public static void userRankSize(MemorySegment struct, int fieldValue) {
        struct.set(userRankSize$LAYOUT, userRankSize$OFFSET, fieldValue);
    }

    private static final OfInt deviceLogicId$LAYOUT = (OfInt)$LAYOUT.select(groupElement("deviceLogicId"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * int32_t deviceLogicId
     * }
     */
    public static final OfInt deviceLogicId$layout() {
        return deviceLogicId$LAYOUT;
    }

    private static final long deviceLogicId$OFFSET = 8;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * int32_t deviceLogicId
     * }
     */
    public static final long deviceLogicId$offset() {
        return deviceLogicId$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * int32_t deviceLogicId
     * }
     */
    public static int deviceLogicId(MemorySegment struct) {
        return struct.get(deviceLogicId$LAYOUT, deviceLogicId$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * int32_t deviceLogicId
     * }
     */
    public static void deviceLogicId(MemorySegment struct, int fieldValue) {
        struct.set(deviceLogicId$LAYOUT, deviceLogicId$OFFSET, fieldValue);
    }

    private static final OfBoolean isSingleMeshAggregation$LAYOUT = (OfBoolean)$LAYOUT.select(groupElement("isSingleMeshAggregation"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * bool isSingleMeshAggregation
     * }
     */
    public static final OfBoolean isSingleMeshAggregation$layout() {
        return isSingleMeshAggregation$LAYOUT;
    }

    private static final long isSingleMeshAggregation$OFFSET = 12;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * bool isSingleMeshAggregation
     * }
     */
    public static final long isSingleMeshAggregation$offset() {
        return isSingleMeshAggregation$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * bool isSingleMeshAggregation
     * }
     */
    public static boolean isSingleMeshAggregation(MemorySegment struct) {
        return struct.get(isSingleMeshAggregation$LAYOUT, isSingleMeshAggregation$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * bool isSingleMeshAggregation
     * }
     */
    public static void isSingleMeshAggregation(MemorySegment struct, boolean fieldValue) {
        struct.set(isSingleMeshAggregation$LAYOUT, isSingleMeshAggregation$OFFSET, fieldValue);
    }

    private static final OfInt deviceNumPerAggregation$LAYOUT = (OfInt)$LAYOUT.select(groupElement("deviceNumPerAggregation"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t deviceNumPerAggregation
     * }
     */
    public static final OfInt deviceNumPerAggregation$layout() {
        return deviceNumPerAggregation$LAYOUT;
    }

    private static final long deviceNumPerAggregation$OFFSET = 16;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t deviceNumPerAggregation
     * }
     */
    public static final long deviceNumPerAggregation$offset() {
        return deviceNumPerAggregation$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t deviceNumPerAggregation
     * }
     */
    public static int deviceNumPerAggregation(MemorySegment struct) {
        return struct.get(deviceNumPerAggregation$LAYOUT, deviceNumPerAggregation$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t deviceNumPerAggregation
     * }
     */
    public static void deviceNumPerAggregation(MemorySegment struct, int fieldValue) {
        struct.set(deviceNumPerAggregation$LAYOUT, deviceNumPerAggregation$OFFSET, fieldValue);
    }

    private static final OfInt superPodNum$LAYOUT = (OfInt)$LAYOUT.select(groupElement("superPodNum"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t superPodNum
     * }
     */
    public static final OfInt superPodNum$layout() {
        return superPodNum$LAYOUT;
    }

    private static final long superPodNum$OFFSET = 20;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t superPodNum
     * }
     */
    public static final long superPodNum$offset() {
        return superPodNum$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t superPodNum
     * }
     */
    public static int superPodNum(MemorySegment struct) {
        return struct.get(superPodNum$LAYOUT, superPodNum$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t superPodNum
     * }
     */
    public static void superPodNum(MemorySegment struct, int fieldValue) {
        struct.set(superPodNum$LAYOUT, superPodNum$OFFSET, fieldValue);
    }

    private static final OfInt devicePhyId$LAYOUT = (OfInt)$LAYOUT.select(groupElement("devicePhyId"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t devicePhyId
     * }
     */
    public static final OfInt devicePhyId$layout() {
        return devicePhyId$LAYOUT;
    }

    private static final long devicePhyId$OFFSET = 24;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t devicePhyId
     * }
     */
    public static final long devicePhyId$offset() {
        return devicePhyId$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t devicePhyId
     * }
     */
    public static int devicePhyId(MemorySegment struct) {
        return struct.get(devicePhyId$LAYOUT, devicePhyId$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t devicePhyId
     * }
     */
    public static void devicePhyId(MemorySegment struct, int fieldValue) {
        struct.set(devicePhyId$LAYOUT, devicePhyId$OFFSET, fieldValue);
    }

    private static final OfInt topoType$LAYOUT = (OfInt)$LAYOUT.select(groupElement("topoType"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t topoType
     * }
     */
    public static final OfInt topoType$layout() {
        return topoType$LAYOUT;
    }

    private static final long topoType$OFFSET = 28;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t topoType
     * }
     */
    public static final long topoType$offset() {
        return topoType$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t topoType
     * }
     */
    public static int topoType(MemorySegment struct) {
        return struct.get(topoType$LAYOUT, topoType$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t topoType
     * }
     */
    public static void topoType(MemorySegment struct, int fieldValue) {
        struct.set(topoType$LAYOUT, topoType$OFFSET, fieldValue);
    }

    private static final OfInt deviceType$LAYOUT = (OfInt)$LAYOUT.select(groupElement("deviceType"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t deviceType
     * }
     */
    public static final OfInt deviceType$layout() {
        return deviceType$LAYOUT;
    }

    private static final long deviceType$OFFSET = 32;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t deviceType
     * }
     */
    public static final long deviceType$offset() {
        return deviceType$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t deviceType
     * }
     */
    public static int deviceType(MemorySegment struct) {
        return struct.get(deviceType$LAYOUT, deviceType$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t deviceType
     * }
     */
    public static void deviceType(MemorySegment struct, int fieldValue) {
        struct.set(deviceType$LAYOUT, deviceType$OFFSET, fieldValue);
    }

    private static final OfInt serverNum$LAYOUT = (OfInt)$LAYOUT.select(groupElement("serverNum"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t serverNum
     * }
     */
    public static final OfInt serverNum$layout() {
        return serverNum$LAYOUT;
    }

    private static final long serverNum$OFFSET = 36;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t serverNum
     * }
     */
    public static final long serverNum$offset() {
        return serverNum$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t serverNum
     * }
     */
    public static int serverNum(MemorySegment struct) {
        return struct.get(serverNum$LAYOUT, serverNum$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t serverNum
     * }
     */
    public static void serverNum(MemorySegment struct, int fieldValue) {
        struct.set(serverNum$LAYOUT, serverNum$OFFSET, fieldValue);
    }

    private static final OfInt meshAggregationRankSize$LAYOUT = (OfInt)$LAYOUT.select(groupElement("meshAggregationRankSize"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t meshAggregationRankSize
     * }
     */
    public static final OfInt meshAggregationRankSize$layout() {
        return meshAggregationRankSize$LAYOUT;
    }

    private static final long meshAggregationRankSize$OFFSET = 40;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t meshAggregationRankSize
     * }
     */
    public static final long meshAggregationRankSize$offset() {
        return meshAggregationRankSize$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t meshAggregationRankSize
     * }
     */
    public static int meshAggregationRankSize(MemorySegment struct) {
        return struct.get(meshAggregationRankSize$LAYOUT, meshAggregationRankSize$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t meshAggregationRankSize
     * }
     */
    public static void meshAggregationRankSize(MemorySegment struct, int fieldValue) {
        struct.set(meshAggregationRankSize$LAYOUT, meshAggregationRankSize$OFFSET, fieldValue);
    }

    private static final OfInt multiModuleDiffDeviceNumMode$LAYOUT = (OfInt)$LAYOUT.select(groupElement("multiModuleDiffDeviceNumMode"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t multiModuleDiffDeviceNumMode
     * }
     */
    public static final OfInt multiModuleDiffDeviceNumMode$layout() {
        return multiModuleDiffDeviceNumMode$LAYOUT;
    }

    private static final long multiModuleDiffDeviceNumMode$OFFSET = 44;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t multiModuleDiffDeviceNumMode
     * }
     */
    public static final long multiModuleDiffDeviceNumMode$offset() {
        return multiModuleDiffDeviceNumMode$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t multiModuleDiffDeviceNumMode
     * }
     */
    public static int multiModuleDiffDeviceNumMode(MemorySegment struct) {
        return struct.get(multiModuleDiffDeviceNumMode$LAYOUT, multiModuleDiffDeviceNumMode$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t multiModuleDiffDeviceNumMode
     * }
     */
    public static void multiModuleDiffDeviceNumMode(MemorySegment struct, int fieldValue) {
        struct.set(multiModuleDiffDeviceNumMode$LAYOUT, multiModuleDiffDeviceNumMode$OFFSET, fieldValue);
    }

    private static final OfInt multiSuperPodDiffServerNumMode$LAYOUT = (OfInt)$LAYOUT.select(groupElement("multiSuperPodDiffServerNumMode"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t multiSuperPodDiffServerNumMode
     * }
     */
    public static final OfInt multiSuperPodDiffServerNumMode$layout() {
        return multiSuperPodDiffServerNumMode$LAYOUT;
    }

    private static final long multiSuperPodDiffServerNumMode$OFFSET = 48;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t multiSuperPodDiffServerNumMode
     * }
     */
    public static final long multiSuperPodDiffServerNumMode$offset() {
        return multiSuperPodDiffServerNumMode$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t multiSuperPodDiffServerNumMode
     * }
     */
    public static int multiSuperPodDiffServerNumMode(MemorySegment struct) {
        return struct.get(multiSuperPodDiffServerNumMode$LAYOUT, multiSuperPodDiffServerNumMode$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t multiSuperPodDiffServerNumMode
     * }
     */
    public static void multiSuperPodDiffServerNumMode(MemorySegment struct, int fieldValue) {
        struct.set(multiSuperPodDiffServerNumMode$LAYOUT, multiSuperPodDiffServerNumMode$OFFSET, fieldValue);
    }

    private static final OfInt realUserRank$LAYOUT = (OfInt)$LAYOUT.select(groupElement("realUserRank"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t realUserRank
     * }
     */
    public static final OfInt realUserRank$layout() {
        return realUserRank$LAYOUT;
    }

    private static final long realUserRank$OFFSET = 52;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t realUserRank
     * }
     */
    public static final long realUserRank$offset() {
        return realUserRank$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t realUserRank
     * }
     */
    public static int realUserRank(MemorySegment struct) {
        return struct.get(realUserRank$LAYOUT, realUserRank$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t realUserRank
     * }
     */
    public static void realUserRank(MemorySegment struct, int fieldValue) {
        struct.set(realUserRank$LAYOUT, realUserRank$OFFSET, fieldValue);
    }

    private static final OfBoolean isDiffDeviceModule$LAYOUT = (OfBoolean)$LAYOUT.select(groupElement("isDiffDeviceModule"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * bool isDiffDeviceModule
     * }
     */
    public static final OfBoolean isDiffDeviceModule$layout() {
        return isDiffDeviceModule$LAYOUT;
    }

    private static final long isDiffDeviceModule$OFFSET = 56;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * bool isDiffDeviceModule
     * }
     */
    public static final long isDiffDeviceModule$offset() {
        return isDiffDeviceModule$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * bool isDiffDeviceModule
     * }
     */
    public static boolean isDiffDeviceModule(MemorySegment struct) {
        return struct.get(isDiffDeviceModule$LAYOUT, isDiffDeviceModule$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * bool isDiffDeviceModule
     * }
     */
    public static void isDiffDeviceModule(MemorySegment struct, boolean fieldValue) {
        struct.set(isDiffDeviceModule$LAYOUT, isDiffDeviceModule$OFFSET, fieldValue);
    }

    private static final OfBoolean isDiffDeviceType$LAYOUT = (OfBoolean)$LAYOUT.select(groupElement("isDiffDeviceType"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * bool isDiffDeviceType
     * }
     */
    public static final OfBoolean isDiffDeviceType$layout() {
        return isDiffDeviceType$LAYOUT;
    }

    private static final long isDiffDeviceType$OFFSET = 57;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * bool isDiffDeviceType
     * }
     */
    public static final long isDiffDeviceType$offset() {
        return isDiffDeviceType$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * bool isDiffDeviceType
     * }
     */
    public static boolean isDiffDeviceType(MemorySegment struct) {
        return struct.get(isDiffDeviceType$LAYOUT, isDiffDeviceType$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * bool isDiffDeviceType
     * }
     */
    public static void isDiffDeviceType(MemorySegment struct, boolean fieldValue) {
        struct.set(isDiffDeviceType$LAYOUT, isDiffDeviceType$OFFSET, fieldValue);
    }

    private static final OfInt gcdDeviceNumPerAggregation$LAYOUT = (OfInt)$LAYOUT.select(groupElement("gcdDeviceNumPerAggregation"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t gcdDeviceNumPerAggregation
     * }
     */
    public static final OfInt gcdDeviceNumPerAggregation$layout() {
        return gcdDeviceNumPerAggregation$LAYOUT;
    }

    private static final long gcdDeviceNumPerAggregation$OFFSET = 60;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t gcdDeviceNumPerAggregation
     * }
     */
    public static final long gcdDeviceNumPerAggregation$offset() {
        return gcdDeviceNumPerAggregation$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t gcdDeviceNumPerAggregation
     * }
     */
    public static int gcdDeviceNumPerAggregation(MemorySegment struct) {
        return struct.get(gcdDeviceNumPerAggregation$LAYOUT, gcdDeviceNumPerAggregation$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t gcdDeviceNumPerAggregation
     * }
     */
    public static void gcdDeviceNumPerAggregation(MemorySegment struct, int fieldValue) {
        struct.set(gcdDeviceNumPerAggregation$LAYOUT, gcdDeviceNumPerAggregation$OFFSET, fieldValue);
    }

    private static final OfInt moduleNum$LAYOUT = (OfInt)$LAYOUT.select(groupElement("moduleNum"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t moduleNum
     * }
     */
    public static final OfInt moduleNum$layout() {
        return moduleNum$LAYOUT;
    }

    private static final long moduleNum$OFFSET = 64;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t moduleNum
     * }
     */
    public static final long moduleNum$offset() {
        return moduleNum$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t moduleNum
     * }
     */
    public static int moduleNum(MemorySegment struct) {
        return struct.get(moduleNum$LAYOUT, moduleNum$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t moduleNum
     * }
     */
    public static void moduleNum(MemorySegment struct, int fieldValue) {
        struct.set(moduleNum$LAYOUT, moduleNum$OFFSET, fieldValue);
    }

    private static final OfInt isUsedRdmaRankPairNum$LAYOUT = (OfInt)$LAYOUT.select(groupElement("isUsedRdmaRankPairNum"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t isUsedRdmaRankPairNum
     * }
     */
    public static final OfInt isUsedRdmaRankPairNum$layout() {
        return isUsedRdmaRankPairNum$LAYOUT;
    }

    private static final long isUsedRdmaRankPairNum$OFFSET = 68;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t isUsedRdmaRankPairNum
     * }
     */
    public static final long isUsedRdmaRankPairNum$offset() {
        return isUsedRdmaRankPairNum$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t isUsedRdmaRankPairNum
     * }
     */
    public static int isUsedRdmaRankPairNum(MemorySegment struct) {
        return struct.get(isUsedRdmaRankPairNum$LAYOUT, isUsedRdmaRankPairNum$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t isUsedRdmaRankPairNum
     * }
     */
    public static void isUsedRdmaRankPairNum(MemorySegment struct, int fieldValue) {
        struct.set(isUsedRdmaRankPairNum$LAYOUT, isUsedRdmaRankPairNum$OFFSET, fieldValue);
    }

    private static final OfLong isUsedRdmaRankPair$LAYOUT = (OfLong)$LAYOUT.select(groupElement("isUsedRdmaRankPair"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t isUsedRdmaRankPair
     * }
     */
    public static final OfLong isUsedRdmaRankPair$layout() {
        return isUsedRdmaRankPair$LAYOUT;
    }

    private static final long isUsedRdmaRankPair$OFFSET = 72;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t isUsedRdmaRankPair
     * }
     */
    public static final long isUsedRdmaRankPair$offset() {
        return isUsedRdmaRankPair$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t isUsedRdmaRankPair
     * }
     */
    public static long isUsedRdmaRankPair(MemorySegment struct) {
        return struct.get(isUsedRdmaRankPair$LAYOUT, isUsedRdmaRankPair$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t isUsedRdmaRankPair
     * }
     */
    public static void isUsedRdmaRankPair(MemorySegment struct, long fieldValue) {
        struct.set(isUsedRdmaRankPair$LAYOUT, isUsedRdmaRankPair$OFFSET, fieldValue);
    }

    private static final OfInt pairLinkCounterNum$LAYOUT = (OfInt)$LAYOUT.select(groupElement("pairLinkCounterNum"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t pairLinkCounterNum
     * }
     */
    public static final OfInt pairLinkCounterNum$layout() {
        return pairLinkCounterNum$LAYOUT;
    }

    private static final long pairLinkCounterNum$OFFSET = 80;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t pairLinkCounterNum
     * }
     */
    public static final long pairLinkCounterNum$offset() {
        return pairLinkCounterNum$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t pairLinkCounterNum
     * }
     */
    public static int pairLinkCounterNum(MemorySegment struct) {
        return struct.get(pairLinkCounterNum$LAYOUT, pairLinkCounterNum$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t pairLinkCounterNum
     * }
     */
    public static void pairLinkCounterNum(MemorySegment struct, int fieldValue) {
        struct.set(pairLinkCounterNum$LAYOUT, pairLinkCounterNum$OFFSET, fieldValue);
    }

    private static final OfLong pairLinkCounter$LAYOUT = (OfLong)$LAYOUT.select(groupElement("pairLinkCounter"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t pairLinkCounter
     * }
     */
    public static final OfLong pairLinkCounter$layout() {
        return pairLinkCounter$LAYOUT;
    }

    private static final long pairLinkCounter$OFFSET = 88;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t pairLinkCounter
     * }
     */
    public static final long pairLinkCounter$offset() {
        return pairLinkCounter$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t pairLinkCounter
     * }
     */
    public static long pairLinkCounter(MemorySegment struct) {
        return struct.get(pairLinkCounter$LAYOUT, pairLinkCounter$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t pairLinkCounter
     * }
     */
    public static void pairLinkCounter(MemorySegment struct, long fieldValue) {
        struct.set(pairLinkCounter$LAYOUT, pairLinkCounter$OFFSET, fieldValue);
    }

    private static final OfInt nicNum$LAYOUT = (OfInt)$LAYOUT.select(groupElement("nicNum"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t nicNum
     * }
     */
    public static final OfInt nicNum$layout() {
        return nicNum$LAYOUT;
    }

    private static final long nicNum$OFFSET = 96;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t nicNum
     * }
     */
    public static final long nicNum$offset() {
        return nicNum$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t nicNum
     * }
     */
    public static int nicNum(MemorySegment struct) {
        return struct.get(nicNum$LAYOUT, nicNum$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t nicNum
     * }
     */
    public static void nicNum(MemorySegment struct, int fieldValue) {
        struct.set(nicNum$LAYOUT, nicNum$OFFSET, fieldValue);
    }

    private static final OfLong nicList$LAYOUT = (OfLong)$LAYOUT.select(groupElement("nicList"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t nicList
     * }
     */
    public static final OfLong nicList$layout() {
        return nicList$LAYOUT;
    }

    private static final long nicList$OFFSET = 104;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t nicList
     * }
     */
    public static final long nicList$offset() {
        return nicList$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t nicList
     * }
     */
    public static long nicList(MemorySegment struct) {
        return struct.get(nicList$LAYOUT, nicList$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t nicList
     * }
     */
    public static void nicList(MemorySegment struct, long fieldValue) {
        struct.set(nicList$LAYOUT, nicList$OFFSET, fieldValue);
    }

    private static final OfLong complanRankLength$LAYOUT = (OfLong)$LAYOUT.select(groupElement("complanRankLength"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t complanRankLength
     * }
     */
    public static final OfLong complanRankLength$layout() {
        return complanRankLength$LAYOUT;
    }

    private static final long complanRankLength$OFFSET = 112;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t complanRankLength
     * }
     */
    public static final long complanRankLength$offset() {
        return complanRankLength$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t complanRankLength
     * }
     */
    public static long complanRankLength(MemorySegment struct) {
        return struct.get(complanRankLength$LAYOUT, complanRankLength$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t complanRankLength
     * }
     */
    public static void complanRankLength(MemorySegment struct, long fieldValue) {
        struct.set(complanRankLength$LAYOUT, complanRankLength$OFFSET, fieldValue);
    }

    private static final OfLong complanRank$LAYOUT = (OfLong)$LAYOUT.select(groupElement("complanRank"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t complanRank
     * }
     */
    public static final OfLong complanRank$layout() {
        return complanRank$LAYOUT;
    }

    private static final long complanRank$OFFSET = 120;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t complanRank
     * }
     */
    public static final long complanRank$offset() {
        return complanRank$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t complanRank
     * }
     */
    public static long complanRank(MemorySegment struct) {
        return struct.get(complanRank$LAYOUT, complanRank$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t complanRank
     * }
     */
    public static void complanRank(MemorySegment struct, long fieldValue) {
        struct.set(complanRank$LAYOUT, complanRank$OFFSET, fieldValue);
    }

    private static final OfLong bridgeRankNum$LAYOUT = (OfLong)$LAYOUT.select(groupElement("bridgeRankNum"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t bridgeRankNum
     * }
     */
    public static final OfLong bridgeRankNum$layout() {
        return bridgeRankNum$LAYOUT;
    }

    private static final long bridgeRankNum$OFFSET = 128;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t bridgeRankNum
     * }
     */
    public static final long bridgeRankNum$offset() {
        return bridgeRankNum$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t bridgeRankNum
     * }
     */
    public static long bridgeRankNum(MemorySegment struct) {
        return struct.get(bridgeRankNum$LAYOUT, bridgeRankNum$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t bridgeRankNum
     * }
     */
    public static void bridgeRankNum(MemorySegment struct, long fieldValue) {
        struct.set(bridgeRankNum$LAYOUT, bridgeRankNum$OFFSET, fieldValue);
    }

    private static final OfLong bridgeRank$LAYOUT = (OfLong)$LAYOUT.select(groupElement("bridgeRank"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t bridgeRank
     * }
     */
    public static final OfLong bridgeRank$layout() {
        return bridgeRank$LAYOUT;
    }

    private static final long bridgeRank$OFFSET = 136;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t bridgeRank
     * }
     */
    public static final long bridgeRank$offset() {
        return bridgeRank$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t bridgeRank
     * }
     */
    public static long bridgeRank(MemorySegment struct) {
        return struct.get(bridgeRank$LAYOUT, bridgeRank$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t bridgeRank
     * }
     */
    public static void bridgeRank(MemorySegment struct, long fieldValue) {
        struct.set(bridgeRank$LAYOUT, bridgeRank$OFFSET, fieldValue);
    }

    private static final OfLong serverAndsuperPodRankLength$LAYOUT = (OfLong)$LAYOUT.select(groupElement("serverAndsuperPodRankLength"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t serverAndsuperPodRankLength
     * }
     */
    public static final OfLong serverAndsuperPodRankLength$layout() {
        return serverAndsuperPodRankLength$LAYOUT;
    }

    private static final long serverAndsuperPodRankLength$OFFSET = 144;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t serverAndsuperPodRankLength
     * }
     */
    public static final long serverAndsuperPodRankLength$offset() {
        return serverAndsuperPodRankLength$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t serverAndsuperPodRankLength
     * }
     */
    public static long serverAndsuperPodRankLength(MemorySegment struct) {
        return struct.get(serverAndsuperPodRankLength$LAYOUT, serverAndsuperPodRankLength$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t serverAndsuperPodRankLength
     * }
     */
    public static void serverAndsuperPodRankLength(MemorySegment struct, long fieldValue) {
        struct.set(serverAndsuperPodRankLength$LAYOUT, serverAndsuperPodRankLength$OFFSET, fieldValue);
    }

    private static final OfLong serverAndsuperPodRank$LAYOUT = (OfLong)$LAYOUT.select(groupElement("serverAndsuperPodRank"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t serverAndsuperPodRank
     * }
     */
    public static final OfLong serverAndsuperPodRank$layout() {
        return serverAndsuperPodRank$LAYOUT;
    }

    private static final long serverAndsuperPodRank$OFFSET = 152;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t serverAndsuperPodRank
     * }
     */
    public static final long serverAndsuperPodRank$offset() {
        return serverAndsuperPodRank$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t serverAndsuperPodRank
     * }
     */
    public static long serverAndsuperPodRank(MemorySegment struct) {
        return struct.get(serverAndsuperPodRank$LAYOUT, serverAndsuperPodRank$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t serverAndsuperPodRank
     * }
     */
    public static void serverAndsuperPodRank(MemorySegment struct, long fieldValue) {
        struct.set(serverAndsuperPodRank$LAYOUT, serverAndsuperPodRank$OFFSET, fieldValue);
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
