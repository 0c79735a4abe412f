/*
 * fake_vmm_selftest.c - checks the fake's VMM calls before any Java test relies on them: two forked
 * processes. The exporter allocates physical memory, maps it, zeroes it and exports it with pid
 * validation off; the importer (under ASCEND_RT_VISIBLE_DEVICES=2,3, bound to logical 0) imports and
 * maps it and writes a word that the exporter then reads in its own mapping. Also checked: the
 * measured id-space answers (hardware-lessons section 5), a handle exported with pid validation is
 * refused in another process, the status of peer access stays 0 under remapping, Fabric V2 answers
 * FEATURE_NOT_SUPPORT on an A2 part, and the release order unmap -> release -> free is enforced.
 * Run by scripts/build-fake-cann; exit 0 = all good.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "acl.h"
#include "fake_check.h"

#define CHECK(cond, ...) FAKE_CHECK("fake_vmm_selftest %s: ", who, cond, __VA_ARGS__)

#define WORD 0x4d4d5653ULL /* "SVMM" */
#define SIZE ((size_t)2 << 20)

struct shared {
    volatile int stage; /* 1 exported, 2 importer wrote, 3 exporter checked */
    uint64_t handle;
    uint64_t validated_handle;
};

static void await(volatile int *stage, int value)
{
    for (int i = 0; i < 100000 && __atomic_load_n(stage, __ATOMIC_ACQUIRE) < value; i++) {
        usleep(100);
    }
}

static aclrtPhysicalMemProp prop_for(uint32_t id, aclrtMemAttr attr)
{
    aclrtPhysicalMemProp prop;
    memset(&prop, 0, sizeof(prop));
    prop.handleType = ACL_MEM_HANDLE_TYPE_NONE;
    prop.allocationType = ACL_MEM_ALLOCATION_TYPE_PINNED;
    prop.memAttr = attr;
    prop.location.type = ACL_MEM_LOCATION_TYPE_DEVICE;
    prop.location.id = id;
    return prop;
}

static aclrtMemAccessDesc access_for(uint32_t id)
{
    aclrtMemAccessDesc desc;
    memset(&desc, 0, sizeof(desc));
    desc.flags = ACL_RT_MEM_ACCESS_FLAGS_READWRITE;
    desc.location.type = ACL_MEM_LOCATION_TYPE_DEVICE;
    desc.location.id = id;
    return desc;
}

