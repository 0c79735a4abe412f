/*
 * Single-thread memcpy bandwidth: the bar comm4j's window writes and reads are held to.
 *
 *   memcpy_bw BYTES...
 *
 * For each size: two buffers allocated and touched once (no page faults in the timed part), then
 * five trials of enough copies to move about 2 GiB (at least 10 copies); the median trial is
 * reported as
 *   RESULT window op=memcpy bytes=B impl=c-memcpy gbps=G
 * with G = bytes copied / time (GB/s, 10^9 bytes): the same definition as the Java window numbers.
 */
#include "bench_common.h"

#define TRIALS 5

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: memcpy_bw BYTES...\n");
        return 2;
    }
    for (int a = 1; a < argc; a++) {
        const long bytes = parse_positive("BYTES", argv[a]);
        char *src = aligned_alloc(4096, (size_t) ((bytes + 4095) / 4096 * 4096));
        char *dst = aligned_alloc(4096, (size_t) ((bytes + 4095) / 4096 * 4096));
        if (src == NULL || dst == NULL) {
            fprintf(stderr, "memcpy_bw: cannot allocate %ld bytes\n", bytes);
            return 1;
        }
        memset(src, 1, (size_t) bytes);
        memset(dst, 2, (size_t) bytes);
        long reps = (2L << 30) / bytes;
        if (reps < 10) reps = 10;
        uint64_t trial_ns[TRIALS];
        for (int t = 0; t < TRIALS; t++) {
            const uint64_t t0 = now_ns();
            for (long i = 0; i < reps; i++) {
                memcpy(dst, src, (size_t) bytes);
                /* keep the compiler from merging or dropping the copies */
                __asm__ __volatile__("" : : "r"(dst), "r"(src) : "memory");
            }
            trial_ns[t] = now_ns() - t0;
        }
        const uint64_t median = quantile(trial_ns, TRIALS, 0.5);
        printf("RESULT window op=memcpy bytes=%ld impl=c-memcpy gbps=%.2f\n", bytes,
               (double) bytes * (double) reps / (double) median);
        fflush(stdout);
        free(src);
        free(dst);
    }
    return 0;
}
