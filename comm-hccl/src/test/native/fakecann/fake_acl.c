/*
 * fake_acl.c - a fake libascendcl.so for comm4j's tests (no Ascend hardware, no CANN).
 *
 * "Device memory" is host memory: aclrtMalloc maps private pages and registers them as a device
 * range; libhccl registers the group segment (mapped at the same address in every rank process)
 * the same way. aclrtMemcpy refuses a device-side pointer outside every registered range with
 * ACL_ERROR_RT_PARAM_INVALID instead of touching it, so a wrong address read by the code under
 * test is an error code, never a crash of the test JVM.
 *
 * This library also owns what the three fake libraries share (fakecann.h): fault injection from
 * the environment, leak counters and the report written to $FAKECANN_REPORT at exit.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "acl.h"
#include "fakecann.h"

#define ACL_API FAKECANN_EXPORT

/* ---- fault injection ------------------------------------------------------------------------ */

/*
 * $FAKECANN_FAIL = entry[,entry...], entry = func:code[:nth]  -> the call returns `code`
 * $FAKECANN_HANG = func[:nth][,...]                             -> the call blocks (bounded)
 * $FAKECANN_DIE  = func[:nth][,...]                             -> the process is killed (SIGKILL)
 * nth counts calls of that function in this process from 1; without it every call is hit.
 */
enum fault_kind { FAULT_FAIL, FAULT_HANG, FAULT_DIE };

struct fault {
    enum fault_kind kind;
    char func[64];
    int code;
    long nth;
};

#define MAX_FAULTS 32
#define MAX_CALL_COUNTERS 128

static struct fault faults[MAX_FAULTS];
static int fault_count;
static struct {
    char func[64];
    long calls;
} call_counters[MAX_CALL_COUNTERS];
static int call_counter_count;
static pthread_mutex_t fault_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t fault_once = PTHREAD_ONCE_INIT;

static void parse_faults(const char *var, enum fault_kind kind)
{
    const char *spec = getenv(var);
    if (spec == NULL || *spec == '\0') {
        return;
    }
    char *copy = strdup(spec);
    char *save = NULL;
    for (char *entry = strtok_r(copy, ",", &save); entry != NULL && fault_count < MAX_FAULTS;
         entry = strtok_r(NULL, ",", &save)) {
        struct fault *f = &faults[fault_count];
        memset(f, 0, sizeof(*f));
        f->kind = kind;
        char *p2 = NULL;
        char *name = strtok_r(entry, ":", &p2);
        if (name == NULL) {
            continue;
        }
        snprintf(f->func, sizeof(f->func), "%s", name);
        char *a = strtok_r(NULL, ":", &p2);
        char *b = strtok_r(NULL, ":", &p2);
        if (kind == FAULT_FAIL) {
            if (a == NULL) {
                fprintf(stderr, "fakecann: %s entry '%s' has no code; ignored\n", var, name);
                continue;
            }
            f->code = (int)strtol(a, NULL, 0);
            f->nth = b != NULL ? strtol(b, NULL, 10) : 0;
        } else {
            f->nth = a != NULL ? strtol(a, NULL, 10) : 0;
        }
        fault_count++;
    }
    free(copy);
}

static void load_faults(void)
{
    parse_faults("FAKECANN_FAIL", FAULT_FAIL);
    parse_faults("FAKECANN_HANG", FAULT_HANG);
    parse_faults("FAKECANN_DIE", FAULT_DIE);
}

static long count_call(const char *func)
{
    for (int i = 0; i < call_counter_count; i++) {
        if (strcmp(call_counters[i].func, func) == 0) {
            return ++call_counters[i].calls;
        }
    }
    if (call_counter_count == MAX_CALL_COUNTERS) {
        return 0;
    }
    snprintf(call_counters[call_counter_count].func, sizeof(call_counters[0].func), "%s", func);
    call_counters[call_counter_count].calls = 1;
    call_counter_count++;
    return 1;
}

int fakecann_inject(const char *func, int *code)
{
    pthread_once(&fault_once, load_faults);
    pthread_mutex_lock(&fault_lock);
    const long call = count_call(func);
    const struct fault *hit = NULL;
    for (int i = 0; i < fault_count; i++) {
        if (strcmp(faults[i].func, func) == 0 && (faults[i].nth == 0 || faults[i].nth == call)) {
            hit = &faults[i];
            break;
        }
    }
    pthread_mutex_unlock(&fault_lock);
    if (hit == NULL) {
        return 0;
    }
    switch (hit->kind) {
    case FAULT_DIE:
        fprintf(stderr, "fakecann: %s call %ld: killing this process (FAKECANN_DIE)\n", func, call);
        fflush(stderr);
        kill(getpid(), SIGKILL);
        pause();
        return 0;
    case FAULT_HANG: {
        /* Bounded: a test that forgets to kill the process still ends. */
        const long seconds = fakecann_env_long("FAKECANN_HANG_SECONDS", 600);
        fprintf(stderr, "fakecann: %s call %ld: hanging for %ld s (FAKECANN_HANG)\n", func, call, seconds);
        fflush(stderr);
        struct timespec ts = { .tv_sec = seconds, .tv_nsec = 0 };
        while (nanosleep(&ts, &ts) == -1 && errno == EINTR) {
        }
        return 0;
    }
    case FAULT_FAIL:
    default:
        fakecann_set_error("fake CANN: injected failure %d of %s (call %ld, FAKECANN_FAIL)", hit->code,
                           func, call);
        *code = hit->code;
        return 1;
    }
}

long fakecann_env_long(const char *name, long dflt)
{
    const char *v = getenv(name);
    if (v == NULL || *v == '\0') {
        return dflt;
    }
    char *end = NULL;
    const long parsed = strtol(v, &end, 10);
    return (end != NULL && *end == '\0') ? parsed : dflt;
}

long fakecann_timeout_ms(void)
{
    return fakecann_env_long("FAKECANN_TIMEOUT_MS", 30000);
}

uint64_t fakecann_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

/* ---- error message ---------------------------------------------------------------------------- */

static __thread char recent_error[256];

void fakecann_set_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(recent_error, sizeof(recent_error), fmt, ap);
    va_end(ap);
}

ACL_API const char *aclGetRecentErrMsg(void)
{
    return recent_error[0] != '\0' ? recent_error : NULL;
}

/* ---- counters and the exit report ------------------------------------------------------------- */

static long counters[FAKECANN_COUNTER_COUNT];
static const char *const counter_names[FAKECANN_COUNTER_COUNT] = {
    "live_device_allocs", "live_streams", "live_comms", "device_refs", "linked_segments", "live_ipc_imports",
    "streams_refused_after_barrier", "poisoned_calls", "live_physical", "live_vmm_imports",
    "live_reservations", "live_mappings",
};
static int acl_initialized;

void fakecann_count(fakecann_counter which, int delta)
{
    __atomic_add_fetch(&counters[which], delta, __ATOMIC_SEQ_CST);
}

/* Written at process exit (not on SIGKILL) through a temporary file and a rename. */
__attribute__((destructor)) static void write_report(void)
{
    const char *path = getenv("FAKECANN_REPORT");
    if (path == NULL || *path == '\0') {
        return;
    }
    char tmp[4096];
    snprintf(tmp, sizeof(tmp), "%s.tmp.%d", path, (int)getpid());
    FILE *f = fopen(tmp, "w");
    if (f == NULL) {
        return;
    }
    for (int i = 0; i < FAKECANN_COUNTER_COUNT; i++) {
        fprintf(f, "%s=%ld\n", counter_names[i], __atomic_load_n(&counters[i], __ATOMIC_SEQ_CST));
    }
    fprintf(f, "acl_initialized=%d\n", acl_initialized);
    fclose(f);
    rename(tmp, path);
}

/* ---- device memory ranges --------------------------------------------------------------------- */

