/*
 * Shared helpers of comm4j's C benchmark references: a monotonic clock, sample statistics, argument
 * parsing, and the rounds the collective references time and report on their RESULT lines. Header-only; every program is one translation unit.
 */
#ifndef COMM4J_BENCH_COMMON_H
#define COMM4J_BENCH_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Nanoseconds on CLOCK_MONOTONIC (the clock System.nanoTime() uses on Linux). */
static inline uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t) ts.tv_sec * 1000000000ull + (uint64_t) ts.tv_nsec;
}

static int cmp_u64(const void *a, const void *b) {
    const uint64_t x = *(const uint64_t *) a, y = *(const uint64_t *) b;
    return x < y ? -1 : x > y;
}

/* The q-quantile (0..1) of n > 0 samples, by sorting them in place: nearest rank, the smallest
 * sample with at least q * n samples at or below it (the median of 5 is the 3rd). */
static inline uint64_t quantile(uint64_t *samples, size_t n, double q) {
    qsort(samples, n, sizeof *samples, cmp_u64);
    const double exact = q * (double) n;
    size_t rank = (size_t) exact;
    if ((double) rank < exact) rank++;
    size_t idx = rank == 0 ? 0 : rank - 1;
    if (idx >= n) idx = n - 1;
    return samples[idx];
}

/* Parses a positive integer argument or exits naming it. */
static inline long parse_positive(const char *what, const char *text) {
    char *end = NULL;
    long v = strtol(text, &end, 10);
    if (end == text || *end != '\0' || v <= 0) {
        fprintf(stderr, "%s must be a positive integer, got '%s'\n", what, text);
        exit(2);
    }
    return v;
}

/* Timed rounds per size of the collective references, as in AllreduceBench and CollectivesBench: the
 * result is the median round, so a burst of noise moves the spread, not the result. */
#define ROUNDS 5

/* Bytes moved per timed round: 256 MiB unless the program's leading --round-bytes R says otherwise
 * (scripts/bench gives 4 ranks smaller rounds, so their part stays within its time). */
static long round_bytes = 256L << 20;

/* Calls per timed round for a size: about round_bytes moved per size, 5..20000 calls. */
static inline long iterations_for(long bytes) {
    long n = round_bytes / bytes;
    return n < 5 ? 5 : n > 20000 ? 20000 : n;
}

/* Takes a leading "--round-bytes R" off the arguments, if there is one, keeping argv[0] first. */
static inline void take_round_bytes(int *argc, char ***argv) {
    if (*argc >= 3 && strcmp((*argv)[1], "--round-bytes") == 0) {
        round_bytes = parse_positive("--round-bytes", (*argv)[2]);
        (*argv)[2] = (*argv)[0];
        *argv += 2;
        *argc -= 2;
    }
}

/* Untimed calls before the rounds of iters calls each: a tenth of a round, at least 2. */
static inline long warmup_for(long iters) {
    return iters / 10 < 2 ? 2 : iters / 10;
}

/* A size's result: the median, fastest and slowest round's time per call, in microseconds. */
struct round_us {
    double us, min_us, max_us;
};

/* The result of ROUNDS rounds of iters calls each (rounds in ns, sorted in place). */
static inline struct round_us round_us(uint64_t *rounds, long iters) {
    const double per_call = (double) iters * 1e3;
    struct round_us r;
    r.min_us = (double) quantile(rounds, ROUNDS, 0) / per_call;
    r.max_us = (double) quantile(rounds, ROUNDS, 1) / per_call;
    r.us = (double) quantile(rounds, ROUNDS, 0.5) / per_call;
    return r;
}

#endif
