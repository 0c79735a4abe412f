/*
 * What the MPI references (mpi_allreduce, mpi_collectives) share besides bench_common.h: the start of
 * an MPI job and the BYTES argument of a float32 collective. Header-only.
 */
#ifndef COMM4J_BENCH_MPI_H
#define COMM4J_BENCH_MPI_H

#include "bench_common.h"

#include <mpi.h>

/* MPI_Init, then this rank and the job's size; with fewer than min_argc arguments rank 0 prints the
 * usage line and every rank ends with exit code 2. */
static inline void mpi_start(int *argc, char ***argv, int min_argc, const char *usage, int *rank, int *nranks) {
    MPI_Init(argc, argv);
    MPI_Comm_rank(MPI_COMM_WORLD, rank);
    MPI_Comm_size(MPI_COMM_WORLD, nranks);
    if (*argc < min_argc) {
        if (*rank == 0) fprintf(stderr, "usage: %s\n", usage);
        MPI_Finalize();
        exit(2);
    }
}

/* A BYTES argument of a float32 collective: a positive multiple of 4, else the job aborts with 2. */
static inline long parse_bytes4(int rank, const char *text) {
    const long bytes = parse_positive("BYTES", text);
    if (bytes % 4 != 0) {
        if (rank == 0) fprintf(stderr, "BYTES must be a multiple of 4, got %ld\n", bytes);
        MPI_Abort(MPI_COMM_WORLD, 2);
    }
    return bytes;
}

#endif