#define MAX_RANGES 1024

static struct {
    uintptr_t base;
    size_t size;
} ranges[MAX_RANGES];

/* Memory from aclrtMalloc: an unnamed tmpfs file (O_TMPFILE in /dev/shm) mapped shared, so that
 * aclrtIpcMemGetExportKey can give it a name another process can map. */
#define MAX_ALLOCS 1024
static struct {
    void *base;
    size_t size;
    int fd;
    char exported[64]; /* the key (file name in /dev/shm) once exported, "" otherwise */
} allocs[MAX_ALLOCS];
static struct {
    void *base;
    size_t size;
    char key[64];
} imports[MAX_ALLOCS];
static pthread_mutex_t alloc_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned export_serial;
static pthread_mutex_t range_lock = PTHREAD_MUTEX_INITIALIZER;

int fakecann_register_device_range(void *base, size_t size)
{
    pthread_mutex_lock(&range_lock);
    for (int i = 0; i < MAX_RANGES; i++) {
        if (ranges[i].base == 0) {
            ranges[i].base = (uintptr_t)base;
            ranges[i].size = size;
            pthread_mutex_unlock(&range_lock);
            return 0;
        }
    }
    pthread_mutex_unlock(&range_lock);
    return -1;
}

void fakecann_unregister_device_range(void *base)
{
    pthread_mutex_lock(&range_lock);
    for (int i = 0; i < MAX_RANGES; i++) {
        if (ranges[i].base == (uintptr_t)base) {
            ranges[i].base = 0;
            ranges[i].size = 0;
            break;
        }
    }
    pthread_mutex_unlock(&range_lock);
}

int fakecann_is_device_range(const void *ptr, size_t size)
{
    const uintptr_t p = (uintptr_t)ptr;
    int found = 0;
    pthread_mutex_lock(&range_lock);
    for (int i = 0; i < MAX_RANGES && !found; i++) {
        if (ranges[i].base != 0 && p >= ranges[i].base && size <= ranges[i].size
            && p - ranges[i].base <= ranges[i].size - size) {
            found = 1;
        }
    }
    pthread_mutex_unlock(&range_lock);
    return found;
}

/* ---- init and devices ------------------------------------------------------------------------- */

static pthread_mutex_t acl_lock = PTHREAD_MUTEX_INITIALIZER;
#define MAX_DEVICES 64
static int device_refs[MAX_DEVICES]; /* aclrtSetDevice minus aclrtResetDevice, per device */
static __thread int current_device = -1;
static __thread int context_switched;

#define INJECT(name) FAKECANN_INJECT(name, aclError)

int fakecann_device_ready(void)
{
    return __atomic_load_n(&acl_initialized, __ATOMIC_SEQ_CST) && current_device >= 0;
}

static aclError require_device(const char *func)
{
    if (!__atomic_load_n(&acl_initialized, __ATOMIC_SEQ_CST)) {
        fakecann_set_error("fake CANN: %s before aclInit", func);
        return ACL_ERROR_UNINITIALIZE;
    }
    if (current_device < 0) {
        fakecann_set_error("fake CANN: %s without aclrtSetDevice on this thread", func);
        return ACL_ERROR_RT_CONTEXT_NULL;
    }
    return ACL_SUCCESS;
}

ACL_API aclError aclInit(const char *configPath)
{
    (void)configPath;
    INJECT("aclInit");
    pthread_mutex_lock(&acl_lock);
    const int was = acl_initialized;
    acl_initialized = 1;
    pthread_mutex_unlock(&acl_lock);
    return was ? ACL_ERROR_REPEAT_INITIALIZE : ACL_SUCCESS;
}

ACL_API aclError aclFinalize(void)
{
    INJECT("aclFinalize");
    pthread_mutex_lock(&acl_lock);
    const int was = acl_initialized;
    acl_initialized = 0;
    pthread_mutex_unlock(&acl_lock);
    return was ? ACL_SUCCESS : ACL_ERROR_REPEAT_FINALIZE;
}

ACL_API aclError aclrtGetVersion(int32_t *majorVersion, int32_t *minorVersion, int32_t *patchVersion)
{
    INJECT("aclrtGetVersion");
    if (majorVersion == NULL || minorVersion == NULL || patchVersion == NULL) {
        return ACL_ERROR_INVALID_PARAM;
    }
    *majorVersion = 1;
    *minorVersion = 17;
    *patchVersion = 0;
    return ACL_SUCCESS;
}

/* $FAKECANN_CANN_VERSION (default 8.5.0, the version the MC2 layouts were measured good on,
 * hardware-lessons section 2); "none" makes the query unsupported, as on old CANN. */
ACL_API aclError aclsysGetCANNVersion(aclCANNPackageName name, aclCANNPackageVersion *version)
{
    (void)name;
    INJECT("aclsysGetCANNVersion");
    if (version == NULL) {
        return ACL_ERROR_INVALID_PARAM;
    }
    const char *v = getenv("FAKECANN_CANN_VERSION");
    if (v == NULL || *v == '\0') {
        v = "8.5.0";
    }
    if (strcmp(v, "none") == 0) {
        return ACL_ERROR_API_NOT_SUPPORT;
    }
    memset(version, 0, sizeof(*version));
    snprintf(version->version, sizeof(version->version), "%s", v);
    char parts[3][ACL_PKG_VERSION_PARTS_MAX_SIZE] = { "", "", "" };
    sscanf(v, "%63[^.].%63[^.].%63s", parts[0], parts[1], parts[2]);
    snprintf(version->majorVersion, sizeof(version->majorVersion), "%s", parts[0]);
    snprintf(version->minorVersion, sizeof(version->minorVersion), "%s", parts[1]);
    snprintf(version->releaseVersion, sizeof(version->releaseVersion), "%s", parts[2]);
    return ACL_SUCCESS;
}

/*
 * Devices, as the driver numbers them: $FAKECANN_DEVICE_COUNT (default 8) cards, ids 0..count-1.
 * ASCEND_RT_VISIBLE_DEVICES (comma-separated ids) makes only the listed cards visible, renumbered
 * 0..n-1 in list order: every ACL call taking a device id takes that logical id; parsing stops at
 * the first invalid entry (an id that is not a number, does not exist or repeats), as CANN documents.
 */
static int visible[MAX_DEVICES];
static int visible_count = -1; /* -1: not parsed yet */
static pthread_once_t visible_once = PTHREAD_ONCE_INIT;

static void parse_visible(void)
{
    const long physical = fakecann_env_long("FAKECANN_DEVICE_COUNT", 8);
    const char *list = getenv("ASCEND_RT_VISIBLE_DEVICES");
    int n = 0;
    if (list == NULL) {
        for (long i = 0; i < physical && i < MAX_DEVICES; i++) {
            visible[n++] = (int)i;
        }
        visible_count = n;
        return;
    }
    const char *p = list;
    while (*p != '\0' && n < MAX_DEVICES) {
        char *end = NULL;
        const long id = strtol(p, &end, 10);
        if (end == p || id < 0 || id >= physical) {
            break;
        }
        int repeated = 0;
        for (int i = 0; i < n; i++) {
            repeated |= visible[i] == (int)id;
        }
        if (repeated) {
            break;
        }
        visible[n++] = (int)id;
        p = end;
        if (*p == ',') {
            p++;
        } else {
            break;
        }
    }
    visible_count = n;
}

static uint32_t device_count(void)
{
    pthread_once(&visible_once, parse_visible);
    return (uint32_t)visible_count;
}

