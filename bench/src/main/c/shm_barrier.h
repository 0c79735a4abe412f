/*
 * The sense-reversing process barrier of comm4j's C references (spin_barrier, shm_floor): the same
 * algorithm the sim backend uses (contract section 7), with the same waiting policy as its
 * SimBarrier (spin 2000 times when every rank can have a core, 20 times when ranks outnumber cores;
 * then yield 20000 times; then sleep 1 us doubling to 1 ms). Every wait has a deadline (60 s): a
 * dead peer makes the others exit 3, never hang. Also how both start their ranks: forked processes
 * that die with the first (fork_ranks, wait_ranks). Header-only; set spins_before_yield before use.
 */
#ifndef COMM4J_SHM_BARRIER_H
#define COMM4J_SHM_BARRIER_H

#include "bench_common.h"

#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#define SPINS_DEDICATED 2000         /* as comm4j's SimBarrier.SPINS_DEDICATED */
#define SPINS_OVERSUBSCRIBED 20      /* as SimBarrier.SPINS_OVERSUBSCRIBED */
#define YIELDS 20000                 /* as SimBarrier.YIELDS */
#define MAX_SLEEP_NS 1000000         /* as IdleStrategy.MAX_PARK_NANOS */
#define DEADLINE_NS (60ull * 1000000000ull)

static unsigned spins_before_yield;

/* count and phase on separate 128-byte slots: no false sharing between arrivals and the release. */
struct shared {
    _Alignas(128) atomic_uint count;
    _Alignas(128) atomic_uint phase;
};

static void barrier(struct shared *s, unsigned nranks) {
    const unsigned phase = atomic_load_explicit(&s->phase, memory_order_acquire);
    if (atomic_fetch_add_explicit(&s->count, 1, memory_order_acq_rel) == nranks - 1) {
        atomic_store_explicit(&s->count, 0, memory_order_relaxed);
        atomic_store_explicit(&s->phase, phase + 1, memory_order_release);
        return;
    }
    unsigned spins = 0, yields = 0, polls = 0;
    long sleep_ns = 1000;
    uint64_t start = 0;
    while (atomic_load_explicit(&s->phase, memory_order_acquire) == phase) {
        if (spins < spins_before_yield) {
            spins++;
            __builtin_ia32_pause();
            continue;
        }
        if (yields < YIELDS) {
            yields++;
            sched_yield();
        } else {
            const struct timespec ts = {0, sleep_ns};
            nanosleep(&ts, NULL);
            sleep_ns = sleep_ns * 2 > MAX_SLEEP_NS ? MAX_SLEEP_NS : sleep_ns * 2;
        }
        if ((++polls & 1023) == 0) {
            const uint64_t t = now_ns();
            if (start == 0) start = t;
            else if (t - start > DEADLINE_NS) {
                fprintf(stderr, "a peer never reached the barrier within 60 s\n");
                exit(3);
            }
        }
    }
}

/* With BENCH_PIN=1: this process on CPU rank mod (online CPUs). */
static void maybe_pin(unsigned rank) {
    const char *pin = getenv("BENCH_PIN");
    if (pin == NULL || strcmp(pin, "1") != 0) return;
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET((int) (rank % (unsigned) sysconf(_SC_NPROCESSORS_ONLN)), &set);
    if (sched_setaffinity(0, sizeof set, &set) != 0) perror("sched_setaffinity");
}

/* Sets the spin budget for nranks processes on this machine's cores. */
static inline void barrier_init(unsigned nranks) {
    spins_before_yield = (long) nranks <= sysconf(_SC_NPROCESSORS_ONLN) ? SPINS_DEDICATED : SPINS_OVERSUBSCRIBED;
}

/* Forks ranks 1..nranks-1 of this program, each ending with the parent (PR_SET_PDEATHSIG); returns the
 * calling process's rank: 0 in the parent, r in child r. A failed fork ends the program with 1. */
static unsigned fork_ranks(unsigned nranks, const char *prog) {
    const pid_t parent = getpid();
    for (unsigned r = 1; r < nranks; r++) {
        const pid_t pid = fork();
        if (pid < 0) {
            fprintf(stderr, "%s: fork: %s\n", prog, strerror(errno));
            exit(1);
        }
        if (pid == 0) {
            prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (getppid() != parent) _exit(1);
            return r;
        }
    }
    return 0;
}

/* In the parent, after its own rank: waits for every child; 1 when one failed or was killed, else 0. */
static int wait_ranks(void) {
    int failed = 0, status;
    while (wait(&status) > 0) {
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) failed = 1;
    }
    return failed;
}

#endif
