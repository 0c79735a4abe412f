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
#include "bench_mpi.h"

int main(int argc, char **argv) {
    int rank, nranks;
    mpi_start(&argc, &argv, 3, "mpirun -np N mpi_allreduce LABEL BYTES...", &rank, &nranks);
    const char *label = argv[1];
    for (int a = 2; a < argc; a++) {
        const long bytes = parse_bytes4(rank, argv[a]);
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
        const long warmup = warmup_for(iters);
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
            const struct round_us t = round_us(rounds, iters);
            printf("RESULT allreduce ranks=%d bytes=%ld impl=%s us=%.2f gbps=%.2f min_us=%.2f max_us=%.2f\n", nranks,
                   bytes, label, t.us, (double) bytes / (t.us * 1e3), t.min_us, t.max_us);
            fflush(stdout);
        }
        free(in);
        free(out);
    }
    MPI_Finalize();
    return 0;
}
