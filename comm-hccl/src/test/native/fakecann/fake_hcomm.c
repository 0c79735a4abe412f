/*
 * fake_hcomm.c - a fake libhcomm.so: the three private functions comm4j's allocWindows uses.
 *
 * HcclAllocComResourceByTiling checks the MC2 tiling field by field (a wrong tiling is HCCL_E_PARA
 * naming the field), waits until every rank has asked (as the real call sets up links), marks each
 * rank's windows, and returns a device pointer into the group segment:
 *   $FAKECANN_TOPO=mesh (default, COMM_TOPO_1DMESH = 1): hcomm's 32-slot HcclCombinOpParam;
 *   $FAKECANN_TOPO=ring (COMM_TOPO_CLOS = 0) or any other CommTopo value given as a number
 *   (-1 reserved, 2 910_93, 3 310P, 4 A2AXSERVER, 5 CUSTOM; hcomm's hccl_rank_graph.h): an
 *   HcclOpResParam whose remoteRes[i] point at HcclRankRelationResV2 records; remoteRes[own rank]
 *   is empty, as the reader must not use it. HcomGetL0TopoTypeEx reports the value as it is.
 * $FAKECANN_CORRUPT breaks the returned data on purpose: ranknum0 / ranknum33 / ranknum65 (mesh rankNum),
 * ranksize0 / ranksize65 (ring rankSize), zero_peer (a peer's nextDevicePtr is 0),
 * bad_peer (a peer's nextDevicePtr is not device memory), no_windows_out (mesh windowsOut left 0).
 *
 * Built with -DFAKECANN_OMIT_TILING into a second directory to model a CANN without the symbol.
 */
#define _GNU_SOURCE
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "comm_context.h"
#include "fake_group.h"
#include "hcomm_private.h"

#define HCOMM_API FAKECANN_EXPORT

_Static_assert(sizeof(CommContext) == 1056, "CommContext is 1056 bytes");
_Static_assert(offsetof(HcclOpResParam, remoteRes) == 2984, "remoteRes at 2984");
_Static_assert(sizeof(HcclOpResParam) == 3000, "HcclOpResParam is 3000 bytes");
_Static_assert(sizeof(HcclRankRelationResV2) == 64, "HcclRankRelationResV2 is 64 bytes");
_Static_assert(sizeof(Mc2CommConfigV2) == 344, "Mc2CommConfigV2 is 344 bytes");
_Static_assert(offsetof(HcclOpResParam, remoteRes) + FAKE_MAX_RANKS * sizeof(RemoteResPtr) <= FAKE_RELATION_OFFSET,
               "ring context fits its area");

#define INJECT(name) FAKECANN_INJECT(name, HcclResult)

/* $FAKECANN_TOPO: mesh (default), ring, or a CommTopo value -1..5 as a number. */
static int fake_topology(void)
{
    const char *t = getenv("FAKECANN_TOPO");
    if (t == NULL || *t == '\0' || strcmp(t, "mesh") == 0) {
        return COMM_TOPO_1DMESH;
    }
    if (strcmp(t, "ring") == 0) {
        return COMM_TOPO_CLOS;
    }
    return (int)strtol(t, NULL, 10);
}

HCOMM_API HcclResult HcomGetL0TopoTypeEx(const char *group, CommTopo *topoType, uint32_t flag)
{
    INJECT("HcomGetL0TopoTypeEx");
    if (group == NULL || topoType == NULL) {
        return HCCL_E_PTR;
    }
    if (flag != 0) {
        return HCCL_E_PARA;
    }
    if (fakecann_comm_by_name(group) == NULL) {
        fakecann_set_error("fake HCCL: no group named '%s'", group);
        return HCCL_E_NOT_FOUND;
    }
    *topoType = (CommTopo)fake_topology();
    return HCCL_SUCCESS;
}

HCOMM_API HcclResult HcomGetCommHandleByGroup(const char *group, HcclComm *commHandle)
{
    INJECT("HcomGetCommHandleByGroup");
    if (group == NULL || commHandle == NULL) {
        return HCCL_E_PTR;
    }
    struct fake_comm *c = fakecann_comm_by_name(group);
    if (c == NULL) {
        fakecann_set_error("fake HCCL: no group named '%s'", group);
        return HCCL_E_NOT_FOUND;
    }
    *commHandle = c;
    return HCCL_SUCCESS;
}

