/*
 * fake_selftest.c - checks the fake CANN itself before any Java test relies on it: two forked rank
 * processes run init -> alloc -> barrier -> destroy in mesh and ring mode and check what the
 * hardware does: each process has its own address for a peer's window, the memory behind those
 * addresses is the same (a word written through rank 0's view of rank 1's window is read in rank
 * 1's own window), a stream HcclBarrier used fails sync with 507018 and destroy with 507901, and two
 * ranks on one device are refused. Run by scripts/build-fake-cann; exit 0 = all good.
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
#include "fake_check.h"
#include "fake_group.h"
#include "hcomm_private.h"

#define CHECK(cond, ...) FAKE_CHECK("fake_selftest rank %d: ", rank, cond, __VA_ARGS__)

#define ALIAS_WORD 0x53494c41ULL /* "ALIS": written by rank 0 through its view of rank 1's window */

static int run_rank(int rank, int same_device, HcclRootInfo *shared_info, volatile int *ready, uint64_t *seen)
{
    const int device = same_device ? 0 : rank;
    CHECK(aclInit(NULL) == ACL_SUCCESS, "aclInit");
    CHECK(aclrtSetDevice(device) == ACL_SUCCESS, "aclrtSetDevice");
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
    const HcclResult init = HcclCommInitRootInfo(2, shared_info, (uint32_t)rank, &comm);
    if (same_device) { /* both ranks on one device: every rank must be refused */
        CHECK(init == HCCL_E_PARA, "two ranks on device %d must be refused, got %d", device, (int)init);
        CHECK(aclrtDestroyStream(stream) == ACL_SUCCESS, "aclrtDestroyStream");
        return 0;
    }
    CHECK(init == HCCL_SUCCESS, "HcclCommInitRootInfo");
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
        CommContext host; /* the 288-byte prefix of the 32-slot MESH context means the same as CommContext's */
        memset(&host, 0, sizeof(host));
        CHECK(aclrtMemcpy(&host, sizeof(host), ctx, 288, ACL_MEMCPY_DEVICE_TO_HOST) == ACL_SUCCESS, "memcpy");
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
    if (rank == 0) {
        const uint64_t word = ALIAS_WORD;
        CHECK(aclrtMemcpy((void *)(uintptr_t)(in[1] + 8), 8, &word, 8, ACL_MEMCPY_HOST_TO_DEVICE) == ACL_SUCCESS,
              "write through windowsIn[1]");
    }
    CHECK(HcclBarrier(comm, stream) == HCCL_SUCCESS, "HcclBarrier");
    if (rank == 1) {
        uint64_t word = 0;
        CHECK(aclrtMemcpy(&word, 8, (void *)(uintptr_t)(in[1] + 8), 8, ACL_MEMCPY_DEVICE_TO_HOST) == ACL_SUCCESS
                  && word == ALIAS_WORD, "rank 0's write through its windowsIn[1] is in rank 1's window (0x%llx)",
              (unsigned long long)word);
    }
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
    CHECK(aclrtDestroyStream(stream) == 507901, "destroying a stream HcclBarrier used must fail (507901)");
    CHECK(aclrtResetDevice(device) == ACL_SUCCESS, "aclrtResetDevice");
    CHECK(aclFinalize() == ACL_SUCCESS, "aclFinalize");
    return 0;
}

static int run_mode(const char *topo, int same_device)
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
            _exit(run_rank(r, same_device, &s->info, &s->ready, s->seen));
        }
    }
    int failed = 0;
    for (int r = 0; r < 2; r++) {
        int status = 0;
        waitpid(pids[r], &status, 0);
        failed |= !WIFEXITED(status) || WEXITSTATUS(status) != 0;
    }
    /* Per-process views: rank 0's address of a window is not rank 1's address of it. */
    const int differ = same_device || (s->seen[0] != s->seen[2] && s->seen[1] != s->seen[3] && s->seen[0] != 0);
    if (!failed && !differ) {
        fprintf(stderr, "fake_selftest %s: both ranks see a window at one address; views must be per process\n", topo);
    }
    munmap(s, sizeof(*s));
    return failed || !differ;
}

int main(void)
{
    const int rank = -1;
    (void)rank;
    if (run_mode("mesh", 0) != 0 || run_mode("ring", 0) != 0 || run_mode("mesh", 1) != 0) {
        fprintf(stderr, "fake_selftest: FAILED\n");
        return 1;
    }
    printf("fake_selftest: mesh and ring lifecycles behave as the hardware lessons say, across 2 processes\n");
    return 0;
}
