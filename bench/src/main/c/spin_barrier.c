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
 *   RESULT barrier ranks=N impl=c-spin mean_ns=M p99_ns=P p50_ns=Q stalls=S stall_ns=T
 * where the samples are the intervals between consecutive barrier exits (their mean is exactly the
 * total time over the iteration count). With BENCH_PIN=1 in the environment rank r runs on CPU
 * r mod (online CPUs), as scripts/bench pins the comm4j ranks and as mpirun binds its ranks. Every wait has a deadline (60 s): a dead peer makes the
 * others exit 3, never hang; children die with the parent (PR_SET_PDEATHSIG).
 */
#define _GNU_SOURCE
#include "shm_barrier.h"

#include <sys/mman.h>

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
        /* stalls: samples above 50 us (the process lost its core), as the Java drivers count them */
        unsigned long long stalls = 0, stall_ns = 0;
        for (long i = 0; i < iters; i++) {
            if (samples[i] > 50000) {
                stalls++;
                stall_ns += samples[i];
            }
        }
        const unsigned long long p99 = quantile(samples, (size_t) iters, 0.99);
        const unsigned long long p50 = quantile(samples, (size_t) iters, 0.5);
        printf("RESULT barrier ranks=%u impl=c-spin mean_ns=%.0f p99_ns=%llu p50_ns=%llu stalls=%llu stall_ns=%llu\n",
               nranks, mean, p99, p50, stalls, stall_ns);
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
    const unsigned rank = fork_ranks(nranks, "spin_barrier");
    run_rank(s, rank, nranks, iters, warmup);
    if (rank != 0) _exit(0);
    const int failed = wait_ranks();
    munmap(s, sizeof *s);
    return failed;
}
