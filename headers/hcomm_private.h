/*
 * hcomm_private.h - CANN-internal declarations comm4j relies on, reconstructed (no public header).
 *
 * Source: the three functions are exported by libhcomm.so (libhccl.so on older CANN) and declared
 * in CANN's package-internal headers (pkg_inc/legacy/hccl/hccl_ex.h, hcom.h, hccl_rank_graph.h),
 * which CANN marks "not stable". The structs are the MC2 tiling the runtime reads and the AICPU
 * ring context it returns, as reconstructed in comm4j's contract (section 4) from the hcomm and
 * asc-devkit sources and pto-isa's copies. Every sizeof/offsetof here is computed by gcc in the
 * ABI oracle and held to the contract's locked numbers: HcclRankRelationResV2 64 (windowsIn 8),
 * LocalResInfoV2 2472, HcclOpResParam 3000 (localUsrRankId 16, rankSize 20, winSize 24,
 * localWindowsIn 32, remoteRes 2984), Mc2CommConfigV2 344 (inner at 64).
 * Checked against: CANN 9.x layouts (tiling version 100), LP64 (x86-64 / aarch64). A different
 * CANN may differ; the Java side resolves the functions as optional symbols.
 */
#ifndef COMM4J_HCOMM_PRIVATE_H
#define COMM4J_HCOMM_PRIVATE_H

#include <stdbool.h>
#include <stdint.h>

#include "hccl.h" /* HcclResult, HcclComm */

/* ---- hccl_rank_graph.h: level-0 topology of a group -------------------------------------- */

typedef enum {
    COMM_TOPO_RESERVED = -1,
    COMM_TOPO_CLOS = 0,
    COMM_TOPO_1DMESH = 1,
    COMM_TOPO_910_93 = 2,
    COMM_TOPO_310P = 3,
    COMM_TOPO_A2AXSERVER = 4,
    COMM_TOPO_CUSTOM = 5
} CommTopo;

/* ---- MC2 tiling (asc-devkit hccl_tiling_msg.h, tiling version 100) ----------------------- */

#define MC2_MAX_CC_TILING_NUM 8
#define MC2_GROUP_NAME_MAX_LENGTH 128
#define MC2_ALG_CONFIG_MAX_LENGTH 128

/* Header of a tiling: version 100, how many comm tilings follow and where each starts. 64 bytes. */
typedef struct Mc2InitTilingInner {
    uint32_t version;
    uint32_t mc2HcommCnt;
    uint32_t offset[MC2_MAX_CC_TILING_NUM];
    uint8_t debugMode;
    uint8_t preparePosition;
    uint16_t queueNum;
    uint16_t commBlockNum;
    uint8_t devType;
    char reserved[17];
} Mc2InitTilingInner;

/* One communication tiling: group, algorithm, operation and engine. 280 bytes. */
typedef struct Mc2cCTilingInner {
    uint8_t skipLocalRankCopy;
    uint8_t skipBufferWindowCopy;
    uint8_t stepSize;
    uint8_t version;
    char reserved[9];
    uint8_t commEngine;
    uint8_t srcDataType;
    uint8_t dstDataType;
    char groupName[MC2_GROUP_NAME_MAX_LENGTH];
    char algConfig[MC2_ALG_CONFIG_MAX_LENGTH];
    uint32_t opType;
    uint32_t reduceType;
} Mc2cCTilingInner;

/* What comm4j passes to HcclAllocComResourceByTiling: one init header and one comm tiling. */
typedef struct Mc2CommConfigV2 {
    Mc2InitTilingInner init;
    Mc2cCTilingInner inner;
} Mc2CommConfigV2;

/* ---- AICPU ring context (hcomm aicpu_operator_pub.h) ------------------------------------- */

#define LOCAL_NOTIFY_MAX_NUM 64
#define LOCAL_STREAM_MAX_NUM 19
#define AICPU_OP_NOTIFY_MAX_NUM 2
#define AICPU_MAX_RANK_NUM_RSV 16

typedef struct HcclSignalInfo {
    uint64_t resId;
    uint64_t addr;
    uint32_t devId;
    uint32_t tsId;
    uint32_t rankId;
    uint32_t flag;
} HcclSignalInfo;

typedef struct HcclStreamInfo {
    int32_t streamIds;
    uint32_t sqIds;
    uint32_t cqIds;
    uint32_t logicCqids;
} HcclStreamInfo;

/* Intrusive list links, host and device views. */
typedef struct ListCommon {
    uint64_t nextHost;
    uint64_t preHost;
    uint64_t nextDevice;
    uint64_t preDevice;
} ListCommon;

