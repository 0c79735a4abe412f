/*
 * fake_selftest.c - checks the fake CANN itself before any Java test relies on it: two forked rank
 * processes run init -> alloc -> barrier -> destroy in mesh and ring mode and check that the
 * addresses they see agree (the same global address for rank r's window in both processes) and
 * that the windows carry their owner's mark. Run by scripts/build-fake-cann; exit 0 = all good.
 */
#define _GNU_SOURCE
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "comm_context.h"
#include "fake_group.h"
#include "hcomm_private.h"

#define CHECK(cond, ...)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "fake_selftest rank %d: ", rank);                                      \
            fprintf(stderr, __VA_ARGS__);                                                          \
            fprintf(stderr, " (%s)\n", aclGetRecentErrMsg() ? aclGetRecentErrMsg() : "");         \
            _exit(1);                                                                              \
        }                                                                                          \
    } while (0)

static int run_rank(int rank, HcclRootInfo *shared_info, volatile int *ready, uint64_t *seen)
{
    CHECK(aclInit(NULL) == ACL_SUCCESS, "aclInit");
    CHECK(aclrtSetDevice(rank) == ACL_SUCCESS, "aclrtSetDevice");
    aclrtStream stream = NULL;
    CHECK(aclrtCreateStream(&stream) == ACL_SUCCESS, "aclrtCreateStream");
    if (rank == 0) {
        CHECK(HcclGetRootInfo(shared_info) == HCCL_SUCCESS, "HcclGetRootInfo");
        __atomic_store_n(ready, 1, __ATOMIC_RELEASE);
    }
    while (!__atomic_load_n(ready, __ATOMIC_ACQUIRE)) {
        usleep(100);
    }
    HcclComm comm = NULL;
    CHECK(HcclCommInitRootInfo(2, shared_info, (uint32_t)rank, &comm) == HCCL_SUCCESS, "HcclCommInitRootInfo");
    char group[COMM_NAME_MAX_LENGTH];
    CHECK(HcclGetCommName(comm, group) == HCCL_SUCCESS, "HcclGetCommName");
    CommTopo topo;
    CHECK(HcomGetL0TopoTypeEx(group, &topo, 0) == HCCL_SUCCESS, "HcomGetL0TopoTypeEx");
    HcclComm handle = NULL;
    CHECK(HcomGetCommHandleByGroup(group, &handle) == HCCL_SUCCESS && handle == comm, "HcomGetCommHandleByGroup");
    Mc2CommConfigV2 tiling;
    memset(&tiling, 0, sizeof(tiling));
    tiling.init.version = 100;
    tiling.init.mc2HcommCnt = 1;
    tiling.init.commBlockNum = 48;
    tiling.init.devType = 4;
    tiling.init.offset[0] = offsetof(Mc2CommConfigV2, inner);
    tiling.inner.opType = 18;
    tiling.inner.commEngine = 3;
    tiling.inner.version = 1;
    memcpy(tiling.inner.groupName, group, sizeof(tiling.inner.groupName));
    strcpy(tiling.inner.algConfig, "BatchWrite=level0:fullmesh");
    void *ctx = NULL;
    CHECK(HcclAllocComResourceByTiling(comm, stream, &tiling, &ctx) == HCCL_SUCCESS && ctx != NULL,
          "HcclAllocComResourceByTiling");
    uint64_t in[2];
    if (topo == COMM_TOPO_1DMESH) {
        CommContext host;
        CHECK(aclrtMemcpy(&host, sizeof(host), ctx, sizeof(host), ACL_MEMCPY_DEVICE_TO_HOST) == ACL_SUCCESS, "memcpy");
        CHECK(host.rankId == (uint32_t)rank && host.rankNum == 2, "mesh ids");
        in[0] = host.windowsIn[0];
        in[1] = host.windowsIn[1];
    } else {
        HcclOpResParam head;
        CHECK(aclrtMemcpy(&head, sizeof(head), ctx, sizeof(head), ACL_MEMCPY_DEVICE_TO_HOST) == ACL_SUCCESS, "memcpy");
        RemoteResPtr remote[2];
        CHECK(aclrtMemcpy(remote, sizeof(remote), (char *)ctx + offsetof(HcclOpResParam, remoteRes), sizeof(remote),
                          ACL_MEMCPY_DEVICE_TO_HOST) == ACL_SUCCESS, "memcpy remoteRes");
        const int peer = 1 - rank;
        CHECK(remote[rank].nextDevicePtr == 0 && remote[peer].nextDevicePtr != 0, "ring remoteRes");
        HcclRankRelationResV2 rel;
        CHECK(aclrtMemcpy(&rel, sizeof(rel), (void *)(uintptr_t)remote[peer].nextDevicePtr, sizeof(rel),
                          ACL_MEMCPY_DEVICE_TO_HOST) == ACL_SUCCESS, "memcpy relation");
        CHECK(head.rankSize == 2 && head.localUsrRankId == (uint32_t)rank, "ring head");
        in[rank] = head.localWindowsIn;
        in[peer] = rel.windowsIn;
    }
    CHECK(HcclBarrier(comm, stream) == HCCL_SUCCESS, "HcclBarrier");
    for (int r = 0; r < 2; r++) {
        uint64_t mark = 0;
        CHECK(aclrtMemcpy(&mark, 8, (void *)(uintptr_t)in[r], 8, ACL_MEMCPY_DEVICE_TO_HOST) == ACL_SUCCESS, "read mark");
        CHECK(mark == FAKE_WINDOW_IN_MARK(r), "window %d carries mark 0x%llx", r, (unsigned long long)mark);
        seen[rank * 2 + r] = in[r];
    }
    CHECK(aclrtSynchronizeStream(stream) == ACL_ERROR_RT_AICPU_EXCEPTION, "sync after barrier must fail (507018)");
    for (int i = 0; i < 100; i++) {
        CHECK(HcclBarrier(comm, stream) == HCCL_SUCCESS, "HcclBarrier %d", i);
    }
    CHECK(HcclCommDestroy(comm) == HCCL_SUCCESS, "HcclCommDestroy");
    CHECK(aclrtDestroyStream(stream) == ACL_SUCCESS, "aclrtDestroyStream");
    CHECK(aclrtResetDevice(rank) == ACL_SUCCESS, "aclrtResetDevice");
    CHECK(aclFinalize() == ACL_SUCCESS, "aclFinalize");
    return 0;
}