ACL_API aclError aclrtSetDevice(int32_t deviceId)
{
    INJECT("aclrtSetDevice");
    if (!__atomic_load_n(&acl_initialized, __ATOMIC_SEQ_CST)) {
        return ACL_ERROR_UNINITIALIZE;
    }
    if (deviceId < 0 || (uint32_t)deviceId >= device_count()) {
        fakecann_set_error("fake CANN: logical device %d does not exist (%u visible: FAKECANN_DEVICE_COUNT, "
                           "ASCEND_RT_VISIBLE_DEVICES)", deviceId, device_count());
        return ACL_ERROR_RT_INVALID_DEVICEID;
    }
    current_device = deviceId;
    context_switched = 0;
    __atomic_add_fetch(&device_refs[deviceId % MAX_DEVICES], 1, __ATOMIC_SEQ_CST);
    fakecann_count(FAKECANN_DEVICE_REFS, 1);
    return ACL_SUCCESS;
}

ACL_API aclError aclrtResetDevice(int32_t deviceId)
{
    INJECT("aclrtResetDevice");
    if (deviceId < 0 || (uint32_t)deviceId >= device_count()) {
        return ACL_ERROR_RT_INVALID_DEVICEID;
    }
    /* Reference counted, as ACL's device contexts are: the device goes away with the last reset. */
    if (__atomic_sub_fetch(&device_refs[deviceId % MAX_DEVICES], 1, __ATOMIC_SEQ_CST) <= 0 && current_device == deviceId) {
        current_device = -1;
    }
    fakecann_count(FAKECANN_DEVICE_REFS, -1);
    return ACL_SUCCESS;
}

int fakecann_physical_device(void)
{
    if (current_device < 0 || (uint32_t)current_device >= device_count()) {
        return -1;
    }
    return visible[current_device];
}

ACL_API aclError aclrtGetDevice(int32_t *deviceId)
{
    INJECT("aclrtGetDevice");
    if (deviceId == NULL) {
        return ACL_ERROR_INVALID_PARAM;
    }
    if (current_device < 0) {
        return ACL_ERROR_RT_CONTEXT_NULL;
    }
    *deviceId = current_device;
    return ACL_SUCCESS;
}

ACL_API aclError aclrtGetDeviceCount(uint32_t *count)
{
    INJECT("aclrtGetDeviceCount");
    if (count == NULL) {
        return ACL_ERROR_INVALID_PARAM;
    }
    *count = device_count();
    return ACL_SUCCESS;
}

/* ---- streams ---------------------------------------------------------------------------------- */

#define STREAM_MAGIC 0x53545245414d5f46ULL /* "F_MAERTS" */
#define MAX_STREAMS 256

struct fake_stream {
    uint64_t magic;
    int device;
    int barrier_used; /* HcclBarrier ran on it: sync answers 507018, destroy 507901 */
};

static struct fake_stream *streams[MAX_STREAMS];
static pthread_mutex_t stream_lock = PTHREAD_MUTEX_INITIALIZER;

int fakecann_stream_valid(const void *stream)
{
    int valid = 0;
    pthread_mutex_lock(&stream_lock);
    for (int i = 0; i < MAX_STREAMS && stream != NULL; i++) {
        if (streams[i] == stream) {
            valid = 1;
            break;
        }
    }
    pthread_mutex_unlock(&stream_lock);
    return valid;
}

void fakecann_switch_context(const void *stream)
{
    context_switched = 1;
    pthread_mutex_lock(&stream_lock);
    for (int i = 0; i < MAX_STREAMS && stream != NULL; i++) {
        if (streams[i] == stream) {
            streams[i]->barrier_used = 1;
        }
    }
    pthread_mutex_unlock(&stream_lock);
}

ACL_API aclError aclrtCreateStream(aclrtStream *stream)
{
    INJECT("aclrtCreateStream");
    const aclError ready = require_device("aclrtCreateStream");
    if (ready != ACL_SUCCESS) {
        return ready;
    }
    if (stream == NULL) {
        return ACL_ERROR_INVALID_PARAM;
    }
    struct fake_stream *s = calloc(1, sizeof(*s));
    if (s == NULL) {
        return ACL_ERROR_BAD_ALLOC;
    }
    s->magic = STREAM_MAGIC;
    s->device = current_device;
    if (fakecann_claim_slot((void **)streams, MAX_STREAMS, s, &stream_lock) < 0) {
        free(s);
        return ACL_ERROR_RT_MEMORY_ALLOCATION;
    }
    fakecann_count(FAKECANN_LIVE_STREAMS, 1);
    *stream = s;
    return ACL_SUCCESS;
}

ACL_API aclError aclrtDestroyStream(aclrtStream stream)
{
    INJECT("aclrtDestroyStream");
    int found = 0;
    int refused = 0;
    pthread_mutex_lock(&stream_lock);
    for (int i = 0; i < MAX_STREAMS && stream != NULL; i++) {
        if (streams[i] == stream) {
            refused = streams[i]->barrier_used;
            streams[i] = NULL;
            found = 1;
            break;
        }
    }
    pthread_mutex_unlock(&stream_lock);
    if (refused) {
        /* As observed on hardware (lessons section 6). The stream is gone for the caller (it cannot
         * retry), and the report counts it apart from streams nobody tried to destroy. */
        fakecann_set_error("fake CANN: aclrtDestroyStream(%p): refused with 507901 after HcclBarrier used the "
                           "stream", stream);
        free(stream);
        fakecann_count(FAKECANN_LIVE_STREAMS, -1);
        fakecann_count(FAKECANN_STREAMS_REFUSED, 1);
        return FAKECANN_ACL_ERROR_RT_SOCKET_CLOSE;
    }
    if (!found) {
        fakecann_set_error("fake CANN: aclrtDestroyStream(%p): not a live stream", stream);
        return ACL_ERROR_RT_PARAM_INVALID;
    }
    free(stream);
    fakecann_count(FAKECANN_LIVE_STREAMS, -1);
    return ACL_SUCCESS;
}

ACL_API aclError aclrtSynchronizeStream(aclrtStream stream)
{
    INJECT("aclrtSynchronizeStream");
    if (!fakecann_stream_valid(stream)) {
        return ACL_ERROR_RT_PARAM_INVALID;
    }
    int dirty = 0;
    pthread_mutex_lock(&stream_lock);
    for (int i = 0; i < MAX_STREAMS; i++) {
        if (streams[i] == stream) {
            dirty = streams[i]->barrier_used;
        }
    }
    pthread_mutex_unlock(&stream_lock);
    if (context_switched || dirty) {
        fakecann_set_error("fake CANN: the thread's context was switched by HcclBarrier; "
                           "the stream fails context-checked calls");
        return ACL_ERROR_RT_AICPU_EXCEPTION;
    }
    return ACL_SUCCESS;
}

/* ---- memory ----------------------------------------------------------------------------------- */

/* Memory of either kind (aclrtMalloc, aclrtMallocPhysical): an unnamed tmpfs file (O_TMPFILE in
 * /dev/shm) of size bytes, mapped shared. On success *fd and *map are set; on failure nothing is left. */
static aclError tmpfs_memory(const char *func, size_t size, int *fd, void **map)
{
    const int f = open("/dev/shm", O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (f < 0) {
        fakecann_set_error("fake CANN: %s: O_TMPFILE in /dev/shm: %s", func, strerror(errno));
        return ACL_ERROR_RT_MEMORY_ALLOCATION;
    }
    if (ftruncate(f, (off_t)size) != 0) {
        close(f);
        return ACL_ERROR_RT_MEMORY_ALLOCATION;
    }
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, f, 0);
    if (p == MAP_FAILED) {
        close(f);
        return ACL_ERROR_RT_MEMORY_ALLOCATION;
    }
    *fd = f;
    *map = p;
    return ACL_SUCCESS;
}

