/*
 * OpenMPI's MPI_Bcast, MPI_Allgather, MPI_Reduce_scatter_block, MPI_Alltoall and MPI_Allreduce,
 * measured as comm4j's CollectivesBench measures its collectives.
 *
 *   mpirun -np N mpi_collectives [--round-bytes R] LABEL OPS BYTES...
 *
 * OPS: comma-separated, of broadcast, allgather, reduce_scatter, all_to_all, allreduce. BYTES: the
 * count the MPI call takes, in bytes: MPI_Bcast's buffer (root 0, MPI_BYTE), each rank's send count
 * (MPI_Allgather, MPI_BYTE), each rank's result block (MPI_Reduce_scatter_block, MPI_FLOAT, MPI_SUM;
 * the input is N blocks), each block (MPI_Alltoall, MPI_BYTE), the array (MPI_Allreduce, MPI_FLOAT).
 * Separate send and receive buffers. Per op and size: buffers allocated and touched once, a warm-up
 * (a tenth of the timed calls, at least 2), then ROUNDS (5) rounds of ITER calls between barriers,
 * timed on rank 0 (ITER: about R bytes per size, default 256 MiB, 5..20000 calls); then the result is checked (every
 * element). Prints on rank 0 per op and size
 *   RESULT <op> ranks=N bytes=B impl=LABEL us=T min_us=A max_us=Z
 * with T the median round's time per call, A and Z the fastest and slowest round's. LABEL names the
 * malloc setting of the run (the environment is set by the caller).
 */
#include "bench_mpi.h"

/* As CollectivesBench.byteAt and AllreduceBench.input. */
static unsigned char byte_at(int r, long i) { return (unsigned char) (r * 31 + i * 7 + (i >> 12)); }
static float input(int r, long i) { return (float) (r + 1) * 0.5f + (float) (i & 1023); }

static int rank, nranks;

static void fail(const char *op, long at) {
    fprintf(stderr, "mpi_collectives: %s gave a wrong result at %ld\n", op, at);
    MPI_Abort(MPI_COMM_WORLD, 1);
}

static void check_sum(const float *out, long first, long count, const char *op) {
    for (long i = 0; i < count; i++) {
        float e = input(0, first + i);
        for (int r = 1; r < nranks; r++) e += input(r, first + i);
        if (out[i] != e) fail(op, i);
    }
}

/* One call of op on the buffers. */
static void call(const char *op, void *in, void *out, long bytes) {
    const int n = (int) bytes;
    if (strcmp(op, "broadcast") == 0) MPI_Bcast(in, n, MPI_BYTE, 0, MPI_COMM_WORLD);
    else if (strcmp(op, "allgather") == 0) MPI_Allgather(in, n, MPI_BYTE, out, n, MPI_BYTE, MPI_COMM_WORLD);
    else if (strcmp(op, "all_to_all") == 0) MPI_Alltoall(in, n, MPI_BYTE, out, n, MPI_BYTE, MPI_COMM_WORLD);
    else if (strcmp(op, "reduce_scatter") == 0)
        MPI_Reduce_scatter_block(in, out, n / 4, MPI_FLOAT, MPI_SUM, MPI_COMM_WORLD);
    else MPI_Allreduce(in, out, n / 4, MPI_FLOAT, MPI_SUM, MPI_COMM_WORLD);
}

static void measure(const char *label, const char *op, long bytes) {
    const long nb = (long) nranks * bytes;
    long in_bytes = bytes, out_bytes = bytes;
    if (strcmp(op, "allgather") == 0) out_bytes = nb;
    if (strcmp(op, "all_to_all") == 0) in_bytes = out_bytes = nb;
    if (strcmp(op, "reduce_scatter") == 0) in_bytes = nb;
    unsigned char *in = malloc((size_t) in_bytes), *out = malloc((size_t) out_bytes);
    if (in == NULL || out == NULL) {
        fprintf(stderr, "mpi_collectives: cannot allocate %ld + %ld bytes\n", in_bytes, out_bytes);
        MPI_Abort(MPI_COMM_WORLD, 1);
    }
    const int sums = strcmp(op, "reduce_scatter") == 0 || strcmp(op, "allreduce") == 0;
    for (long i = 0; i < in_bytes; i++) in[i] = byte_at(rank, i);
    if (sums)
        for (long i = 0; i < in_bytes / 4; i++) ((float *) in)[i] = input(rank, i);
    memset(out, 0, (size_t) out_bytes);
    const long iters = iterations_for(bytes);
    const long warmup = warmup_for(iters);
    for (long i = 0; i < warmup; i++) call(op, in, out, bytes);
    uint64_t rounds[ROUNDS];
    for (int r = 0; r < ROUNDS; r++) {
        MPI_Barrier(MPI_COMM_WORLD);
        const uint64_t t0 = now_ns();
        for (long i = 0; i < iters; i++) call(op, in, out, bytes);
        MPI_Barrier(MPI_COMM_WORLD);
        rounds[r] = now_ns() - t0;
    }
    if (strcmp(op, "broadcast") == 0) {
        for (long i = 0; i < bytes; i++) if (in[i] != byte_at(0, i)) fail(op, i);
    } else if (strcmp(op, "allgather") == 0) {
        for (long i = 0; i < nb; i++) if (out[i] != byte_at((int) (i / bytes), i % bytes)) fail(op, i);
    } else if (strcmp(op, "all_to_all") == 0) {
        for (long i = 0; i < nb; i++)
            if (out[i] != byte_at((int) (i / bytes), (long) rank * bytes + i % bytes)) fail(op, i);
    } else if (strcmp(op, "reduce_scatter") == 0) {
        check_sum((const float *) out, (long) rank * (bytes / 4), bytes / 4, op);
    } else {
        check_sum((const float *) out, 0, bytes / 4, op);
    }
    if (rank == 0) {
        const struct round_us t = round_us(rounds, iters);
        printf("RESULT %s ranks=%d bytes=%ld impl=%s us=%.2f min_us=%.2f max_us=%.2f\n", op, nranks, bytes, label,
               t.us, t.min_us, t.max_us);
        fflush(stdout);
    }
    free(in);
    free(out);
}

int main(int argc, char **argv) {
    take_round_bytes(&argc, &argv);
    mpi_start(&argc, &argv, 4, "mpirun -np N mpi_collectives [--round-bytes R] LABEL OPS BYTES...", &rank, &nranks);
    const char *label = argv[1];
    char ops[256];
    snprintf(ops, sizeof ops, "%s", argv[2]);
    for (char *save = NULL, *op = strtok_r(ops, ",", &save); op != NULL; op = strtok_r(NULL, ",", &save)) {
        if (strcmp(op, "broadcast") && strcmp(op, "allgather") && strcmp(op, "reduce_scatter")
            && strcmp(op, "all_to_all") && strcmp(op, "allreduce")) {
            if (rank == 0) fprintf(stderr, "mpi_collectives: unknown op '%s'\n", op);
            MPI_Abort(MPI_COMM_WORLD, 2);
        }
        for (int a = 3; a < argc; a++) {
            measure(label, op, parse_bytes4(rank, argv[a]));
        }
    }
    MPI_Finalize();
    return 0;
}
