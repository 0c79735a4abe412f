/*
 * fake_hcomm_comm.c - the communicator half of the fake libhcomm.so for comm4j's tests: real
 * rendezvous, real barriers, across the rank processes of one host, through a shared segment (see
 * fake_group.h for its layout). As in CANN 9 (hardware-lessons section 7), these entry points live
 * in libhcomm; the fake libhccl.so exports poisoned copies of four of them (fake_hccl.c).
 *
 * HcclGetRootInfo creates the segment and writes its name into the root info; HcclCommInitRootInfo
 * maps it wherever this process's kernel puts it (each process has its own view, so a peer's window
 * address differs from the peer's own, as on hardware: lessons section 1), refuses two ranks on one
 * device (lessons section 9), and waits until every rank has joined; HcclBarrier
 * is a sense-reversing barrier on the segment's header. Every wait ends with HCCL_E_TIMEOUT after
 * $FAKECANN_TIMEOUT_MS. The segment's name is unlinked as soon as every rank has mapped it (or by
 * its creator when the join fails, or at the creator's exit), so nothing stays in /dev/shm.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "fake_group.h"
#include "hccl.h"

#define HCCL_API FAKECANN_EXPORT
#define COMM_MAGIC 0x4d4d4f434b414646ULL /* "FFAKCOMM" */
#define MAX_COMMS 64
#define MAX_MAPPINGS 64

#define INJECT(name) FAKECANN_INJECT(name, HcclResult)

/* Mappings of group segments in this process (the root maps its segment in HcclGetRootInfo and
 * reuses it in HcclCommInitRootInfo). `linked` marks segments this process created whose name
 * still exists. */
static struct {
    struct fake_group_header *group;
    int refs;
    int linked;
    int root_unjoined; /* made by HcclGetRootInfo; the root's own join takes over its reference */
    char name[64];
} mappings[MAX_MAPPINGS];
static struct fake_comm *comms[MAX_COMMS];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned segment_serial;

static void unlink_name(int m)
{
    if (mappings[m].linked) {
        shm_unlink(mappings[m].name);
        mappings[m].linked = 0;
        fakecann_count(FAKECANN_LINKED_SEGMENTS, -1);
    }
}

static void release_mapping(struct fake_group_header *g)
{
    pthread_mutex_lock(&lock);
    for (int i = 0; i < MAX_MAPPINGS; i++) {
        if (mappings[i].group == g) {
            if (--mappings[i].refs == 0) {
                unlink_name(i);
                fakecann_unregister_device_range(g);
                munmap(g, g->total_size);
                mappings[i].group = NULL;
            }
            break;
        }
    }
    pthread_mutex_unlock(&lock);
}

/* A crashed test must not leave the root's segment behind: the creator unlinks at exit. */
__attribute__((destructor)) static void unlink_at_exit(void)
{
    for (int i = 0; i < MAX_MAPPINGS; i++) {
        if (mappings[i].group != NULL && mappings[i].linked) {
            shm_unlink(mappings[i].name);
            mappings[i].linked = 0;
        }
    }
}

uint8_t *fakecann_rank_meta(const struct fake_group_header *g, uint32_t rank)
{
    const uint64_t stride = FAKE_RANK_META_BYTES + 2 * g->win_size;
    return (uint8_t *)g + FAKE_HEADER_BYTES + (uint64_t)rank * stride;
}

uint64_t fakecann_window_in(const struct fake_group_header *g, uint32_t rank)
{
    return (uint64_t)(uintptr_t)fakecann_rank_meta(g, rank) + FAKE_RANK_META_BYTES;
}

uint64_t fakecann_window_out(const struct fake_group_header *g, uint32_t rank)
{
    return fakecann_window_in(g, rank) + g->win_size;
}