ACL_API aclError aclrtMalloc(void **devPtr, size_t size, aclrtMemMallocPolicy policy)
{
    (void)policy;
    INJECT("aclrtMalloc");
    const aclError ready = require_device("aclrtMalloc");
    if (ready != ACL_SUCCESS) {
        return ready;
    }
    if (devPtr == NULL || size == 0) {
        return ACL_ERROR_INVALID_PARAM;
    }
    int fd;
    void *p;
    const aclError made = tmpfs_memory("aclrtMalloc", size, &fd, &p);
    if (made != ACL_SUCCESS) {
        return made;
    }
    int slot = -1;
    pthread_mutex_lock(&alloc_lock);
    for (int i = 0; i < MAX_ALLOCS; i++) {
        if (allocs[i].base == NULL) {
            allocs[i].base = p;
            allocs[i].size = size;
            allocs[i].fd = fd;
            allocs[i].exported[0] = '\0';
            slot = i;
            break;
        }
    }
    pthread_mutex_unlock(&alloc_lock);
    if (slot < 0 || fakecann_register_device_range(p, size) != 0) {
        munmap(p, size);
        close(fd);
        return ACL_ERROR_RT_MEMORY_ALLOCATION;
    }
    fakecann_count(FAKECANN_LIVE_DEVICE_ALLOCS, 1);
    *devPtr = p;
    return ACL_SUCCESS;
}

/* Removes the /dev/shm name an export published (IPC keys and VMM handles alike) and forgets it. */
static void unlink_exported_name(char *exported)
{
    if (exported[0] != '\0') {
        char path[128];
        snprintf(path, sizeof(path), "/dev/shm/%s", exported);
        unlink(path);
        exported[0] = '\0';
        fakecann_count(FAKECANN_LINKED_SEGMENTS, -1);
    }
}

static void unlink_export(int i)
{
    unlink_exported_name(allocs[i].exported);
}

ACL_API aclError aclrtFree(void *devPtr)
{
    INJECT("aclrtFree");
    int slot = -1;
    pthread_mutex_lock(&alloc_lock);
    for (int i = 0; i < MAX_ALLOCS && devPtr != NULL; i++) {
        if (allocs[i].base == devPtr) {
            slot = i;
            break;
        }
    }
    if (slot < 0) {
        pthread_mutex_unlock(&alloc_lock);
        fakecann_set_error("fake CANN: aclrtFree(%p): not an allocation", devPtr);
        return ACL_ERROR_RT_PARAM_INVALID;
    }
    unlink_export(slot);
    const size_t size = allocs[slot].size;
    const int fd = allocs[slot].fd;
    allocs[slot].base = NULL;
    pthread_mutex_unlock(&alloc_lock);
    fakecann_unregister_device_range(devPtr);
    munmap(devPtr, size);
    close(fd);
    fakecann_count(FAKECANN_LIVE_DEVICE_ALLOCS, -1);
    return ACL_SUCCESS;
}

/* A crashed or careless process must not leave exported names in /dev/shm. */
__attribute__((destructor)) static void unlink_exports_at_exit(void)
{
    for (int i = 0; i < MAX_ALLOCS; i++) {
        if (allocs[i].base != NULL && allocs[i].exported[0] != '\0') {
            char path[128];
            snprintf(path, sizeof(path), "/dev/shm/%s", allocs[i].exported);
            unlink(path);
        }
    }
}

/* ---- IPC memory sharing ----------------------------------------------------------------------- */

#define IPC_KEY_LEN 65

/* The key is the name under /dev/shm that the allocation's unnamed file is linked to. */
ACL_API aclError aclrtIpcMemGetExportKey(void *devPtr, size_t size, char *key, size_t len, uint64_t flags)
{
    (void)flags;
    INJECT("aclrtIpcMemGetExportKey");
    if (devPtr == NULL || key == NULL || len < IPC_KEY_LEN) {
        return ACL_ERROR_RT_PARAM_INVALID;
    }
    pthread_mutex_lock(&alloc_lock);
    int slot = -1;
    for (int i = 0; i < MAX_ALLOCS; i++) {
        if (allocs[i].base == devPtr) {
            slot = i;
            break;
        }
    }
    if (slot < 0 || size > allocs[slot].size) {
        pthread_mutex_unlock(&alloc_lock);
        fakecann_set_error("fake CANN: aclrtIpcMemGetExportKey(%p, %zu): not the start of an allocation that size",
                           devPtr, size);
        return ACL_ERROR_RT_PARAM_INVALID;
    }
    if (allocs[slot].exported[0] == '\0') {
        const char *prefix = getenv("FAKECANN_SHM_PREFIX");
        char name[64];
        /* the exporter's driver device rides in the name, so the importer can tell a cross-card import */
        snprintf(name, sizeof(name), "%s_ipc_%d_%u_d%d", prefix != NULL && *prefix ? prefix : "fakecann",
                 (int)getpid(), export_serial++, fakecann_physical_device());
        char from[64];
        char to[128];
        snprintf(from, sizeof(from), "/proc/self/fd/%d", allocs[slot].fd);
        snprintf(to, sizeof(to), "/dev/shm/%s", name);
        if (linkat(AT_FDCWD, from, AT_FDCWD, to, AT_SYMLINK_FOLLOW) != 0) {
            pthread_mutex_unlock(&alloc_lock);
            fakecann_set_error("fake CANN: aclrtIpcMemGetExportKey: linking %s: %s", to, strerror(errno));
            return ACL_ERROR_RT_INTERNAL_ERROR;
        }
        snprintf(allocs[slot].exported, sizeof(allocs[slot].exported), "%s", name);
        fakecann_count(FAKECANN_LINKED_SEGMENTS, 1);
    }
    snprintf(key, len, "%s", allocs[slot].exported);
    pthread_mutex_unlock(&alloc_lock);
    return ACL_SUCCESS;
}

ACL_API aclError aclrtIpcMemSetImportPid(const char *key, int32_t *pid, size_t num)
{
    INJECT("aclrtIpcMemSetImportPid");
    if (key == NULL || (pid == NULL && num > 0)) {
        return ACL_ERROR_RT_PARAM_INVALID;
    }
    return ACL_SUCCESS;
}

