/*
 * fake_group.h - the fake HCCL's group segment and communicator (test support, not a CANN header).
 *
 * One POSIX shm segment per group, created by HcclGetRootInfo and mapped by every rank wherever its
 * kernel chooses: the memory is shared (a write through one process's mapping is read through
 * another's), the addresses are per process, as peer windows are on hardware (lessons section 1).
 * Every address stored in a rank's meta area is in that rank's own mapping; only that rank reads it.
 *
 *   offset                         size                   what
 *   0                              4096                   struct fake_group_header
 *   4096 + r*stride                RANK_META_BYTES        rank r: context (CommContext / HcclOpResParam),
 *                                                         peer records, MC2 workspace
 *   4096 + r*stride + META         win_size               rank r: in-window  (windowsIn[r])
 *   4096 + r*stride + META + win   win_size               rank r: out-window (windowsOut[r])
 *
 *   stride = RANK_META_BYTES + 2 * win_size, for FAKE_MAX_RANKS ranks (the file is sparse).
 */
#ifndef COMM4J_FAKE_GROUP_H
#define COMM4J_FAKE_GROUP_H

#include <stdint.h>

#include "fakecann.h"
#include "hccl.h"

#define FAKE_MAX_RANKS 64
#define FAKE_HEADER_BYTES 4096u
#define FAKE_RANK_META_BYTES 65536u
#define FAKE_CTX_OFFSET 0u         /* within a rank's meta area: the context (<= 8192 bytes) */
#define FAKE_RELATION_OFFSET 8192u /* 64 HcclRankRelationResV2 records of 64 bytes */
#define FAKE_WORKSPACE_OFFSET 16384u
#define FAKE_WORKSPACE_BYTES 16384u
#define FAKE_GROUP_MAGIC 0x50554f52474b4146ULL /* "FAKGROUP" */
#define FAKE_ROOTINFO_MAGIC 0x4f464e49544f4f52ULL /* "ROOTINFO" */

/* Written by the first bytes of rank r's in/out window when resources are allocated, so a test can
 * prove windowsIn[r] really is rank r's window from another process. */
#define FAKE_WINDOW_IN_MARK(r) (0x57494e494e000000ULL | (uint64_t)(r))  /* "WININ" + rank */
#define FAKE_WINDOW_OUT_MARK(r) (0x57494e4f55540000ULL | (uint64_t)(r)) /* "WINOUT" + rank */

struct fake_group_header {
    uint64_t magic;
    uint64_t base;       /* where the root mapped the segment (its own view; others differ) */
    uint64_t total_size;
    uint64_t win_size;
    uint32_t nranks;     /* 0 until the first rank joins (CAS) */
    uint32_t joined;
    uint32_t alloc_ready;
    uint32_t barrier_count;
    uint32_t barrier_phase;
    uint32_t pad;
    uint32_t slot_taken[FAKE_MAX_RANKS];
    int32_t pids[FAKE_MAX_RANKS];
    int32_t devices[FAKE_MAX_RANKS]; /* driver-visible device id of each rank */
    char name[64];
};

/* What the fake's HcclGetRootInfo writes into the 4108 opaque bytes. */
struct fake_root_info {
    uint64_t magic;
    uint64_t base;
    uint64_t total_size;
    char shm_name[64];
};

struct fake_comm {
    uint64_t magic;
    struct fake_group_header *group;
    uint32_t rank;
    uint32_t nranks;
    char name[COMM_NAME_MAX_LENGTH];
    int resources_ready;
    uint64_t context;
};

/* Exported by libhccl for libhcomm. */
FAKECANN_EXPORT struct fake_comm *fakecann_comm_checked(HcclComm comm);
FAKECANN_EXPORT struct fake_comm *fakecann_comm_by_name(const char *name);
FAKECANN_EXPORT uint8_t *fakecann_rank_meta(const struct fake_group_header *g, uint32_t rank);
FAKECANN_EXPORT uint64_t fakecann_window_in(const struct fake_group_header *g, uint32_t rank);
FAKECANN_EXPORT uint64_t fakecann_window_out(const struct fake_group_header *g, uint32_t rank);
/* Waits until *counter >= target or the timeout passes: HCCL_SUCCESS or HCCL_E_TIMEOUT. */
FAKECANN_EXPORT HcclResult fakecann_wait_at_least(const uint32_t *counter, uint32_t target, const char *what);

#endif /* COMM4J_FAKE_GROUP_H */
