/*
 * comm_context.h - the CommContext host/device ABI of comm4j.
 *
 * Source: comm4j's contract (shared reference, section 2), which records the layout that device
 * kernels read (pto-isa's CommDeviceContext, 1056 bytes on LP64). Not a CANN header: the layout is
 * ours to keep stable, and tests hold it to gcc's offsetof/sizeof.
 * Checked against: CANN-independent; gcc 12 x86-64 LP64.
 */
#ifndef COMM4J_COMM_CONTEXT_H
#define COMM4J_COMM_CONTEXT_H

#include <stdint.h>

/* Size of the window arrays: the most ranks a group may have. */
#define COMM_MAX_RANK_NUM 64

/*
 * What a device kernel is given: rank identity, the per-rank window size and every rank's window
 * addresses (windowsIn[i] to read rank i's window, windowsOut[i] to write to it).
 */
typedef struct CommContext {
    uint64_t workSpace;
    uint64_t workSpaceSize;
    uint32_t rankId;
    uint32_t rankNum;
    uint64_t winSize;
    uint64_t windowsIn[COMM_MAX_RANK_NUM];
    uint64_t windowsOut[COMM_MAX_RANK_NUM];
} CommContext;

#endif /* COMM4J_COMM_CONTEXT_H */