#ifndef FAKECANN_OMIT_TILING

static int ring_mode(void)
{
    return fake_topology() != COMM_TOPO_1DMESH;
}

static int corrupt(const char *mode)
{
    const char *c = getenv("FAKECANN_CORRUPT");
    return c != NULL && strcmp(c, mode) == 0;
}


/* The tiling comm4j must send (contract section 4); anything else is HCCL_E_PARA. */
static HcclResult check_tiling(const Mc2CommConfigV2 *t, const struct fake_comm *c)
{
    const char *bad = NULL;
    if (t->init.version != 100) {
        bad = "init.version";
    } else if (t->init.mc2HcommCnt != 1) {
        bad = "init.mc2HcommCnt";
    } else if (t->init.offset[0] != offsetof(Mc2CommConfigV2, inner)) {
        bad = "init.offset[0]";
    } else if (t->init.commBlockNum != 48) {
        bad = "init.commBlockNum";
    } else if (t->init.devType != 4) {
        bad = "init.devType";
    } else if (t->inner.opType != 18) {
        bad = "inner.opType";
    } else if (t->inner.commEngine != 3) {
        bad = "inner.commEngine";
    } else if (t->inner.version != 1) {
        bad = "inner.version";
    } else if (strncmp(t->inner.groupName, c->name, sizeof(t->inner.groupName)) != 0) {
        bad = "inner.groupName";
    } else if (strncmp(t->inner.algConfig, "BatchWrite=level0:fullmesh", sizeof(t->inner.algConfig)) != 0) {
        bad = "inner.algConfig";
    }
    if (bad != NULL) {
        fakecann_set_error("fake HCCL: HcclAllocComResourceByTiling: unexpected tiling field %s", bad);
        return HCCL_E_PARA;
    }
    return HCCL_SUCCESS;
}

/*
 * The MESH context as hcomm declares it (src/legacy/ascend910/pub_inc/aicpu_operator_pub.h:
 * HcclCombinOpParam, RANK_NUM = 32 slots; hardware-lessons sections 2 and 10): read as comm4j's
 * 64-slot CommContext, only the first 288 bytes (through windowsIn[31]) mean the same; at 288 the
 * 32 windowsOut start, and at CommContext's windowsOut offset (544) lies hcomId.
 */
#define FAKE_MESH_SLOTS 32
struct fake_combin_op_param {
    uint64_t workSpace;
    uint64_t workSpaceSize;
    uint32_t rankId;
    uint32_t rankNum;
    uint64_t winSize;
    uint64_t windowsIn[FAKE_MESH_SLOTS];
    uint64_t windowsOut[FAKE_MESH_SLOTS];
    char hcomId[128];
};
_Static_assert(offsetof(struct fake_combin_op_param, windowsIn) == 32, "windowsIn at 32");
_Static_assert(offsetof(struct fake_combin_op_param, windowsOut) == 288, "windowsOut at 288");
_Static_assert(offsetof(struct fake_combin_op_param, hcomId) == 544, "hcomId at 544");

static uint64_t build_mesh(const struct fake_comm *c, uint8_t *meta)
{
    const struct fake_group_header *g = c->group;
    struct fake_combin_op_param *ctx = (struct fake_combin_op_param *)(meta + FAKE_CTX_OFFSET);
    memset(ctx, 0, sizeof(*ctx));
    ctx->workSpace = (uint64_t)(uintptr_t)(meta + FAKE_WORKSPACE_OFFSET);
    ctx->workSpaceSize = FAKE_WORKSPACE_BYTES;
    ctx->rankId = c->rank;
    ctx->rankNum = corrupt("ranknum0") ? 0 : corrupt("ranknum65") ? 65 : corrupt("ranknum33") ? 33 : c->nranks;
    ctx->winSize = g->win_size;
    for (uint32_t i = 0; i < c->nranks && i < FAKE_MESH_SLOTS; i++) {
        ctx->windowsIn[i] = fakecann_window_in(g, i);
        /* no_windows_out: left 0, as the newest original leaves it ("no kernel path reads it") */
        ctx->windowsOut[i] = corrupt("no_windows_out") ? 0 : fakecann_window_out(g, i);
    }
    snprintf(ctx->hcomId, sizeof(ctx->hcomId), "%s", c->name);
    return (uint64_t)(uintptr_t)ctx;
}