ACL_API aclError aclrtIpcMemImportByKey(void **devPtr, const char *key, uint64_t flags)
{
    INJECT("aclrtIpcMemImportByKey");
    if (devPtr == NULL || key == NULL || strchr(key, '/') != NULL || strlen(key) >= 64) {
        return ACL_ERROR_RT_PARAM_INVALID;
    }
    /* A cross-card import needs ACL_RT_IPC_MEM_IMPORT_FLAG_ENABLE_PEER_ACCESS: with the default flag
     * the driver rejects the handle with 507899 (hardware-lessons section 3, commit 1c7568c37). */
    const char *d = strrchr(key, 'd');
    const int exporter = d != NULL && d > key && d[-1] == '_' ? (int)strtol(d + 1, NULL, 10) : -1;
    if ((flags & ACL_RT_IPC_MEM_IMPORT_FLAG_ENABLE_PEER_ACCESS) == 0 && exporter != fakecann_physical_device()) {
        fakecann_set_error("fake CANN: aclrtIpcMemImportByKey(%s): a handle of device %d imported on device %d "
                           "without ACL_RT_IPC_MEM_IMPORT_FLAG_ENABLE_PEER_ACCESS", key, exporter,
                           fakecann_physical_device());
        return FAKECANN_ACL_ERROR_RT_DRV_INTERNAL_ERROR;
    }
    char path[128];
    snprintf(path, sizeof(path), "/dev/shm/%s", key);
    const int fd = open(path, O_RDWR | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        fakecann_set_error("fake CANN: aclrtIpcMemImportByKey(%s): %s", key, strerror(errno));
        return ACL_ERROR_RT_PARAM_INVALID;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || st.st_size <= 0) {
        close(fd);
        return ACL_ERROR_RT_PARAM_INVALID;
    }
    void *p = mmap(NULL, (size_t)st.st_size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    if (p == MAP_FAILED) {
        return ACL_ERROR_RT_MEMORY_ALLOCATION;
    }
    pthread_mutex_lock(&alloc_lock);
    int slot = -1;
    for (int i = 0; i < MAX_ALLOCS; i++) {
        if (imports[i].base == NULL) {
            imports[i].base = p;
            imports[i].size = (size_t)st.st_size;
            snprintf(imports[i].key, sizeof(imports[i].key), "%s", key);
            slot = i;
            break;
        }
    }
    pthread_mutex_unlock(&alloc_lock);
    if (slot < 0 || fakecann_register_device_range(p, (size_t)st.st_size) != 0) {
        munmap(p, (size_t)st.st_size);
        return ACL_ERROR_RT_MEMORY_ALLOCATION;
    }
    fakecann_count(FAKECANN_LIVE_IPC_IMPORTS, 1);
    *devPtr = p;
    return ACL_SUCCESS;
}

/* The importer unmaps what it imported with this key; the exporter removes the key's name. */
ACL_API aclError aclrtIpcMemClose(const char *key)
{
    INJECT("aclrtIpcMemClose");
    if (key == NULL) {
        return ACL_ERROR_RT_PARAM_INVALID;
    }
    int found = 0;
    pthread_mutex_lock(&alloc_lock);
    for (int i = 0; i < MAX_ALLOCS; i++) {
        if (imports[i].base != NULL && strcmp(imports[i].key, key) == 0) {
            fakecann_unregister_device_range(imports[i].base);
            munmap(imports[i].base, imports[i].size);
            imports[i].base = NULL;
            fakecann_count(FAKECANN_LIVE_IPC_IMPORTS, -1);
            found = 1;
        }
        if (allocs[i].base != NULL && strcmp(allocs[i].exported, key) == 0) {
            unlink_export(i);
            found = 1;
        }
    }
    pthread_mutex_unlock(&alloc_lock);
    return found ? ACL_SUCCESS : ACL_ERROR_RT_PARAM_INVALID;
}

ACL_API aclError aclrtDeviceGetBareTgid(int32_t *pid)
{
    INJECT("aclrtDeviceGetBareTgid");
    if (pid == NULL) {
        return ACL_ERROR_RT_PARAM_INVALID;
    }
    *pid = (int32_t)getpid();
    return ACL_SUCCESS;
}

ACL_API aclError aclrtDeviceCanAccessPeer(int32_t *canAccessPeer, int32_t deviceId, int32_t peerDeviceId)
{
    INJECT("aclrtDeviceCanAccessPeer");
    if (canAccessPeer == NULL || deviceId < 0 || peerDeviceId < 0) {
        return ACL_ERROR_RT_PARAM_INVALID;
    }
    *canAccessPeer = deviceId != peerDeviceId;
    return ACL_SUCCESS;
}

ACL_API aclError aclrtDeviceEnablePeerAccess(int32_t peerDeviceId, uint32_t flags)
{
    INJECT("aclrtDeviceEnablePeerAccess");
    const aclError ready = require_device("aclrtDeviceEnablePeerAccess");
    if (ready != ACL_SUCCESS) {
        return ready;
    }
    if (flags != 0 || peerDeviceId < 0 || (uint32_t)peerDeviceId >= device_count() || peerDeviceId == current_device) {
        return ACL_ERROR_RT_PARAM_INVALID;
    }
    return ACL_SUCCESS;
}

ACL_API aclError aclrtMemcpy(void *dst, size_t destMax, const void *src, size_t count, aclrtMemcpyKind kind)
{
    INJECT("aclrtMemcpy");
    const aclError ready = require_device("aclrtMemcpy");
    if (ready != ACL_SUCCESS) {
        return ready;
    }
    if (dst == NULL || src == NULL || count > destMax) {
        fakecann_set_error("fake CANN: aclrtMemcpy(dst=%p, destMax=%zu, src=%p, count=%zu): bad arguments",
                           dst, destMax, src, count);
        return ACL_ERROR_RT_PARAM_INVALID;
    }
    const int dst_dev = kind == ACL_MEMCPY_HOST_TO_DEVICE || kind == ACL_MEMCPY_DEVICE_TO_DEVICE;
    const int src_dev = kind == ACL_MEMCPY_DEVICE_TO_HOST || kind == ACL_MEMCPY_DEVICE_TO_DEVICE;
    if (kind != ACL_MEMCPY_HOST_TO_HOST && !dst_dev && !src_dev) {
        return ACL_ERROR_RT_PARAM_INVALID;
    }
    if ((dst_dev && !fakecann_is_device_range(dst, count)) || (src_dev && !fakecann_is_device_range(src, count))) {
        fakecann_set_error("fake CANN: aclrtMemcpy kind %d: %p is not %zu bytes of device memory", (int)kind,
                           dst_dev && !fakecann_is_device_range(dst, count) ? dst : src, count);
        return ACL_ERROR_RT_PARAM_INVALID;
    }
    memmove(dst, src, count);
    return ACL_SUCCESS;
}

/* ---- VMM: physical memory, reserved addresses, mappings, shareable handles ---------------------
 *
 * Physical memory is an unnamed tmpfs file (O_TMPFILE in /dev/shm); exporting links it under
 * /dev/shm/<prefix>_vmm_<handle in hex> so that an import in another process maps the same pages:
 * a write through one process's mapping is seen through every other's, as on a device.
 * Handles are opaque numbers (slot and a serial), never pointers, and checked on every use.
 * The id-space rules are the measured ones (hardware-lessons section 5): aclrtPhysicalMemProp takes
 * the logical id of the bound device (another visible logical id -> 507899, an id outside the
 * visible list -> 107001); aclrtMemAccessDesc takes the driver-visible id (anything else -> 507899).
 * A mapping is inaccessible (PROT_NONE, not device memory for aclrtMemcpy) until aclrtMemSetAccess.
 * aclrtFreePhysical refuses a handle that is still mapped, aclrtReleaseMemAddress a reservation that
 * is still mapped: lessons section 4's release order (unmap, release, free) is enforced.
 * $FAKECANN_FABRIC=1 makes the part an A3 (Fabric V2 handles work); otherwise V2 export answers
 * ACL_ERROR_RT_FEATURE_NOT_SUPPORT as on A2. */

#define VMM_HUGE_GRANULARITY ((size_t)2 << 20)
#define VMM_NORMAL_GRANULARITY ((size_t)64 << 10)
#define MAX_VMM 1024
#define VMM_HANDLE_TAG 0x7d00000000000000ULL

static struct {
    int fd; /* 0: free slot (stored as fd + 1) */
    size_t size;
    int imported;
    int device; /* driver-visible id of the device it was allocated or imported on */
    unsigned serial;
    int mapped; /* number of live mappings of it */
    char exported[80];
} vmm_phys[MAX_VMM];

static struct {
    void *base;
    size_t size;
    int phys; /* slot of the mapped handle, -1 when nothing is mapped */
    int accessible;
} vmm_reserved[MAX_VMM];

static pthread_mutex_t vmm_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned vmm_serial = 1;

static aclrtDrvMemHandle vmm_handle_of(int slot)
{
    return (aclrtDrvMemHandle)(uintptr_t)(VMM_HANDLE_TAG | ((uint64_t)vmm_phys[slot].serial << 16) | (uint64_t)slot);
}

/* The slot of a live handle, or -1; call with vmm_lock held. */
/* Ends a VMM call that found its arguments bad while it held vmm_lock: drops the lock, sets the
 * message aclGetRecentErrMsg returns and returns what CANN returns for bad arguments. */
static aclError vmm_refuse(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static aclError vmm_refuse(const char *fmt, ...)
{
    pthread_mutex_unlock(&vmm_lock);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(recent_error, sizeof(recent_error), fmt, ap);
    va_end(ap);
    return ACL_ERROR_RT_PARAM_INVALID;
}

static int vmm_slot_of(aclrtDrvMemHandle handle)
{
    const uint64_t h = (uint64_t)(uintptr_t)handle;
    const int slot = (int)(h & 0xffff);
    if ((h & 0xff00000000000000ULL) != VMM_HANDLE_TAG || slot >= MAX_VMM || vmm_phys[slot].fd == 0
        || (unsigned)((h >> 16) & 0xffffffffffULL) != vmm_phys[slot].serial) {
        return -1;
    }
    return slot;
}

static int vmm_reservation_of(const void *va)
{
    for (int i = 0; i < MAX_VMM; i++) {
        if (vmm_reserved[i].base != NULL && vmm_reserved[i].base == va) {
            return i;
        }
    }
    return -1;
}

/* The allocation granularity of a memory attribute: 2 MiB for the HUGE attributes and for the
 * NORMAL ones too, which CANN's docs say are allocated as HUGE (hardware-lessons section 10); 64 KiB
 * for the plain DDR/HBM attributes (the fake's choice, not measured). */
static size_t vmm_granularity(aclrtMemAttr attr)
{
    return attr == ACL_DDR_MEM_HUGE || attr == ACL_HBM_MEM_HUGE || attr == ACL_DDR_MEM_NORMAL
                   || attr == ACL_HBM_MEM_NORMAL
               ? VMM_HUGE_GRANULARITY
               : VMM_NORMAL_GRANULARITY;
}

static const char *vmm_prefix(void)
{
    const char *prefix = getenv("FAKECANN_SHM_PREFIX");
    return prefix != NULL && *prefix ? prefix : "fakecann";
}

/* Stores fd in a free slot and gives out its handle; without a free slot the fd is closed. */
static aclError vmm_new_phys(int fd, size_t size, int imported, aclrtDrvMemHandle *handle)
{
    pthread_mutex_lock(&vmm_lock);
    for (int i = 0; i < MAX_VMM; i++) {
        if (vmm_phys[i].fd == 0) {
            vmm_phys[i].fd = fd + 1;
            vmm_phys[i].size = size;
            vmm_phys[i].imported = imported;
            vmm_phys[i].device = fakecann_physical_device();
            vmm_phys[i].serial = vmm_serial++;
            vmm_phys[i].mapped = 0;
            vmm_phys[i].exported[0] = '\0';
            *handle = vmm_handle_of(i);
            pthread_mutex_unlock(&vmm_lock);
            return ACL_SUCCESS;
        }
    }
    pthread_mutex_unlock(&vmm_lock);
    close(fd);
    return ACL_ERROR_RT_MEMORY_ALLOCATION;
}

ACL_API aclError aclrtMemGetAllocationGranularity(aclrtPhysicalMemProp *prop, aclrtMemGranularityOptions option,
                                                  size_t *granularity)
{
    INJECT("aclrtMemGetAllocationGranularity");
    if (prop == NULL || granularity == NULL
        || (option != ACL_RT_MEM_ALLOC_GRANULARITY_MINIMUM && option != ACL_RT_MEM_ALLOC_GRANULARITY_RECOMMENDED)) {
        return ACL_ERROR_INVALID_PARAM;
    }
    *granularity = vmm_granularity(prop->memAttr);
    return ACL_SUCCESS;
}

ACL_API aclError aclrtMallocPhysical(aclrtDrvMemHandle *handle, size_t size, const aclrtPhysicalMemProp *prop,
                                     uint64_t flags)
{
    INJECT("aclrtMallocPhysical");
    const aclError ready = require_device("aclrtMallocPhysical");
    if (ready != ACL_SUCCESS) {
        return ready;
    }
    if (handle == NULL || prop == NULL || flags != 0 || size == 0 || prop->handleType != ACL_MEM_HANDLE_TYPE_NONE
        || prop->allocationType != ACL_MEM_ALLOCATION_TYPE_PINNED
        || prop->location.type != ACL_MEM_LOCATION_TYPE_DEVICE) {
        fakecann_set_error("fake CANN: aclrtMallocPhysical: bad arguments");
        return ACL_ERROR_INVALID_PARAM;
    }
    const size_t g = vmm_granularity(prop->memAttr);
    if (size % g != 0) {
        fakecann_set_error("fake CANN: aclrtMallocPhysical: size %zu is not a multiple of the granularity %zu",
                           size, g);
        return ACL_ERROR_INVALID_PARAM;
    }
    if (prop->location.id >= device_count()) {
        fakecann_set_error("fake CANN: aclrtMallocPhysical: location id %u is not a logical device id",
                           prop->location.id);
        return ACL_ERROR_RT_INVALID_DEVICEID;
    }
    if ((int)prop->location.id != current_device) {
        fakecann_set_error("fake CANN: aclrtMallocPhysical: location id %u is not the bound device %d",
                           prop->location.id, current_device);
        return FAKECANN_ACL_ERROR_RT_DRV_INTERNAL_ERROR;
    }
    /* a small device by default, so a huge ask fails as OOM instead of filling tmpfs */
    const long limit = fakecann_env_long("FAKECANN_PHYSICAL_LIMIT", 1L << 30);
    if (limit >= 0 && (long)size > limit) {
        return ACL_ERROR_RT_DEVICE_OOM;
    }
    int fd;
    void *fresh;
    const aclError made = tmpfs_memory("aclrtMallocPhysical", size, &fd, &fresh);
    if (made != ACL_SUCCESS) {
        return made;
    }
    /* device memory is not zeroed on allocation: fresh physical memory holds a garbage pattern, so a
     * window published without aclrtMemset shows it (lessons section 4 step 5) */
    memset(fresh, 0xa5, size);
    munmap(fresh, size);
    const aclError rc = vmm_new_phys(fd, size, 0, handle);
    if (rc == ACL_SUCCESS) {
        fakecann_count(FAKECANN_LIVE_PHYSICAL, 1);
    }
    return rc;
}

static void vmm_unlink_export(int slot)
{
    unlink_exported_name(vmm_phys[slot].exported);
}

ACL_API aclError aclrtFreePhysical(aclrtDrvMemHandle handle)
{
    INJECT("aclrtFreePhysical");
    pthread_mutex_lock(&vmm_lock);
    const int slot = vmm_slot_of(handle);
    if (slot < 0 || vmm_phys[slot].mapped > 0) {
        return vmm_refuse("fake CANN: aclrtFreePhysical(%p): %s", handle,
                          slot < 0 ? "not a live handle" : "still mapped (unmap first)");
    }
    vmm_unlink_export(slot);
    close(vmm_phys[slot].fd - 1);
    vmm_phys[slot].fd = 0;
    const int imported = vmm_phys[slot].imported;
    pthread_mutex_unlock(&vmm_lock);
    fakecann_count(imported ? FAKECANN_LIVE_VMM_IMPORTS : FAKECANN_LIVE_PHYSICAL, -1);
    return ACL_SUCCESS;
}

ACL_API aclError aclrtReserveMemAddress(void **virPtr, size_t size, size_t alignment, void *expectPtr, uint64_t flags)
{
    INJECT("aclrtReserveMemAddress");
    if (virPtr == NULL || size == 0 || size % VMM_NORMAL_GRANULARITY != 0 || alignment != 0 || expectPtr != NULL
        || flags != 0) {
        fakecann_set_error("fake CANN: aclrtReserveMemAddress(size=%zu, alignment=%zu): bad arguments", size,
                           alignment);
        return ACL_ERROR_INVALID_PARAM;
    }
    void *p = mmap(NULL, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) {
        return ACL_ERROR_RT_MEMORY_ALLOCATION;
    }
    pthread_mutex_lock(&vmm_lock);
    int slot = -1;
    for (int i = 0; i < MAX_VMM; i++) {
        if (vmm_reserved[i].base == NULL) {
            vmm_reserved[i].base = p;
            vmm_reserved[i].size = size;
            vmm_reserved[i].phys = -1;
            vmm_reserved[i].accessible = 0;
            slot = i;
            break;
        }
    }
    pthread_mutex_unlock(&vmm_lock);
    if (slot < 0) {
        munmap(p, size);
        return ACL_ERROR_RT_MEMORY_ALLOCATION;
    }
    fakecann_count(FAKECANN_LIVE_RESERVATIONS, 1);
    *virPtr = p;
    return ACL_SUCCESS;
}

ACL_API aclError aclrtReleaseMemAddress(void *virPtr)
{
    INJECT("aclrtReleaseMemAddress");
    pthread_mutex_lock(&vmm_lock);
    const int r = vmm_reservation_of(virPtr);
    if (r < 0 || vmm_reserved[r].phys >= 0) {
        return vmm_refuse("fake CANN: aclrtReleaseMemAddress(%p): %s", virPtr,
                          r < 0 ? "not a reservation" : "still mapped (unmap first)");
    }
    munmap(vmm_reserved[r].base, vmm_reserved[r].size);
    vmm_reserved[r].base = NULL;
    pthread_mutex_unlock(&vmm_lock);
    fakecann_count(FAKECANN_LIVE_RESERVATIONS, -1);
    return ACL_SUCCESS;
}

ACL_API aclError aclrtMapMem(void *virPtr, size_t size, size_t offset, aclrtDrvMemHandle handle, uint64_t flags)
{
    INJECT("aclrtMapMem");
    pthread_mutex_lock(&vmm_lock);
    const int r = vmm_reservation_of(virPtr);
    const int slot = vmm_slot_of(handle);
    if (r < 0 || slot < 0 || offset != 0 || flags != 0 || vmm_reserved[r].phys >= 0 || size != vmm_phys[slot].size
        || size > vmm_reserved[r].size) {
        return vmm_refuse("fake CANN: aclrtMapMem(%p, %zu, %zu, %p): bad arguments", virPtr, size, offset, handle);
    }
    void *p = mmap(virPtr, size, PROT_NONE, MAP_SHARED | MAP_FIXED, vmm_phys[slot].fd - 1, 0);
    if (p == MAP_FAILED) {
        pthread_mutex_unlock(&vmm_lock);
        return ACL_ERROR_RT_MEMORY_ALLOCATION;
    }
    vmm_reserved[r].phys = slot;
    vmm_reserved[r].accessible = 0;
    vmm_phys[slot].mapped++;
    pthread_mutex_unlock(&vmm_lock);
    fakecann_count(FAKECANN_LIVE_MAPPINGS, 1);
    return ACL_SUCCESS;
}

ACL_API aclError aclrtUnmapMem(void *virPtr)
{
    INJECT("aclrtUnmapMem");
    pthread_mutex_lock(&vmm_lock);
    const int r = vmm_reservation_of(virPtr);
    if (r < 0 || vmm_reserved[r].phys < 0) {
        return vmm_refuse("fake CANN: aclrtUnmapMem(%p): nothing mapped there", virPtr);
    }
    if (vmm_reserved[r].accessible) {
        fakecann_unregister_device_range(virPtr);
    }
    const size_t size = vmm_phys[vmm_reserved[r].phys].size;
    /* the address range stays reserved: inaccessible anonymous pages over it again */
    mmap(virPtr, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0);
    vmm_phys[vmm_reserved[r].phys].mapped--;
    vmm_reserved[r].phys = -1;
    vmm_reserved[r].accessible = 0;
    pthread_mutex_unlock(&vmm_lock);
    fakecann_count(FAKECANN_LIVE_MAPPINGS, -1);
    return ACL_SUCCESS;
}

ACL_API aclError aclrtMemSetAccess(void *virPtr, size_t size, aclrtMemAccessDesc *desc, size_t count)
{
    INJECT("aclrtMemSetAccess");
    const aclError ready = require_device("aclrtMemSetAccess");
    if (ready != ACL_SUCCESS) {
        return ready;
    }
    if (desc == NULL || count != 1 || desc->location.type != ACL_MEM_LOCATION_TYPE_DEVICE
        || (desc->flags != ACL_RT_MEM_ACCESS_FLAGS_READWRITE && desc->flags != ACL_RT_MEM_ACCESS_FLAGS_READ)) {
        return ACL_ERROR_INVALID_PARAM;
    }
    if ((int)desc->location.id != fakecann_physical_device()) {
        fakecann_set_error("fake CANN: aclrtMemSetAccess: location id %u is not the driver-visible id %d of the "
                           "bound device", desc->location.id, fakecann_physical_device());
        return FAKECANN_ACL_ERROR_RT_DRV_INTERNAL_ERROR;
    }
    pthread_mutex_lock(&vmm_lock);
    const int r = vmm_reservation_of(virPtr);
    if (r < 0 || vmm_reserved[r].phys < 0 || size != vmm_phys[vmm_reserved[r].phys].size) {
        return vmm_refuse("fake CANN: aclrtMemSetAccess(%p, %zu): not a whole mapping", virPtr, size);
    }
    const int prot = desc->flags == ACL_RT_MEM_ACCESS_FLAGS_READ ? PROT_READ : PROT_READ | PROT_WRITE;
    if (mprotect(virPtr, size, prot) != 0) {
        pthread_mutex_unlock(&vmm_lock);
        return ACL_ERROR_RT_INTERNAL_ERROR;
    }
    if (!vmm_reserved[r].accessible) {
        fakecann_register_device_range(virPtr, size);
        vmm_reserved[r].accessible = 1;
    }
    pthread_mutex_unlock(&vmm_lock);
    return ACL_SUCCESS;
}

ACL_API aclError aclrtMemset(void *devPtr, size_t maxCount, int32_t value, size_t count)
{
    INJECT("aclrtMemset");
    const aclError ready = require_device("aclrtMemset");
    if (ready != ACL_SUCCESS) {
        return ready;
    }
    if (devPtr == NULL || count > maxCount || !fakecann_is_device_range(devPtr, count)) {
        fakecann_set_error("fake CANN: aclrtMemset(%p, %zu): not that much accessible device memory", devPtr, count);
        return ACL_ERROR_RT_PARAM_INVALID;
    }
    memset(devPtr, value, count);
    return ACL_SUCCESS;
}

/* Links the slot's file under its export name (once); call with vmm_lock held. */
static aclError vmm_link(int slot, uint64_t disable_pid)
{
    if (vmm_phys[slot].exported[0] != '\0') {
        return ACL_SUCCESS;
    }
    /* the name carries the exporter's pid and whether pid validation is off, so the importer can check */
    const uint64_t shareable = ((uint64_t)getpid() << 24) | ((uint64_t)(vmm_phys[slot].serial & 0x7fffff) << 1)
                               | (disable_pid ? 1 : 0);
    char name[80];
    snprintf(name, sizeof(name), "%s_vmm_%016llx", vmm_prefix(), (unsigned long long)shareable);
    char from[64];
    char to[128];
    snprintf(from, sizeof(from), "/proc/self/fd/%d", vmm_phys[slot].fd - 1);
    snprintf(to, sizeof(to), "/dev/shm/%s", name);
    if (linkat(AT_FDCWD, from, AT_FDCWD, to, AT_SYMLINK_FOLLOW) != 0) {
        fakecann_set_error("fake CANN: export: linking %s: %s", to, strerror(errno));
        return ACL_ERROR_RT_INTERNAL_ERROR;
    }
    snprintf(vmm_phys[slot].exported, sizeof(vmm_phys[slot].exported), "%s", name);
    fakecann_count(FAKECANN_LINKED_SEGMENTS, 1);
    return ACL_SUCCESS;
}

static uint64_t vmm_shareable_of(int slot)
{
    const char *hex = strrchr(vmm_phys[slot].exported, '_');
    return strtoull(hex + 1, NULL, 16);
}

/* Both exports: a live physical handle of this process linked under its shareable name, which *shareable gets. */
static aclError vmm_export(aclrtDrvMemHandle handle, uint64_t flags, uint64_t *shareable)
{
    pthread_mutex_lock(&vmm_lock);
    const int slot = vmm_slot_of(handle);
    if (slot < 0 || vmm_phys[slot].imported) {
        pthread_mutex_unlock(&vmm_lock);
        return ACL_ERROR_RT_PARAM_INVALID;
    }
    const aclError rc = vmm_link(slot, flags & ACL_RT_VMM_EXPORT_FLAG_DISABLE_PID_VALIDATION);
    if (rc == ACL_SUCCESS) {
        *shareable = vmm_shareable_of(slot);
    }
    pthread_mutex_unlock(&vmm_lock);
    return rc;
}

ACL_API aclError aclrtMemExportToShareableHandle(aclrtDrvMemHandle handle, aclrtMemHandleType handleType,
                                                 uint64_t flags, uint64_t *shareableHandle)
{
    INJECT("aclrtMemExportToShareableHandle");
    if (shareableHandle == NULL || handleType != ACL_MEM_HANDLE_TYPE_NONE
        || (flags & ~ACL_RT_VMM_EXPORT_FLAG_DISABLE_PID_VALIDATION) != 0) {
        return ACL_ERROR_INVALID_PARAM;
    }
    return vmm_export(handle, flags, shareableHandle);
}

/* Opens an exported handle as a new imported physical handle. */
static aclError vmm_import(uint64_t shareable, aclrtDrvMemHandle *handle, const char *func)
{
    if ((shareable & 1) == 0 && (pid_t)(shareable >> 24) != getpid()) {
        fakecann_set_error("fake CANN: %s(%016llx): exported with pid validation and no pid whitelist", func,
                           (unsigned long long)shareable);
        return FAKECANN_ACL_ERROR_RT_DRV_INTERNAL_ERROR;
    }
    char path[160];
    snprintf(path, sizeof(path), "/dev/shm/%s_vmm_%016llx", vmm_prefix(), (unsigned long long)shareable);
    const pid_t exporter = (pid_t)(shareable >> 24);
    if (exporter != getpid() && kill(exporter, 0) != 0 && errno == ESRCH) {
        /* the driver reclaims a dead process's memory: its handle no longer imports (and the name goes) */
        unlink(path);
        fakecann_set_error("fake CANN: %s(%016llx): the exporting process %d is gone", func,
                           (unsigned long long)shareable, (int)exporter);
        return FAKECANN_ACL_ERROR_RT_DRV_INTERNAL_ERROR;
    }
    const int fd = open(path, O_RDWR | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        fakecann_set_error("fake CANN: %s(%016llx): no such exported handle", func, (unsigned long long)shareable);
        return FAKECANN_ACL_ERROR_RT_DRV_INTERNAL_ERROR;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || st.st_size <= 0) {
        close(fd);
        return FAKECANN_ACL_ERROR_RT_DRV_INTERNAL_ERROR;
    }
    const aclError rc = vmm_new_phys(fd, (size_t)st.st_size, 1, handle);
    if (rc == ACL_SUCCESS) {
        fakecann_count(FAKECANN_LIVE_VMM_IMPORTS, 1);
    }
    return rc;
}

ACL_API aclError aclrtMemImportFromShareableHandle(uint64_t shareableHandle, int32_t deviceId,
                                                   aclrtDrvMemHandle *handle)
{
    INJECT("aclrtMemImportFromShareableHandle");
    const aclError ready = require_device("aclrtMemImportFromShareableHandle");
    if (ready != ACL_SUCCESS) {
        return ready;
    }
    if (handle == NULL) {
        return ACL_ERROR_INVALID_PARAM;
    }
    if (deviceId < 0 || (uint32_t)deviceId >= device_count()) {
        return ACL_ERROR_RT_INVALID_DEVICEID;
    }
    return vmm_import(shareableHandle, handle, "aclrtMemImportFromShareableHandle");
}

static int fabric_supported(void)
{
    return fakecann_env_long("FAKECANN_FABRIC", 0) == 1;
}

ACL_API aclError aclrtMemExportToShareableHandleV2(aclrtDrvMemHandle handle, uint64_t flags,
                                                   aclrtMemSharedHandleType shareType, void *shareableHandle)
{
    INJECT("aclrtMemExportToShareableHandleV2");
    if (!fabric_supported()) {
        fakecann_set_error("fake CANN: aclrtMemExportToShareableHandleV2: no Fabric V2 on this part (A2)");
        return ACL_ERROR_RT_FEATURE_NOT_SUPPORT;
    }
    if (shareableHandle == NULL || shareType != ACL_MEM_SHARE_HANDLE_TYPE_FABRIC
        || (flags & ~ACL_RT_VMM_EXPORT_FLAG_DISABLE_PID_VALIDATION) != 0) {
        return ACL_ERROR_INVALID_PARAM;
    }
    uint64_t shareable;
    const aclError rc = vmm_export(handle, flags, &shareable);
    if (rc == ACL_SUCCESS) {
        aclrtMemFabricHandle fabric;
        memset(&fabric, 0, sizeof(fabric));
        memcpy(fabric.data, "FKFABRIC", 8);
        memcpy(fabric.data + 8, &shareable, sizeof(shareable));
        memcpy(shareableHandle, &fabric, sizeof(fabric));
    }
    return rc;
}

ACL_API aclError aclrtMemImportFromShareableHandleV2(void *shareableHandle, aclrtMemSharedHandleType shareType,
                                                     uint64_t flags, aclrtDrvMemHandle *handle)
{
    INJECT("aclrtMemImportFromShareableHandleV2");
    const aclError ready = require_device("aclrtMemImportFromShareableHandleV2");
    if (ready != ACL_SUCCESS) {
        return ready;
    }
    if (!fabric_supported()) {
        return ACL_ERROR_RT_FEATURE_NOT_SUPPORT;
    }
    if (shareableHandle == NULL || handle == NULL || shareType != ACL_MEM_SHARE_HANDLE_TYPE_FABRIC || flags != 0
        || memcmp(shareableHandle, "FKFABRIC", 8) != 0) {
        return ACL_ERROR_INVALID_PARAM;
    }
    uint64_t shareable;
    memcpy(&shareable, (const uint8_t *)shareableHandle + 8, sizeof(shareable));
    return vmm_import(shareable, handle, "aclrtMemImportFromShareableHandleV2");
}

/* Under ASCEND_RT_VISIBLE_DEVICES with one process per card the status stays 0 forever even after
 * a successful enable, as measured (hardware-lessons section 3, commit 1c7568c37). */
ACL_API aclError aclrtDevicePeerAccessStatus(int32_t deviceId, int32_t peerDeviceId, int32_t *status)
{
    INJECT("aclrtDevicePeerAccessStatus");
    if (status == NULL || deviceId < 0 || peerDeviceId < 0) {
        return ACL_ERROR_INVALID_PARAM;
    }
    *status = getenv("ASCEND_RT_VISIBLE_DEVICES") != NULL ? 0 : 1;
    return ACL_SUCCESS;
}

/* A crashed or careless process must not leave exported VMM names in /dev/shm. */
__attribute__((destructor)) static void unlink_vmm_exports_at_exit(void)
{
    for (int i = 0; i < MAX_VMM; i++) {
        if (vmm_phys[i].fd != 0 && vmm_phys[i].exported[0] != '\0') {
            char path[128];
            snprintf(path, sizeof(path), "/dev/shm/%s", vmm_phys[i].exported);
            unlink(path);
        }
    }
}