static int exporter(struct shared *s)
{
    const char *who = "exporter";
    CHECK(aclInit(NULL) == ACL_SUCCESS && aclrtSetDevice(0) == ACL_SUCCESS, "init");
    aclrtPhysicalMemProp prop = prop_for(0, ACL_HBM_MEM_HUGE);
    size_t huge = 0, normal = 0;
    CHECK(aclrtMemGetAllocationGranularity(&prop, ACL_RT_MEM_ALLOC_GRANULARITY_MINIMUM, &huge) == ACL_SUCCESS
          && huge == SIZE, "HUGE granularity 2 MiB, got %zu", huge);
    aclrtPhysicalMemProp nprop = prop_for(0, ACL_HBM_MEM_NORMAL);
    CHECK(aclrtMemGetAllocationGranularity(&nprop, ACL_RT_MEM_ALLOC_GRANULARITY_MINIMUM, &normal) == ACL_SUCCESS
          && normal == huge, "NORMAL granularity 2 MiB (NORMAL is allocated as HUGE), got %zu", normal);
    aclrtDrvMemHandle phys = NULL;
    CHECK(aclrtMallocPhysical(&phys, SIZE + 4096, &prop, 0) != ACL_SUCCESS, "unrounded size must be refused");
    CHECK(aclrtMallocPhysical(&phys, SIZE, &prop, 0) == ACL_SUCCESS, "aclrtMallocPhysical");
    void *va = NULL;
    CHECK(aclrtReserveMemAddress(&va, SIZE, 0, NULL, 0) == ACL_SUCCESS, "reserve");
    CHECK(aclrtMapMem(va, SIZE, 0, phys, 0) == ACL_SUCCESS, "map");
    uint64_t word = 0;
    CHECK(aclrtMemcpy(&word, 8, va, 8, ACL_MEMCPY_DEVICE_TO_HOST) != ACL_SUCCESS, "no access before set-access");
    aclrtMemAccessDesc desc = access_for(0);
    CHECK(aclrtMemSetAccess(va, SIZE, &desc, 1) == ACL_SUCCESS, "set access");
    CHECK(aclrtMemset(va, SIZE, 0, SIZE) == ACL_SUCCESS, "memset");
    CHECK(aclrtMemExportToShareableHandle(phys, ACL_MEM_HANDLE_TYPE_NONE,
                                          ACL_RT_VMM_EXPORT_FLAG_DISABLE_PID_VALIDATION, &s->handle) == ACL_SUCCESS,
          "export");
    aclrtMemFabricHandle fabric;
    CHECK(aclrtMemExportToShareableHandleV2(phys, ACL_RT_VMM_EXPORT_FLAG_DISABLE_PID_VALIDATION,
                                            ACL_MEM_SHARE_HANDLE_TYPE_FABRIC, &fabric) == ACL_ERROR_RT_FEATURE_NOT_SUPPORT,
          "Fabric V2 on A2 must answer FEATURE_NOT_SUPPORT");
    aclrtDrvMemHandle validated = NULL;
    CHECK(aclrtMallocPhysical(&validated, SIZE, &prop, 0) == ACL_SUCCESS, "second physical");
    CHECK(aclrtMemExportToShareableHandle(validated, ACL_MEM_HANDLE_TYPE_NONE, ACL_RT_VMM_EXPORT_FLAG_DEFAULT,
                                          &s->validated_handle) == ACL_SUCCESS, "export with pid validation");
    __atomic_store_n(&s->stage, 1, __ATOMIC_RELEASE);
    await(&s->stage, 2);
    CHECK(s->stage == 2, "importer did not write");
    CHECK(aclrtMemcpy(&word, 8, (char *)va + 64, 8, ACL_MEMCPY_DEVICE_TO_HOST) == ACL_SUCCESS && word == WORD,
          "the importer's word must be in the exporter's memory, read 0x%llx", (unsigned long long)word);
    CHECK(aclrtFreePhysical(phys) != ACL_SUCCESS, "free while mapped must be refused");
    CHECK(aclrtReleaseMemAddress(va) != ACL_SUCCESS, "release while mapped must be refused");
    CHECK(aclrtUnmapMem(va) == ACL_SUCCESS, "unmap");
    CHECK(aclrtReleaseMemAddress(va) == ACL_SUCCESS, "release");
    CHECK(aclrtFreePhysical(phys) == ACL_SUCCESS, "free");
    CHECK(aclrtFreePhysical(phys) != ACL_SUCCESS, "a freed handle is dead");
    CHECK(aclrtFreePhysical(validated) == ACL_SUCCESS, "free second");
    __atomic_store_n(&s->stage, 3, __ATOMIC_RELEASE);
    CHECK(aclrtResetDevice(0) == ACL_SUCCESS && aclFinalize() == ACL_SUCCESS, "teardown");
    return 0;
}

