/*
 * The physical floor under the collectives of scripts/bench: what the machine needs to move the
 * bytes a collective must deliver, between processes over shared memory, with nothing but memcpy
 * and a barrier. Each rank copies, once, exactly the bytes it must receive, straight out of its
 * peers' shared memory into private memory (one copy per received byte, as a zero-staging
 * single-copy transport would), and the call ends with one barrier (allreduce: two, because its
 * all-gather half can only start once the reduce-scatter half has been read):
 *
 *   broadcast       non-root ranks copy B bytes from the root (0)
 *   allgather       each rank copies B bytes from each peer
 *   reduce_scatter  each rank copies its B-byte block from each peer (the additions are left out)
 *   all_to_all      each rank copies its B-byte block from each peer
 *   allreduce       each rank copies its B/N piece from each peer, barrier, then each peer's B/N piece
 *
 *   shm_floor [--round-bytes R] NRANKS OPS BYTES...
 *
 * BYTES as in mpi_collectives.c. Forks NRANKS processes sharing an anonymous MAP_SHARED mapping
 * (nothing in /dev/shm, nothing left behind; children die with the parent). Per op and size, as the
 * MPI reference: a warm-up, then ROUNDS (5) rounds of ITER calls between barriers, timed on rank 0;
 * prints on rank 0
 *   RESULT <op> ranks=N bytes=B impl=floor us=T min_us=A max_us=Z
 * With BENCH_PIN=1 rank r runs on CPU r mod (online CPUs), as comm4j's ranks and mpirun's are.
 */
#define _GNU_SOURCE
#include "shm_barrier.h"

#include <sys/mman.h>

static unsigned nranks;
static long region;             /* bytes of each rank's shared source region */
static struct shared *sync_area;
static unsigned char *sources;  /* nranks regions, after the barrier's page */

static unsigned char *src(unsigned r) { return sources + (size_t) r * (size_t) region; }

/* One call of op: the copies this rank must do, then the closing barrier. */
static void call(const char *op, unsigned rank, unsigned char *dst, long b) {
    if (strcmp(op, "broadcast") == 0) {
        if (rank != 0) memcpy(dst, src(0), (size_t) b);
    } else if (strcmp(op, "allgather") == 0) {
        for (unsigned p = 0; p < nranks; p++)
            if (p != rank) memcpy(dst + p * b, src(p), (size_t) b);
    } else if (strcmp(op, "allreduce") == 0) {
        const long piece = b / nranks;
        for (unsigned p = 0; p < nranks; p++)
            if (p != rank) memcpy(dst + p * piece, src(p) + rank * piece, (size_t) piece);
        barrier(sync_area, nranks);
        for (unsigned p = 0; p < nranks; p++)
            if (p != rank) memcpy(dst + p * piece, src(p) + p * piece, (size_t) piece);
    } else { /* reduce_scatter, all_to_all */
        for (unsigned p = 0; p < nranks; p++)
            if (p != rank) memcpy(dst + p * b, src(p) + rank * b, (size_t) b);
    }
    barrier(sync_area, nranks);
}

static void run_rank(unsigned rank, char *ops, char **sizes, int nsizes) {
    maybe_pin(rank);
    memset(src(rank), (int) rank + 1, (size_t) region);
    unsigned char *dst = malloc((size_t) region);
    if (dst == NULL) {
        fprintf(stderr, "shm_floor: cannot allocate %ld bytes\n", region);
        exit(1);
    }
    memset(dst, 0, (size_t) region);
    barrier(sync_area, nranks);
    for (char *save = NULL, *op = strtok_r(ops, ",", &save); op != NULL; op = strtok_r(NULL, ",", &save)) {
        for (int s = 0; s < nsizes; s++) {
            const long b = parse_positive("BYTES", sizes[s]);
            const long iters = iterations_for(b);
            const long warmup = warmup_for(iters);
            for (long i = 0; i < warmup; i++) call(op, rank, dst, b);
            uint64_t rounds[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                barrier(sync_area, nranks);
                const uint64_t t0 = now_ns();
                for (long i = 0; i < iters; i++) call(op, rank, dst, b);
                barrier(sync_area, nranks);
                rounds[r] = now_ns() - t0;
            }
            if (rank == 0) {
                const struct round_us t = round_us(rounds, iters);
                printf("RESULT %s ranks=%u bytes=%ld impl=floor us=%.2f min_us=%.2f max_us=%.2f\n", op, nranks, b, t.us,
                       t.min_us, t.max_us);
                fflush(stdout);
            }
        }
    }
    free(dst);
}

int main(int argc, char **argv) {
    take_round_bytes(&argc, &argv);
    if (argc < 4) {
        fprintf(stderr, "usage: shm_floor [--round-bytes R] NRANKS OPS BYTES...\n");
        return 2;
    }
    nranks = (unsigned) parse_positive("NRANKS", argv[1]);
    long max = 0;
    for (int a = 3; a < argc; a++) {
        const long b = parse_positive("BYTES", argv[a]);
        max = b > max ? b : max;
    }
    region = ((long) nranks * max + 4095) / 4096 * 4096;
    barrier_init(nranks);
    const size_t total = 4096 + (size_t) nranks * (size_t) region;
    void *map = mmap(NULL, total, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (map == MAP_FAILED) {
        perror("shm_floor: mmap");
        return 1;
    }
    sync_area = map;
    atomic_init(&sync_area->count, 0);
    atomic_init(&sync_area->phase, 0);
    sources = (unsigned char *) map + 4096;
    const unsigned rank = fork_ranks(nranks, "shm_floor");
    run_rank(rank, argv[2], argv + 3, argc - 3);
    if (rank != 0) _exit(0);
    const int failed = wait_ranks();
    munmap(map, total);
    return failed;
}