HcclResult fakecann_wait_at_least(const uint32_t *counter, uint32_t target, const char *what)
{
    const uint64_t deadline = fakecann_now_ms() + (uint64_t)fakecann_timeout_ms();
    unsigned spins = 0;
    while (__atomic_load_n(counter, __ATOMIC_ACQUIRE) < target) {
        if (fakecann_now_ms() >= deadline) {
            fakecann_set_error("fake HCCL: timed out after %ld ms waiting for %s (%u of %u)",
                               fakecann_timeout_ms(), what, __atomic_load_n(counter, __ATOMIC_ACQUIRE), target);
            return HCCL_E_TIMEOUT;
        }
        if (++spins < 1000) {
            sched_yield();
        } else {
            struct timespec ts = { 0, 200000 };
            nanosleep(&ts, NULL);
        }
    }
    return HCCL_SUCCESS;
}

/* ---- communicators ---------------------------------------------------------------------------- */

struct fake_comm *fakecann_comm_checked(HcclComm comm)
{
    struct fake_comm *found = NULL;
    pthread_mutex_lock(&lock);
    for (int i = 0; i < MAX_COMMS && comm != NULL; i++) {
        if (comms[i] == comm && comms[i]->magic == COMM_MAGIC) {
            found = comms[i];
            break;
        }
    }
    pthread_mutex_unlock(&lock);
    return found;
}

struct fake_comm *fakecann_comm_by_name(const char *name)
{
    struct fake_comm *found = NULL;
    pthread_mutex_lock(&lock);
    for (int i = 0; i < MAX_COMMS && name != NULL; i++) {
        if (comms[i] != NULL && strncmp(comms[i]->name, name, COMM_NAME_MAX_LENGTH) == 0) {
            found = comms[i];
            break;
        }
    }
    pthread_mutex_unlock(&lock);
    return found;
}

/* ---- root info and init ----------------------------------------------------------------------- */

/* Maps the group segment wherever the kernel chooses: each process gets its own address for the
 * same memory. A mapping that happens to land at the root's address is moved, so every test sees
 * addresses that really differ between the root and the others (the cross-rank check must be the
 * alias test, never address equality). */
static void *map_anywhere(int fd, uint64_t size, uint64_t avoid)
{
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (p == MAP_FAILED) {
        return NULL;
    }
    if ((uint64_t)(uintptr_t)p == avoid) {
        void *q = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
        munmap(p, size);
        return q == MAP_FAILED ? NULL : q;
    }
    return p;
}

static int remember_mapping(struct fake_group_header *g, const char *name, int linked)
{
    for (int i = 0; i < MAX_MAPPINGS; i++) {
        if (mappings[i].group == NULL) {
            mappings[i].group = g;
            mappings[i].refs = 1;
            mappings[i].linked = linked;
            mappings[i].root_unjoined = linked;
            snprintf(mappings[i].name, sizeof(mappings[i].name), "%s", name);
            if (linked) {
                fakecann_count(FAKECANN_LINKED_SEGMENTS, 1);
            }
            return i;
        }
    }
    return -1;
}

