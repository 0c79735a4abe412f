/*
 * The C reference for comm4j's barrier: a sense-reversing barrier across processes in shared
 * memory, the same algorithm the sim backend uses (contract section 7), with the same waiting
 * policy as its SimBarrier (spin 2000 times when every rank can have a core, 20 times when ranks
 * outnumber cores; then yield 20000 times; then sleep 1 us doubling to 1 ms), so the difference to
 * comm4j is the cost of the JVM and of FFM.
 *
 *   spin_barrier NRANKS ITERATIONS WARMUP
 *
 * Forks NRANKS processes sharing an anonymous MAP_SHARED mapping (nothing in /dev/shm, nothing
 * left behind), runs WARMUP then ITERATIONS back-to-back barriers; rank 0 timestamps every barrier
 * exit and prints
 *   RESULT barrier ranks=N impl=c-spin mean_ns=M p99_ns=P
 * where the samples are the intervals between consecutive barrier exits (their mean is exactly the
 * total time over the iteration count). With BENCH_PIN=1 in the environment rank r runs on CPU
 * r mod (online CPUs), as scripts/bench pins the comm4j ranks and as mpirun binds its ranks. Every wait has a deadline (60 s): a dead peer makes the
 * others exit 3, never hang; children die with the parent (PR_SET_PDEATHSIG).
 */
#define _GNU_SOURCE
#include "shm_barrier.h"

#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

static void run_rank(struct shared *s, unsigned rank, unsigned nranks, long iters, long warmup) {
    maybe_pin(rank);
    for (long i = 0; i < warmup; i++) barrier(s, nranks);
    uint64_t *samples = rank == 0 ? malloc(sizeof(uint64_t) * (size_t) iters) : NULL;
    uint64_t prev = now_ns();
    const uint64_t first = prev;
    for (long i = 0; i < iters; i++) {
        barrier(s, nranks);
        if (rank == 0) {
            const uint64_t t = now_ns();
            samples[i] = t - prev;
            prev = t;
        }
    }
    if (rank == 0) {
        const double mean = (double) (prev - first) / (double) iters;
        printf("RESULT barrier ranks=%u impl=c-spin mean_ns=%.0f p99_ns=%llu\n", nranks, mean,
               (unsigned long long) quantile(samples, (size_t) iters, 0.99));
        fflush(stdout);
        free(samples);
    }
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: spin_barrier NRANKS ITERATIONS WARMUP\n");
        return 2;
    }
    const unsigned nranks = (unsigned) parse_positive("NRANKS", argv[1]);
    const long iters = parse_positive("ITERATIONS", argv[2]);
    const long warmup = parse_positive("WARMUP", argv[3]);
    barrier_init(nranks);
    struct shared *s = mmap(NULL, sizeof *s, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (s == MAP_FAILED) {
        perror("spin_barrier: mmap");
        return 1;
    }
    atomic_init(&s->count, 0);
    atomic_init(&s->phase, 0);
    const pid_t parent = getpid();
    for (unsigned r = 1; r < nranks; r++) {
        const pid_t pid = fork();
        if (pid < 0) {
            perror("spin_barrier: fork");
            return 1;
        }
        if (pid == 0) {
            prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (getppid() != parent) _exit(1);
            run_rank(s, r, nranks, iters, warmup);
            _exit(0);
        }
    }
    run_rank(s, 0, nranks, iters, warmup);
    int failed = 0, status;
    while (wait(&status) > 0) {
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) failed = 1;
    }
    munmap(s, sizeof *s);
    return failed;
}