static uint64_t build_ring(const struct fake_comm *c, uint8_t *meta)
{
    const struct fake_group_header *g = c->group;
    HcclOpResParam *p = (HcclOpResParam *)(meta + FAKE_CTX_OFFSET);
    HcclRankRelationResV2 *records = (HcclRankRelationResV2 *)(meta + FAKE_RELATION_OFFSET);
    memset(p, 0, offsetof(HcclOpResParam, remoteRes) + FAKE_MAX_RANKS * sizeof(RemoteResPtr));
    p->workspace = (uint64_t)(uintptr_t)(meta + FAKE_WORKSPACE_OFFSET);
    p->workspaceSize = FAKE_WORKSPACE_BYTES;
    p->localUsrRankId = c->rank;
    p->rankSize = corrupt("ranksize0") ? 0 : corrupt("ranksize65") ? 65 : c->nranks;
    p->winSize = g->win_size;
    p->localWindowsIn = fakecann_window_in(g, c->rank);
    p->localWindowsOut = fakecann_window_out(g, c->rank);
    snprintf(p->hcomId, sizeof(p->hcomId), "%s", c->name);
    p->remoteResNum = c->nranks;
    int corrupted = 0;
    for (uint32_t i = 0; i < c->nranks; i++) {
        if (i == c->rank) {
            continue; /* the local slot stays empty: the reader takes the head's local windows */
        }
        HcclRankRelationResV2 *r = &records[i];
        memset(r, 0, sizeof(*r));
        r->remoteUsrRankId = i;
        r->remoteWorldRank = i;
        r->windowsIn = fakecann_window_in(g, i);
        r->windowsOut = fakecann_window_out(g, i);
        p->remoteRes[i].nextHostPtr = (uint64_t)(uintptr_t)r;
        p->remoteRes[i].nextDevicePtr = (uint64_t)(uintptr_t)r;
        if (!corrupted && corrupt("zero_peer")) {
            p->remoteRes[i].nextDevicePtr = 0;
            corrupted = 1;
        } else if (!corrupted && corrupt("bad_peer")) {
            p->remoteRes[i].nextDevicePtr = 0x10; /* not device memory: aclrtMemcpy must refuse it */
            corrupted = 1;
        }
    }
    return (uint64_t)(uintptr_t)p;
}

HCOMM_API HcclResult HcclAllocComResourceByTiling(HcclComm comm, void *stream, void *Mc2Tiling, void **commContext)
{
    INJECT("HcclAllocComResourceByTiling");
    struct fake_comm *c = fakecann_comm_checked(comm);
    if (c == NULL || Mc2Tiling == NULL || commContext == NULL) {
        return HCCL_E_PTR;
    }
    if (!fakecann_stream_valid(stream)) {
        fakecann_set_error("fake HCCL: HcclAllocComResourceByTiling: %p is not a live stream", stream);
        return HCCL_E_PARA;
    }
    HcclResult rc = check_tiling((const Mc2CommConfigV2 *)Mc2Tiling, c);
    if (rc != HCCL_SUCCESS) {
        return rc;
    }
    if (c->resources_ready) {
        *commContext = (void *)(uintptr_t)c->context;
        return HCCL_SUCCESS;
    }
    struct fake_group_header *g = c->group;
    *(uint64_t *)(uintptr_t)fakecann_window_in(g, c->rank) = FAKE_WINDOW_IN_MARK(c->rank);
    *(uint64_t *)(uintptr_t)fakecann_window_out(g, c->rank) = FAKE_WINDOW_OUT_MARK(c->rank);
    __atomic_add_fetch(&g->alloc_ready, 1, __ATOMIC_ACQ_REL);
    rc = fakecann_wait_at_least(&g->alloc_ready, c->nranks, "every rank to call HcclAllocComResourceByTiling");
    if (rc != HCCL_SUCCESS) {
        return rc;
    }
    uint8_t *meta = fakecann_rank_meta(g, c->rank);
    c->context = ring_mode() ? build_ring(c, meta) : build_mesh(c, meta);
    c->resources_ready = 1;
    *commContext = (void *)(uintptr_t)c->context;
    return HCCL_SUCCESS;
}

#endif /* FAKECANN_OMIT_TILING */
