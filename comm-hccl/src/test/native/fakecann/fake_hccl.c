/*
 * fake_hccl.c - a fake libhccl.so whose communicator entry points are POISONED.
 *
 * On CANN 9, libhcomm exports HcclGetRootInfo, HcclCommInitRootInfo, HcclBarrier and
 * HcclCommDestroy, and libhccl exports its own HcclBarrier too (a dispatcher; hardware-lessons
 * section 7). Which copy a process calls is decided by the order its lookups run in. This library
 * exports all four, and each one fails loudly if it is ever called: a test run against the fake
 * proves that comm4j binds them from libhcomm (fake_hcomm_comm.c), as its documented order says.
 * A call prints to stderr, counts in the exit report (poisoned_calls) and returns HCCL_E_INTERNAL.
 */
#define _GNU_SOURCE
#include <stdio.h>

#include "fakecann.h"
#include "hccl.h"

#define HCCL_API FAKECANN_EXPORT

static HcclResult poisoned(const char *func)
{
    fprintf(stderr, "fakecann: POISONED libhccl.so %s was called; comm4j must bind it from libhcomm.so\n", func);
    fflush(stderr);
    fakecann_count(FAKECANN_POISONED_CALLS, 1);
    fakecann_set_error("fake CANN: the poisoned libhccl.so copy of %s was called (it must come from libhcomm.so)",
                       func);
    return HCCL_E_INTERNAL;
}

HCCL_API HcclResult HcclGetRootInfo(HcclRootInfo *rootInfo)
{
    (void)rootInfo;
    return poisoned("HcclGetRootInfo");
}

HCCL_API HcclResult HcclCommInitRootInfo(uint32_t nRanks, const HcclRootInfo *rootInfo, uint32_t rank,
                                         HcclComm *comm)
{
    (void)nRanks;
    (void)rootInfo;
    (void)rank;
    (void)comm;
    return poisoned("HcclCommInitRootInfo");
}

HCCL_API HcclResult HcclBarrier(HcclComm comm, aclrtStream stream)
{
    (void)comm;
    (void)stream;
    return poisoned("HcclBarrier");
}

HCCL_API HcclResult HcclCommDestroy(HcclComm comm)
{
    (void)comm;
    return poisoned("HcclCommDestroy");
}
