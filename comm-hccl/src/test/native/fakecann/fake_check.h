/*
 * fake_check.h - the selftests' one assertion (fake_selftest.c, fake_vmm_selftest.c): on a false
 * condition, print who failed (a printf format and its one argument), the message and ACL's last
 * error, and end the process with 1.
 */
#ifndef FAKE_CHECK_H
#define FAKE_CHECK_H

#include <stdio.h>
#include <unistd.h>

#include "acl.h"

#define FAKE_CHECK(who_format, who, cond, ...)                                                     \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, who_format, who);                                                      \
            fprintf(stderr, __VA_ARGS__);                                                          \
            fprintf(stderr, " (%s)\n", aclGetRecentErrMsg() ? aclGetRecentErrMsg() : "");         \
            _exit(1);                                                                              \
        }                                                                                          \
    } while (0)

#endif
