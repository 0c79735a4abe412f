/*
 * Shared helpers of comm4j's C benchmark references: a monotonic clock, sample statistics and the
 * RESULT line format that scripts/bench parses. Header-only; every program is one translation unit.
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

#endif