static int run_mode(const char *topo)
{
    setenv("FAKECANN_TOPO", topo, 1);
    setenv("FAKECANN_TIMEOUT_MS", "10000", 1);
    struct shared {
        HcclRootInfo info;
        int ready;
        uint64_t seen[4];
    } *s = mmap(NULL, sizeof(struct shared), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (s == MAP_FAILED) {
        return 1;
    }
    memset(s, 0, sizeof(*s));
    pid_t pids[2];
    for (int r = 0; r < 2; r++) {
        pids[r] = fork();
        if (pids[r] == 0) {
            _exit(run_rank(r, &s->info, &s->ready, s->seen));
        }
    }
    int failed = 0;
    for (int r = 0; r < 2; r++) {
        int status = 0;
        waitpid(pids[r], &status, 0);
        failed |= !WIFEXITED(status) || WEXITSTATUS(status) != 0;
    }
    const int agree = s->seen[0] == s->seen[2] && s->seen[1] == s->seen[3] && s->seen[0] != 0;
    if (!failed && !agree) {
        fprintf(stderr, "fake_selftest %s: ranks see different window addresses\n", topo);
    }
    munmap(s, sizeof(*s));
    return failed || !agree;
}

int main(void)
{
    const int rank = -1;
    (void)rank;
    if (run_mode("mesh") != 0 || run_mode("ring") != 0) {
        fprintf(stderr, "fake_selftest: FAILED\n");
        return 1;
    }
    printf("fake_selftest: mesh and ring lifecycles agree across 2 processes\n");
    return 0;
}
