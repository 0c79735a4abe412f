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
    "streams_refused_after_barrier", "poisoned_calls",
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

#define INJECT(name)                                                                               \
    do {                                                                                           \
        int injected_;                                                                             \
        if (fakecann_inject(name, &injected_)) {                                                   \
            return injected_;                                                                      \
        }                                                                                          \
    } while (0)

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
    pthread_mutex_lock(&stream_lock);
    int slot = -1;
    for (int i = 0; i < MAX_STREAMS; i++) {
        if (streams[i] == NULL) {
            streams[i] = s;
            slot = i;
            break;
        }
    }
    pthread_mutex_unlock(&stream_lock);
    if (slot < 0) {
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
    const int fd = open("/dev/shm", O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0) {
        fakecann_set_error("fake CANN: aclrtMalloc: O_TMPFILE in /dev/shm: %s", strerror(errno));
        return ACL_ERROR_RT_MEMORY_ALLOCATION;
    }
    if (ftruncate(fd, (off_t)size) != 0) {
        close(fd);
        return ACL_ERROR_RT_MEMORY_ALLOCATION;
    }
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (p == MAP_FAILED) {
        close(fd);
        return ACL_ERROR_RT_MEMORY_ALLOCATION;
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

static void unlink_export(int i)
{
    if (allocs[i].exported[0] != '\0') {
        char path[128];
        snprintf(path, sizeof(path), "/dev/shm/%s", allocs[i].exported);
        unlink(path);
        allocs[i].exported[0] = '\0';
        fakecann_count(FAKECANN_LINKED_SEGMENTS, -1);
    }
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
