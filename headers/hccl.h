/*
 * hccl.h - the subset of CANN's public HCCL API that comm4j calls, in plain C.
 *
 * Source: CANN's public headers hccl/hccl.h and hccl/hccl_types.h (<= 8.3, everything exported by
 * libhccl.so) and hccl/hccl_comm.h + hccl/hccl_types.h (8.5 line, communicator functions exported
 * by libhcomm.so), as recorded in comm4j's reference notes (cann-and-jextract-facts.md 3.2-3.4).
 * Checked against: CANN 8.1.RC1 and the hcomm/hccl open-source headers of the 8.5 line.
 *
 * Why this is not CANN's own header: CANN declares HCCL_ROOT_INFO_BYTES and COMM_NAME_MAX_LENGTH
 * as `const uint32_t` (jextract would look them up as exported variables, which they are not),
 * sizes HcclRootInfo with that non-constant expression, and its hccl.h does not parse as C
 * (HcclConfigValue used without `union`, an inline function using nullptr). Here the constants
 * are #defines with CANN's values. HcclResult keeps CANN's values 0..24 and 1041; the implicit
 * HCCL_E_RESERVED is left out on purpose because its value moves between releases.
 */
#ifndef COMM4J_HCCL_H
#define COMM4J_HCCL_H

#include <stdint.h>

#include "acl.h" /* aclrtStream, as CANN's hccl.h includes acl/acl.h */

/* ---- hccl_types.h ------------------------------------------------------------------------ */

/* Size of the opaque root info exchanged between ranks before HcclCommInitRootInfo. */
#define HCCL_ROOT_INFO_BYTES 4108
/* Size a buffer passed to HcclGetCommName must have. */
#define COMM_NAME_MAX_LENGTH 128

typedef void *HcclComm;

typedef enum {
    HCCL_SUCCESS = 0,
    HCCL_E_PARA = 1,
    HCCL_E_PTR = 2,
    HCCL_E_MEMORY = 3,
    HCCL_E_INTERNAL = 4,
    HCCL_E_NOT_SUPPORT = 5,
    HCCL_E_NOT_FOUND = 6,
    HCCL_E_UNAVAIL = 7,
    HCCL_E_SYSCALL = 8,
    HCCL_E_TIMEOUT = 9,
    HCCL_E_OPEN_FILE_FAILURE = 10,
    HCCL_E_TCP_CONNECT = 11,
    HCCL_E_ROCE_CONNECT = 12,
    HCCL_E_TCP_TRANSFER = 13,
    HCCL_E_ROCE_TRANSFER = 14,
    HCCL_E_RUNTIME = 15,
    HCCL_E_DRV = 16,
    HCCL_E_PROFILING = 17,
    HCCL_E_CCE = 18,
    HCCL_E_NETWORK = 19,
    HCCL_E_AGAIN = 20,
    HCCL_E_REMOTE = 21,
    HCCL_E_SUSPENDING = 22,
    HCCL_E_OPRETRY_FAIL = 23,
    HCCL_E_OOM = 24,
    HCCL_E_IN_STATUS = 1041
} HcclResult;

/* What rank 0 gets from HcclGetRootInfo and every rank passes to HcclCommInitRootInfo. */
typedef struct HcclRootInfoDef {
    char internal[HCCL_ROOT_INFO_BYTES];
} HcclRootInfo;

/* ---- hccl.h (<= 8.3) / hccl_comm.h (8.5 line) -------------------------------------------- */

HcclResult HcclGetRootInfo(HcclRootInfo *rootInfo);
HcclResult HcclCommInitRootInfo(uint32_t nRanks, const HcclRootInfo *rootInfo, uint32_t rank, HcclComm *comm);
HcclResult HcclGetCommName(HcclComm comm, char *commName);
HcclResult HcclGetRankSize(HcclComm comm, uint32_t *rankSize);
HcclResult HcclGetRankId(HcclComm comm, uint32_t *rank);
HcclResult HcclBarrier(HcclComm comm, aclrtStream stream);
HcclResult HcclCommDestroy(HcclComm comm);
HcclResult HcclGetCommAsyncError(HcclComm comm, HcclResult *asyncError);
const char *HcclGetErrorString(HcclResult code);

#endif /* COMM4J_HCCL_H */