HCCL_API HcclResult HcclGetRootInfo(HcclRootInfo *rootInfo)
{
    INJECT("HcclGetRootInfo");
    if (rootInfo == NULL) {
        return HCCL_E_PTR;
    }
    if (!fakecann_device_ready()) {
        fakecann_set_error("fake HCCL: HcclGetRootInfo needs aclInit and aclrtSetDevice first");
        return HCCL_E_RUNTIME;
    }
    const uint64_t win = (uint64_t)fakecann_env_long("HCCL_BUFFSIZE", 1) * 1024u * 1024u;
    const uint64_t size = FAKE_HEADER_BYTES + (uint64_t)FAKE_MAX_RANKS * (FAKE_RANK_META_BYTES + 2 * win);
    if (win == 0 || size > (1ULL << 40)) { /* the file is sparse, but keep it below 1 TiB */
        return HCCL_E_PARA;
    }
    const char *prefix = getenv("FAKECANN_SHM_PREFIX");
    char name[64];
    pthread_mutex_lock(&lock);
    snprintf(name, sizeof(name), "/%s_%d_%u", prefix != NULL && *prefix ? prefix : "fakecann", (int)getpid(),
             segment_serial++);
    pthread_mutex_unlock(&lock);
    const int fd = shm_open(name, O_CREAT | O_EXCL | O_RDWR, 0600);
    if (fd < 0) {
        fakecann_set_error("fake HCCL: shm_open(%s): %s", name, strerror(errno));
        return HCCL_E_SYSCALL;
    }
    if (ftruncate(fd, (off_t)size) != 0) {
        fakecann_set_error("fake HCCL: ftruncate(%s): %s", name, strerror(errno));
        close(fd);
        shm_unlink(name);
        return HCCL_E_SYSCALL;
    }
    struct fake_group_header *g = map_anywhere(fd, size, 0);
    close(fd);
    if (g == NULL) {
        shm_unlink(name);
        return HCCL_E_MEMORY;
    }
    g->base = (uint64_t)(uintptr_t)g;
    g->total_size = size;
    g->win_size = win;
    snprintf(g->name, sizeof(g->name), "%s", name);
    __atomic_store_n(&g->magic, FAKE_GROUP_MAGIC, __ATOMIC_RELEASE);
    pthread_mutex_lock(&lock);
    const int m = remember_mapping(g, name, 1);
    pthread_mutex_unlock(&lock);
    if (m < 0 || fakecann_register_device_range(g, size) != 0) {
        shm_unlink(name);
        munmap(g, size);
        return HCCL_E_MEMORY;
    }
    memset(rootInfo, 0, sizeof(*rootInfo));
    struct fake_root_info info = { .magic = FAKE_ROOTINFO_MAGIC, .base = g->base, .total_size = size };
    snprintf(info.shm_name, sizeof(info.shm_name), "%s", name);
    memcpy(rootInfo->internal, &info, sizeof(info));
    return HCCL_SUCCESS;
}

/* Maps (or reuses this process's mapping of) the group named in the root info. */
static HcclResult attach(const struct fake_root_info *info, struct fake_group_header **out)
{
    pthread_mutex_lock(&lock);
    for (int i = 0; i < MAX_MAPPINGS; i++) {
        if (mappings[i].group != NULL && strcmp(mappings[i].name, info->shm_name) == 0) {
            if (mappings[i].root_unjoined) {
                mappings[i].root_unjoined = 0;
            } else {
                mappings[i].refs++;
            }
            *out = mappings[i].group;
            pthread_mutex_unlock(&lock);
            return HCCL_SUCCESS;
        }
    }
    pthread_mutex_unlock(&lock);
    const int fd = shm_open(info->shm_name, O_RDWR, 0600);
    if (fd < 0) {
        fakecann_set_error("fake HCCL: the root's group segment %s is gone: %s", info->shm_name, strerror(errno));
        return HCCL_E_NOT_FOUND;
    }
    struct fake_group_header *g = map_anywhere(fd, info->total_size, info->base);
    close(fd);
    if (g == NULL) {
        fakecann_set_error("fake HCCL: cannot map the group segment %s", info->shm_name);
        return HCCL_E_MEMORY;
    }
    if (__atomic_load_n(&g->magic, __ATOMIC_ACQUIRE) != FAKE_GROUP_MAGIC || g->total_size != info->total_size) {
        munmap(g, info->total_size);
        return HCCL_E_PARA;
    }
    pthread_mutex_lock(&lock);
    const int m = remember_mapping(g, info->shm_name, 0);
    pthread_mutex_unlock(&lock);
    if (m < 0 || fakecann_register_device_range(g, info->total_size) != 0) {
        munmap(g, info->total_size);
        return HCCL_E_MEMORY;
    }
    *out = g;
    return HCCL_SUCCESS;
}

