package io.comm4j.internal;

import io.comm4j.CommException;
import io.comm4j.Stage;
import io.comm4j.testing.ChildJvm;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the file and the TCP rendezvous tests share, written once: the payloads and barrier tags of
 * the test groups, the exchange on a rank's own thread, what a rank process prints, and the checks
 * that hold for both transports (the ranks met; a barrier with a dead peer fails early).
 */
final class RendezvousTesting {
    static final int PAYLOAD = 64;
    static final List<String> TAGS = List.of("rootinfo_ready", "hccl_init", "destroy");

    private RendezvousTesting() {
    }

    /** {@code text} padded to the payload size. */
    static byte[] payload(final String text) {
        return Arrays.copyOf(text.getBytes(StandardCharsets.UTF_8), PAYLOAD);
    }

    /** {@code rv}'s root-info exchange, {@code rootPayload} being what it publishes if it is rank 0. */
    static byte[] exchange(final FileRendezvous rv, final String rootPayload) {
        return rv.exchangeRootInfo(() -> payload(rootPayload), PAYLOAD, "rootinfo_ready");
    }

    /** Runs {@code rv}'s exchange on its own thread; completes with the payload it ended up with. */
    static CompletableFuture<byte[]> exchangeAsync(final FileRendezvous rv, final String rootPayload) {
        return CompletableFuture.supplyAsync(() -> exchange(rv, rootPayload), r -> Thread.ofPlatform().start(r));
    }

    /** A rank process's end once it has {@code got} the payload: the destroy barrier, leave, then print both. */
    static void leaveAndPrint(final FileRendezvous rv, final byte[] got) {
        rv.barrier("destroy", Stage.DESTROY);
        rv.leave();
        System.out.println("token=" + RunToken.hex(rv.runToken()) + " payload="
            + new String(got, StandardCharsets.UTF_8).trim());
    }

    /** Every rank process exits 0 within {@code each} and prints the same token and rank 0's payload. */
    static void assertEveryRankMet(final List<ChildJvm.Running> ranks, final Duration each) {
        final List<ChildJvm.Result> results = ranks.stream().map(p -> p.await(each)).toList();
        for (int r = 0; r < results.size(); r++) {
            assertThat(results.get(r).exitCode()).as("rank %d: %s", r, results.get(r).describe()).isZero();
            assertThat(results.get(r).stdout()).as("rank %d prints the same token and payload as rank 0", r)
                .isEqualTo(results.get(0).stdout()).contains("payload=from-pid");
        }
    }

    /**
     * {@code rv}'s destroy barrier fails at {@link Stage#DESTROY} with a message containing every one
     * of {@code naming}, in less than a third of {@code timeout}: a dead peer must not hold it longer.
     */
    static void assertDestroyBarrierFailsEarly(final FileRendezvous rv, final Duration timeout, final String why,
                                               final String... naming) {
        final long start = System.nanoTime();
        assertThatThrownBy(() -> rv.barrier("destroy", Stage.DESTROY))
            .as(why)
            .isInstanceOfSatisfying(CommException.class, e -> assertThat(e.stage()).isEqualTo(Stage.DESTROY))
            .hasMessageContainingAll(naming);
        assertThat(Duration.ofNanos(System.nanoTime() - start))
            .as("%s: must fail well before the %s timeout", why, timeout)
            .isLessThan(timeout.dividedBy(3));
    }
}
