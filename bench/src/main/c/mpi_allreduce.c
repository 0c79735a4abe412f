/*
 * OpenMPI's MPI_Allreduce (float32, MPI_SUM, in-place-free: separate send and receive buffers),
 * measured as comm4j's AllreduceBench measures its Allreduce.
 *
 *   mpirun -np N mpi_allreduce LABEL BYTES...
 *
 * For each size: buffers allocated and touched once, a warm-up, then ROUNDS (5) rounds of ITER calls,
 * each between two barriers and timed on rank 0; ITER is chosen from the size (about 256 MiB
 * reduced per size, 5..20000 calls). Prints per size
 *   RESULT allreduce ranks=N bytes=B impl=LABEL us=T gbps=G min_us=A max_us=Z
 * with T the median round's time per call, A and Z the fastest and slowest round's, and G = B / T
 * (GB/s, 10^9 bytes). LABEL tells the script which
 * malloc setting the run had (the environment is set by the caller, e.g. MALLOC_MMAP_THRESHOLD_).
 */
#include "bench_common.h"

#include <mpi.h>

/* Timed rounds per size, as in AllreduceBench: the result is the median round. */
#define ROUNDS 5

static long iterations_for(long bytes) {
    long n = (256L << 20) / bytes;
    return n < 5 ? 5 : n > 20000 ? 20000 : n;
}

int main(int argc, char **argv) {
    MPI_Init(&argc, &argv);
    int rank, nranks;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &nranks);
    if (argc < 3) {
        if (rank == 0) fprintf(stderr, "usage: mpirun -np N mpi_allreduce LABEL BYTES...\n");
        MPI_Finalize();
        return 2;
    }
    const char *label = argv[1];
    for (int a = 2; a < argc; a++) {
        const long bytes = parse_positive("BYTES", argv[a]);
        if (bytes % 4 != 0) {
            if (rank == 0) fprintf(stderr, "BYTES must be a multiple of 4, got %ld\n", bytes);
            MPI_Abort(MPI_COMM_WORLD, 2);
        }
        const int count = (int) (bytes / 4);
        float *in = malloc((size_t) bytes), *out = malloc((size_t) bytes);
        if (in == NULL || out == NULL) {
            fprintf(stderr, "mpi_allreduce: cannot allocate %ld bytes\n", bytes);
            MPI_Abort(MPI_COMM_WORLD, 1);
        }
        for (int i = 0; i < count; i++) {
            in[i] = (float) (rank + 1) * 0.5f + (float) (i & 1023);
            out[i] = 0;
        }
        const long iters = iterations_for(bytes);
        const long warmup = iters / 10 < 2 ? 2 : iters / 10;
        for (long i = 0; i < warmup; i++) MPI_Allreduce(in, out, count, MPI_FLOAT, MPI_SUM, MPI_COMM_WORLD);
        uint64_t rounds[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            MPI_Barrier(MPI_COMM_WORLD);
            const uint64_t t0 = now_ns();
            for (long i = 0; i < iters; i++) MPI_Allreduce(in, out, count, MPI_FLOAT, MPI_SUM, MPI_COMM_WORLD);
            MPI_Barrier(MPI_COMM_WORLD);
            rounds[r] = now_ns() - t0;
        }
        /* a wrong sum would make the comparison meaningless: check element 1 */
        float expect = 0;
        for (int r = 0; r < nranks; r++) expect += (float) (r + 1) * 0.5f + (float) (1 & 1023);
        if (count > 1 && out[1] != expect) {
            fprintf(stderr, "mpi_allreduce: wrong sum %g, expected %g\n", out[1], expect);
            MPI_Abort(MPI_COMM_WORLD, 1);
        }
        if (rank == 0) {
            const double per_call = (double) iters * 1e3;
            const double min_us = (double) quantile(rounds, ROUNDS, 0) / per_call;
            const double max_us = (double) quantile(rounds, ROUNDS, 1) / per_call;
            const double us = (double) quantile(rounds, ROUNDS, 0.5) / per_call;
            printf("RESULT allreduce ranks=%d bytes=%ld impl=%s us=%.2f gbps=%.2f min_us=%.2f max_us=%.2f\n", nranks,
                   bytes, label, us, (double) bytes / (us * 1e3), min_us, max_us);
            fflush(stdout);
        }
        free(in);
        free(out);
    }
    MPI_Finalize();
    return 0;
}