HCCL_API HcclResult HcclCommInitRootInfo(uint32_t nRanks, const HcclRootInfo *rootInfo, uint32_t rank,
                                         HcclComm *comm)
{
    INJECT("HcclCommInitRootInfo");
    if (rootInfo == NULL || comm == NULL) {
        return HCCL_E_PTR;
    }
    if (nRanks == 0 || nRanks > FAKE_MAX_RANKS || rank >= nRanks) {
        fakecann_set_error("fake HCCL: rank %u of %u is invalid", rank, nRanks);
        return HCCL_E_PARA;
    }
    if (!fakecann_device_ready()) {
        fakecann_set_error("fake HCCL: HcclCommInitRootInfo needs aclInit and aclrtSetDevice first");
        return HCCL_E_RUNTIME;
    }
    struct fake_root_info info;
    memcpy(&info, rootInfo->internal, sizeof(info));
    info.shm_name[sizeof(info.shm_name) - 1] = '\0';
    if (info.magic != FAKE_ROOTINFO_MAGIC) {
        fakecann_set_error("fake HCCL: the root info was not made by HcclGetRootInfo");
        return HCCL_E_PARA;
    }
    struct fake_group_header *g = NULL;
    HcclResult rc = attach(&info, &g);
    if (rc != HCCL_SUCCESS) {
        return rc;
    }
    uint32_t expected = 0;
    if (!__atomic_compare_exchange_n(&g->nranks, &expected, nRanks, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)
        && expected != nRanks) {
        fakecann_set_error("fake HCCL: this rank says nRanks=%u, the group has %u", nRanks, expected);
        release_mapping(g);
        return HCCL_E_PARA;
    }
    uint32_t free_slot = 0;
    if (!__atomic_compare_exchange_n(&g->slot_taken[rank], &free_slot, 1, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
        fakecann_set_error("fake HCCL: rank %u joined twice", rank);
        release_mapping(g);
        return HCCL_E_PARA;
    }
    g->pids[rank] = (int32_t)getpid();
    g->devices[rank] = fakecann_physical_device();
    __atomic_add_fetch(&g->joined, 1, __ATOMIC_ACQ_REL);
    rc = fakecann_wait_at_least(&g->joined, nRanks, "every rank to call HcclCommInitRootInfo");
    if (rc != HCCL_SUCCESS) {
        release_mapping(g);
        return rc;
    }
    /* One card per rank (HCCL's documented model; lessons section 9): every rank sees the clash
     * and refuses, so no rank goes on alone. Compared as the driver numbers the cards. */
    for (uint32_t other = 0; other < nRanks; other++) {
        if (other != rank && g->devices[other] == g->devices[rank]) {
            fakecann_set_error("fake HCCL: ranks %u and %u both use device %d (driver id): HCCL runs one rank "
                               "per device", rank < other ? rank : other, rank < other ? other : rank,
                               g->devices[rank]);
            release_mapping(g);
            return HCCL_E_PARA;
        }
    }
    /* Every rank has mapped the segment: its name is no longer needed. */
    shm_unlink(g->name);
    pthread_mutex_lock(&lock);
    for (int i = 0; i < MAX_MAPPINGS; i++) {
        if (mappings[i].group == g && mappings[i].linked) {
            mappings[i].linked = 0;
            fakecann_count(FAKECANN_LINKED_SEGMENTS, -1);
        }
    }
    pthread_mutex_unlock(&lock);

    struct fake_comm *c = calloc(1, sizeof(*c));
    if (c == NULL) {
        release_mapping(g);
        return HCCL_E_MEMORY;
    }
    c->magic = COMM_MAGIC;
    c->group = g;
    c->rank = rank;
    c->nranks = nRanks;
    snprintf(c->name, sizeof(c->name), "fakegroup%s", g->name);
    if (fakecann_claim_slot((void **)comms, MAX_COMMS, c, &lock) < 0) {
        free(c);
        release_mapping(g);
        return HCCL_E_MEMORY;
    }
    fakecann_count(FAKECANN_LIVE_COMMS, 1);
    *comm = c;
    return HCCL_SUCCESS;
}

/* The root's own mapping from HcclGetRootInfo is held until its HcclCommInitRootInfo; if init is
 * never called, the exit destructor unlinks the name. */

HCCL_API HcclResult HcclGetCommName(HcclComm comm, char *commName)
{
    INJECT("HcclGetCommName");
    struct fake_comm *c = fakecann_comm_checked(comm);
    if (c == NULL || commName == NULL) {
        return HCCL_E_PTR;
    }
    memcpy(commName, c->name, COMM_NAME_MAX_LENGTH);
    return HCCL_SUCCESS;
}

HCCL_API HcclResult HcclGetRankSize(HcclComm comm, uint32_t *rankSize)
{
    INJECT("HcclGetRankSize");
    struct fake_comm *c = fakecann_comm_checked(comm);
    if (c == NULL || rankSize == NULL) {
        return HCCL_E_PTR;
    }
    *rankSize = c->nranks;
    return HCCL_SUCCESS;
}

HCCL_API HcclResult HcclGetRankId(HcclComm comm, uint32_t *rank)
{
    INJECT("HcclGetRankId");
    struct fake_comm *c = fakecann_comm_checked(comm);
    if (c == NULL || rank == NULL) {
        return HCCL_E_PTR;
    }
    *rank = c->rank;
    return HCCL_SUCCESS;
}

/* Sense-reversing: snapshot the phase, arrive; the last arriver resets the count and advances the
 * phase, the others wait (bounded) for the phase to move. */
HCCL_API HcclResult HcclBarrier(HcclComm comm, aclrtStream stream)
{
    INJECT("HcclBarrier");
    struct fake_comm *c = fakecann_comm_checked(comm);
    if (c == NULL) {
        return HCCL_E_PTR;
    }
    if (!fakecann_stream_valid(stream)) {
        fakecann_set_error("fake HCCL: HcclBarrier: %p is not a live stream", stream);
        return HCCL_E_PARA;
    }
    struct fake_group_header *g = c->group;
    const uint32_t phase = __atomic_load_n(&g->barrier_phase, __ATOMIC_ACQUIRE);
    if (__atomic_add_fetch(&g->barrier_count, 1, __ATOMIC_ACQ_REL) == c->nranks) {
        __atomic_store_n(&g->barrier_count, 0, __ATOMIC_RELAXED);
        __atomic_store_n(&g->barrier_phase, phase + 1, __ATOMIC_RELEASE);
    } else {
        const uint64_t deadline = fakecann_now_ms() + (uint64_t)fakecann_timeout_ms();
        unsigned spins = 0;
        while (__atomic_load_n(&g->barrier_phase, __ATOMIC_ACQUIRE) == phase) {
            if (fakecann_now_ms() >= deadline) {
                fakecann_set_error("fake HCCL: HcclBarrier timed out after %ld ms", fakecann_timeout_ms());
                return HCCL_E_TIMEOUT;
            }
            if (++spins < 1000) {
                sched_yield();
            } else { /* a long wait (a dead peer) must not burn a core */
                struct timespec ts = { 0, 200000 };
                nanosleep(&ts, NULL);
            }
        }
    }
    fakecann_switch_context(stream);
    return HCCL_SUCCESS;
}

/* An injected failure still releases the communicator (and then reports the code), so tests can
 * check that comm4j reports it without leaking anything else. */
HCCL_API HcclResult HcclCommDestroy(HcclComm comm)
{
    int injected = 0;
    const int fail = fakecann_inject("HcclCommDestroy", &injected);
    struct fake_comm *c = fakecann_comm_checked(comm);
    if (c == NULL) {
        return fail ? (HcclResult)injected : HCCL_E_PTR;
    }
    pthread_mutex_lock(&lock);
    for (int i = 0; i < MAX_COMMS; i++) {
        if (comms[i] == c) {
            comms[i] = NULL;
        }
    }
    pthread_mutex_unlock(&lock);
    c->magic = 0;
    release_mapping(c->group);
    free(c);
    fakecann_count(FAKECANN_LIVE_COMMS, -1);
    return fail ? (HcclResult)injected : HCCL_SUCCESS;
}

HCCL_API HcclResult HcclGetCommAsyncError(HcclComm comm, HcclResult *asyncError)
{
    INJECT("HcclGetCommAsyncError");
    if (fakecann_comm_checked(comm) == NULL || asyncError == NULL) {
        return HCCL_E_PTR;
    }
    *asyncError = HCCL_SUCCESS;
    return HCCL_SUCCESS;
}

HCCL_API const char *HcclGetErrorString(HcclResult code)
{
    switch (code) {
    case HCCL_SUCCESS: return "success";
    case HCCL_E_PARA: return "parameter error";
    case HCCL_E_PTR: return "empty pointer";
    case HCCL_E_TIMEOUT: return "timeout";
    case HCCL_E_NOT_FOUND: return "not found";
    default: return "fake HCCL error";
    }
}