static int importer(struct shared *s)
{
    const char *who = "importer";
    setenv("ASCEND_RT_VISIBLE_DEVICES", "2,3", 1);
    CHECK(aclInit(NULL) == ACL_SUCCESS && aclrtSetDevice(0) == ACL_SUCCESS, "init");
    aclrtDrvMemHandle phys = NULL;
    aclrtPhysicalMemProp p1 = prop_for(1, ACL_HBM_MEM_HUGE);
    aclrtPhysicalMemProp p2 = prop_for(2, ACL_HBM_MEM_HUGE);
    aclrtPhysicalMemProp p0 = prop_for(0, ACL_HBM_MEM_HUGE);
    CHECK(aclrtMallocPhysical(&phys, SIZE, &p1, 0) == ACL_ERROR_RT_DRV_INTERNAL_ERROR, "logical id 1: 507899");
    CHECK(aclrtMallocPhysical(&phys, SIZE, &p2, 0) == ACL_ERROR_RT_INVALID_DEVICEID, "driver id 2: 107001");
    CHECK(aclrtMallocPhysical(&phys, SIZE, &p0, 0) == ACL_SUCCESS && aclrtFreePhysical(phys) == ACL_SUCCESS,
          "logical id 0: success");
    int32_t status = -1;
    CHECK(aclrtDevicePeerAccessStatus(0, 3, &status) == ACL_SUCCESS && status == 0,
          "peer access status stays 0 under remapping");
    await(&s->stage, 1);
    CHECK(s->stage >= 1, "exporter did not export");
    aclrtDrvMemHandle refused = NULL;
    CHECK(aclrtMemImportFromShareableHandle(s->validated_handle, 0, &refused) == ACL_ERROR_RT_DRV_INTERNAL_ERROR,
          "a pid-validated handle must be refused in another process");
    CHECK(aclrtMemImportFromShareableHandle(s->handle, 0, &phys) == ACL_SUCCESS, "import");
    void *va = NULL;
    CHECK(aclrtReserveMemAddress(&va, SIZE, 0, NULL, 0) == ACL_SUCCESS, "reserve");
    CHECK(aclrtMapMem(va, SIZE, 0, phys, 0) == ACL_SUCCESS, "map");
    aclrtMemAccessDesc logical = access_for(0);
    aclrtMemAccessDesc driver = access_for(2);
    CHECK(aclrtMemSetAccess(va, SIZE, &logical, 1) == ACL_ERROR_RT_DRV_INTERNAL_ERROR, "logical id: 507899");
    CHECK(aclrtMemSetAccess(va, SIZE, &driver, 1) == ACL_SUCCESS, "driver-visible id: success");
    const uint64_t word = WORD;
    CHECK(aclrtMemcpy((char *)va + 64, 8, &word, 8, ACL_MEMCPY_HOST_TO_DEVICE) == ACL_SUCCESS, "write");
    __atomic_store_n(&s->stage, 2, __ATOMIC_RELEASE);
    CHECK(aclrtUnmapMem(va) == ACL_SUCCESS && aclrtReleaseMemAddress(va) == ACL_SUCCESS
          && aclrtFreePhysical(phys) == ACL_SUCCESS, "release in order");
    await(&s->stage, 3);
    CHECK(aclrtResetDevice(0) == ACL_SUCCESS && aclFinalize() == ACL_SUCCESS, "teardown");
    return 0;
}

int main(void)
{
    struct shared *s = mmap(NULL, sizeof(*s), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (s == MAP_FAILED) {
        return 1;
    }
    memset(s, 0, sizeof(*s));
    unsetenv("ASCEND_RT_VISIBLE_DEVICES");
    unsetenv("FAKECANN_FABRIC");
    const pid_t a = fork();
    if (a == 0) {
        _exit(exporter(s));
    }
    const pid_t b = fork();
    if (b == 0) {
        _exit(importer(s));
    }
    int sa = 1, sb = 1;
    waitpid(a, &sa, 0);
    waitpid(b, &sb, 0);
    if (!WIFEXITED(sa) || WEXITSTATUS(sa) != 0 || !WIFEXITED(sb) || WEXITSTATUS(sb) != 0) {
        fprintf(stderr, "fake_vmm_selftest: FAILED\n");
        return 1;
    }
    printf("fake_vmm_selftest: VMM windows alias across 2 processes; id spaces, pid validation and release "
           "order behave as the hardware lessons say\n");
    return 0;
}
