/*
 * fakecann.h - what the three fake CANN libraries share (test support, not a CANN header).
 *
 * libascendcl.so (fake_acl.c) owns the process-wide state: fault injection, the registry of
 * "device" memory ranges, live streams, leak counters and the exit report. libhccl.so and
 * libhcomm.so link against it and call these functions. See docs/hccl.md for the variables.
 */
#ifndef COMM4J_FAKECANN_H
#define COMM4J_FAKECANN_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

#define FAKECANN_EXPORT __attribute__((visibility("default")))

/* Leak counters kept by libascendcl and written to $FAKECANN_REPORT at exit. */
typedef enum {
    FAKECANN_LIVE_DEVICE_ALLOCS = 0, /* aclrtMalloc minus aclrtFree */
    FAKECANN_LIVE_STREAMS,           /* aclrtCreateStream minus aclrtDestroyStream */
    FAKECANN_LIVE_COMMS,             /* HcclCommInitRootInfo minus HcclCommDestroy */
    FAKECANN_DEVICE_REFS,            /* aclrtSetDevice minus aclrtResetDevice */
    FAKECANN_LINKED_SEGMENTS,        /* group segments / IPC exports this process named and has not unlinked */
    FAKECANN_LIVE_IPC_IMPORTS,       /* aclrtIpcMemImportByKey minus aclrtIpcMemClose */
    FAKECANN_STREAMS_REFUSED,        /* streams aclrtDestroyStream refused (507901) after HcclBarrier used
                                        them: comm4j asked, the "hardware" said no; apart from live_streams */
    FAKECANN_POISONED_CALLS,         /* calls of the poisoned libhccl.so entry points (must stay 0) */
    FAKECANN_LIVE_PHYSICAL,          /* aclrtMallocPhysical minus aclrtFreePhysical of those handles */
    FAKECANN_LIVE_VMM_IMPORTS,       /* aclrtMemImportFromShareableHandle(V2) minus aclrtFreePhysical of those */
    FAKECANN_LIVE_RESERVATIONS,      /* aclrtReserveMemAddress minus aclrtReleaseMemAddress */
    FAKECANN_LIVE_MAPPINGS,          /* aclrtMapMem minus aclrtUnmapMem */
    FAKECANN_COUNTER_COUNT
} fakecann_counter;

/*
 * Fault injection for one call of `func`: returns 1 and stores the code to return in *code when
 * $FAKECANN_FAIL selects this call; hangs (bounded) for $FAKECANN_HANG; kills the process for
 * $FAKECANN_DIE. Counts the call either way, so ":nth" selectors see every call.
 */
FAKECANN_EXPORT int fakecann_inject(const char *func, int *code);

/* The first statement of every faked call: returns the injected code, as the call's result type
 * `type`, when fakecann_inject selects this call of `name`. */
#define FAKECANN_INJECT(name, type)                                                                \
    do {                                                                                           \
        int injected_;                                                                             \
        if (fakecann_inject(name, &injected_)) {                                                   \
            return (type)injected_;                                                                \
        }                                                                                          \
    } while (0)

/* An environment variable as an integer, or `dflt` when unset/invalid. */
FAKECANN_EXPORT long fakecann_env_long(const char *name, long dflt);

/* How long the fake's collective waits last before HCCL_E_TIMEOUT ($FAKECANN_TIMEOUT_MS). */
FAKECANN_EXPORT long fakecann_timeout_ms(void);

FAKECANN_EXPORT void fakecann_count(fakecann_counter which, int delta);

/* Device memory ranges: aclrtMemcpy accepts only device pointers inside a registered range. */
FAKECANN_EXPORT int fakecann_register_device_range(void *base, size_t size);
FAKECANN_EXPORT void fakecann_unregister_device_range(void *base);
FAKECANN_EXPORT int fakecann_is_device_range(const void *ptr, size_t size);

/* 1 when aclInit ran and this thread has a current device (what HCCL needs). */
FAKECANN_EXPORT int fakecann_device_ready(void);

/* 1 when `stream` is a live stream made by aclrtCreateStream. */
FAKECANN_EXPORT int fakecann_stream_valid(const void *stream);

/* What CANN's rt_error_codes.h calls 507901 (hardware-lessons section 6, 8): aclrtDestroyStream
 * returned it on hardware for a stream HcclBarrier had used. */
#define FAKECANN_ACL_ERROR_RT_SOCKET_CLOSE 507901
/* 507899 ACL_ERROR_RT_DRV_INTERNAL_ERROR: the driver rejected a handle or a device id (section 8). */
#define FAKECANN_ACL_ERROR_RT_DRV_INTERNAL_ERROR 507899

/* HcclBarrier switches the thread's ACL context and dirties its stream (as on hardware,
 * hardware-lessons section 6): aclrtSynchronizeStream on that stream then returns 507018
 * (ACL_ERROR_RT_AICPU_EXCEPTION) and aclrtDestroyStream refuses it with 507901. */
FAKECANN_EXPORT void fakecann_switch_context(const void *stream);

/* The driver-visible ("physical") id of the calling thread's current (logical) device, or -1.
 * ASCEND_RT_VISIBLE_DEVICES=2,3 makes logical 0 -> 2 and logical 1 -> 3 (lessons section 5). */
FAKECANN_EXPORT int fakecann_physical_device(void);

/* Sets the message aclGetRecentErrMsg returns. */
FAKECANN_EXPORT void fakecann_set_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Puts `item` in the first empty slot of the `n`-slot handle table `table` (streams, communicators)
 * under `lock`: the slot, or -1 when every slot is taken. */
static inline int fakecann_claim_slot(void **table, int n, void *item, pthread_mutex_t *lock)
{
    int slot = -1;
    pthread_mutex_lock(lock);
    for (int i = 0; i < n && slot < 0; i++) {
        if (table[i] == NULL) {
            table[i] = item;
            slot = i;
        }
    }
    pthread_mutex_unlock(lock);
    return slot;
}

/* Monotonic milliseconds. */
FAKECANN_EXPORT uint64_t fakecann_now_ms(void);

#endif /* COMM4J_FAKECANN_H */