typedef struct LocalResInfoV2 {
    uint32_t streamNum;
    uint32_t signalNum;
    HcclSignalInfo localSignals[LOCAL_NOTIFY_MAX_NUM];
    HcclStreamInfo streamInfo[LOCAL_STREAM_MAX_NUM];
    HcclStreamInfo mainStreamInfo;
    HcclSignalInfo aicpuOpNotify[AICPU_OP_NOTIFY_MAX_NUM];
    ListCommon nextTagRes;
} LocalResInfoV2;

typedef struct AlgoTopoInfo {
    uint32_t userRank;
    uint32_t userRankSize;
    int32_t deviceLogicId;
    bool isSingleMeshAggregation;
    uint32_t deviceNumPerAggregation;
    uint32_t superPodNum;
    uint32_t devicePhyId;
    uint32_t topoType;
    uint32_t deviceType;
    uint32_t serverNum;
    uint32_t meshAggregationRankSize;
    uint32_t multiModuleDiffDeviceNumMode;
    uint32_t multiSuperPodDiffServerNumMode;
    uint32_t realUserRank;
    bool isDiffDeviceModule;
    bool isDiffDeviceType;
    uint32_t gcdDeviceNumPerAggregation;
    uint32_t moduleNum;
    uint32_t isUsedRdmaRankPairNum;
    uint64_t isUsedRdmaRankPair;
    uint32_t pairLinkCounterNum;
    uint64_t pairLinkCounter;
    uint32_t nicNum;
    uint64_t nicList;
    uint64_t complanRankLength;
    uint64_t complanRank;
    uint64_t bridgeRankNum;
    uint64_t bridgeRank;
    uint64_t serverAndsuperPodRankLength;
    uint64_t serverAndsuperPodRank;
} AlgoTopoInfo;

typedef struct HcclOpConfig {
    uint8_t deterministic;
    uint8_t retryEnable;
    uint8_t highPerfEnable;
    uint8_t padding[5];
    uint8_t linkTimeOut[8];
    uint64_t notifyWaitTime;
    uint32_t retryHoldTime;
    uint32_t retryIntervalTime;
    bool interXLinkDisable;
    uint32_t floatOverflowMode;
    uint32_t multiQpThreshold;
} HcclOpConfig;

/* remoteRes[i]: where rank i's HcclRankRelationResV2 lives, host and device. */
typedef struct RemoteResPtr {
    uint64_t nextHostPtr;
    uint64_t nextDevicePtr;
} RemoteResPtr;

/* A peer's windows as seen by this rank (device memory, 64 bytes). */
typedef struct HcclRankRelationResV2 {
    uint32_t remoteUsrRankId;
    uint32_t remoteWorldRank;
    uint64_t windowsIn;
    uint64_t windowsOut;
    uint64_t windowsExp;
    ListCommon nextTagRes;
} HcclRankRelationResV2;

/* The ring-mode context HcclAllocComResourceByTiling returns (device memory, 3000 bytes). */
typedef struct HcclOpResParam {
    uint64_t workspace;
    uint64_t workspaceSize;
    uint32_t localUsrRankId;
    uint32_t rankSize;
    uint64_t winSize;
    uint64_t localWindowsIn;
    uint64_t localWindowsOut;
    char hcomId[MC2_GROUP_NAME_MAX_LENGTH];
    uint64_t winExpSize;
    uint64_t localWindowsExp;
    uint32_t rWinStart;
    uint32_t rWinOffset;
    uint64_t version;
    LocalResInfoV2 localRes;
    AlgoTopoInfo topoInfo;
    HcclOpConfig config;
    uint64_t hostStateInfo;
    uint64_t aicpuStateInfo;
    uint64_t lockAddr;
    uint32_t rsv[AICPU_MAX_RANK_NUM_RSV];
    uint32_t notifysize;
    uint32_t remoteResNum;
    RemoteResPtr remoteRes[1];
} HcclOpResParam;

/* ---- hccl_ex.h / hcom.h: the three private functions ------------------------------------- */

/* Allocates MC2 resources for `comm` as described by the tiling; *commContext gets a device
 * pointer to a CommContext (mesh) or an HcclOpResParam (ring). */
HcclResult HcclAllocComResourceByTiling(HcclComm comm, void *stream, void *Mc2Tiling, void **commContext);
/* The communicator handle of a named group (the name HcclGetCommName returns). */
HcclResult HcomGetCommHandleByGroup(const char *group, HcclComm *commHandle);
/* Level-0 topology of a group; flag (pto-isa: isSetDevice) is passed as 0. */
HcclResult HcomGetL0TopoTypeEx(const char *group, CommTopo *topoType, uint32_t flag);

#endif /* COMM4J_HCOMM_PRIVATE_H */
