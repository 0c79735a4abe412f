/*
 * OpenMPI's MPI_Barrier under the same measurement as comm4j's and the C spin barrier.
 *
 *   mpirun -np N mpi_barrier ITERATIONS WARMUP
 *
 * Rank 0 timestamps every barrier exit and prints
 *   RESULT barrier ranks=N impl=mpi mean_ns=M p99_ns=P
 */
#include "bench_common.h"

#include <mpi.h>

int main(int argc, char **argv) {
    MPI_Init(&argc, &argv);
    int rank, nranks;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &nranks);
    if (argc != 3) {
        if (rank == 0) fprintf(stderr, "usage: mpirun -np N mpi_barrier ITERATIONS WARMUP\n");
        MPI_Finalize();
        return 2;
    }
    const long iters = parse_positive("ITERATIONS", argv[1]);
    const long warmup = parse_positive("WARMUP", argv[2]);
    for (long i = 0; i < warmup; i++) MPI_Barrier(MPI_COMM_WORLD);
    uint64_t *samples = malloc(sizeof(uint64_t) * (size_t) iters);
    uint64_t prev = now_ns();
    const uint64_t first = prev;
    for (long i = 0; i < iters; i++) {
        MPI_Barrier(MPI_COMM_WORLD);
        const uint64_t t = now_ns();
        samples[i] = t - prev;
        prev = t;
    }
    if (rank == 0) {
        const double mean = (double) (prev - first) / (double) iters;
        printf("RESULT barrier ranks=%d impl=mpi mean_ns=%.0f p99_ns=%llu\n", nranks, mean,
               (unsigned long long) quantile(samples, (size_t) iters, 0.99));
        fflush(stdout);
    }
    free(samples);
    MPI_Finalize();
    return 0;
}
