/*
 * OpenMPI's MPI_Allreduce (float32, MPI_SUM, in-place-free: separate send and receive buffers),
 * measured as comm4j's AllreduceBench measures its Allreduce.
 *
 *   mpirun -np N mpi_allreduce LABEL BYTES...
 *
 * For each size: buffers allocated and touched once, a warm-up, then ITER calls between two
 * barriers timed on rank 0; ITER is chosen from the size (about 256 MiB reduced per size, 5..20000
 * calls). Prints per size
 *   RESULT allreduce ranks=N bytes=B impl=LABEL us=T gbps=G
 * with T the mean time of one call and G = B / T (GB/s, 10^9 bytes). LABEL tells the script which
 * malloc setting the run had (the environment is set by the caller, e.g. MALLOC_MMAP_THRESHOLD_).
 */
#include "bench_common.h"

#include <mpi.h>

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
        MPI_Barrier(MPI_COMM_WORLD);
        const uint64_t t0 = now_ns();
        for (long i = 0; i < iters; i++) MPI_Allreduce(in, out, count, MPI_FLOAT, MPI_SUM, MPI_COMM_WORLD);
        MPI_Barrier(MPI_COMM_WORLD);
        const uint64_t t1 = now_ns();
        /* a wrong sum would make the comparison meaningless: check element 1 */
        float expect = 0;
        for (int r = 0; r < nranks; r++) expect += (float) (r + 1) * 0.5f + (float) (1 & 1023);
        if (count > 1 && out[1] != expect) {
            fprintf(stderr, "mpi_allreduce: wrong sum %g, expected %g\n", out[1], expect);
            MPI_Abort(MPI_COMM_WORLD, 1);
        }
        if (rank == 0) {
            const double us = (double) (t1 - t0) / (double) iters / 1e3;
            printf("RESULT allreduce ranks=%d bytes=%ld impl=%s us=%.2f gbps=%.2f\n", nranks, bytes, label, us,
                   (double) bytes / (us * 1e3));
            fflush(stdout);
        }
        free(in);
        free(out);
    }
    MPI_Finalize();
    return 0;
}
