package io.comm4j.cli;

import io.comm4j.CommBackend;
import io.comm4j.CommConfig;
import io.comm4j.CommContext;
import io.comm4j.CommException;
import io.comm4j.Communicator;
import io.comm4j.ContextInvariants;
import io.comm4j.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The contract's smoke sequence (section 6) for one rank, plus the runtime canary (section 9):
 *
 * <pre>
 * load -> device context -> acl ready -> stream -> init -> alloc windows -> window base -> window size
 *      -> context copy -> context fields -> barrier -> canary -> destroy
 * </pre>
 *
 * <p>Each step is timed and handed to a {@link Listener} as it ends, so text output shows progress
 * line by line. The first failure stops the sequence; the communicator is still closed (local
 * cleanup always runs) and the result carries the failing step. A {@link CommException} reports its
 * own stage (the backend knows best where it failed); anything else reports the step's stage.
 */
public final class SmokeSequence {

    /** The step after the barrier that checks data across ranks; it reports failures as the barrier's. */
    static final String CANARY = "canary";

    /**
     * The steps in order, for the launcher to tell which step a silent rank is in: one per {@link Stage}, named
     * by its label, in the enum's order (the order the sequence meets them), and the canary after the barrier.
     */
    public static final List<Step> STEPS = steps();

    private static List<Step> steps() {
        final List<Step> all = new ArrayList<>();
        for (final Stage s : Stage.values()) {
            all.add(Step.of(s));
            if (s == Stage.BARRIER) {
                all.add(new Step(CANARY, Stage.BARRIER));
            }
        }
        return List.copyOf(all);
    }

    /** Receives each step's result as soon as it is known. */
    @FunctionalInterface
    public interface Listener {
        /** Called once per step, in order. */
        void step(StepResult result);
    }

    /**
     * What a rank did.
     *
     * @param steps  every step that ran or was skipped, in order; the last one failed when
     *               {@link #failed()} is present
     * @param failed the failing step, if any
     * @param nanos  the whole sequence's duration
     */
    public record Result(List<StepResult> steps, Optional<StepResult> failed, long nanos) {
        /** 0, or the failing stage's exit code. */
        public int exitCode() {
            return failed.map(f -> f.stage().exitCode()).orElse(0);
        }
    }

    private final String backendName;
    private final CommConfig config;
    private final long winSizeHint;
    private final StepRunner steps;

    /**
     * The smoke sequence for one rank, not yet run.
     *
     * @param backendName the backend to look up with {@link CommBackend#named}
     * @param config      this rank's configuration
     * @param winSizeHint the window size asked of {@link Communicator#allocWindows}
     */
    public SmokeSequence(final String backendName, final CommConfig config, final long winSizeHint,
                         final Listener listener) {
        this.backendName = backendName;
        this.config = config;
        this.winSizeHint = winSizeHint;
        this.steps = new StepRunner(listener);
    }

    /** Runs the sequence; never throws for a failure of the backend (that is the result). */
    public Result run() {
        final CommBackend backend;
        try {
            backend = steps.step(Stage.LOAD, this::load, b -> "backend " + b.name());
        } catch (final StepRunner.Failed f) {
            return steps.result(Optional.of(f.result()));
        }
        skipBringUp(backend);
        return steps.result(steps.initThenDestroy(backend, config, c -> {
            checkWindows(c);
            steps.step(Stage.BARRIER, () -> {
                c.barrier();
                return c;
            }, x -> "all " + x.nranks() + " ranks arrived");
            canary(c);
        }));
    }

    private CommBackend load() {
        final CommBackend b = CommBackend.named(backendName);
        final Optional<String> unavailable = b.unavailableReason();
        if (unavailable.isPresent()) {
            throw new CommException(Stage.LOAD, backendName, "backend unavailable: " + unavailable.get());
        }
        return b;
    }

    /** The device bring-up steps, which no backend runs on its own: each is skipped, saying why. */
    private void skipBringUp(final CommBackend backend) {
        final String bringUp = BackendNameConverter.SIM.equals(backend.name()) ? backend.name() + " uses no device"
            : "not a separate step: the " + backend.name() + " backend does it inside init"
                + (config.deviceId() >= 0 ? " (device " + config.deviceId() + ")" : "");
        steps.skip(Stage.DEVICE_CONTEXT, bringUp);
        steps.skip(Stage.ACL_READY, bringUp);
        steps.skip(Stage.STREAM, bringUp);
    }

    /** Alloc windows through context fields: the windows and the context the backend published. */
    private void checkWindows(final Communicator c) throws StepRunner.Failed {
        final CommContext ctx = steps.step(Stage.ALLOC, () -> c.allocWindows(winSizeHint),
            x -> "asked " + winSizeHint + " bytes, windows by " + c.windowProvider() + ", context at 0x"
                + Long.toHexString(x.deviceAddress()));
        steps.step(Stage.WINDOW_BASE, () -> {
            final long b = c.localWindowBase();
            if (b == 0) {
                throw new CommException(Stage.WINDOW_BASE, c.backendName(), "local window base is 0");
            }
            return b;
        }, b -> "0x" + Long.toHexString(b));
        steps.step(Stage.WINDOW_SIZE, () -> {
            final long s = c.windowSize();
            if (s < winSizeHint) {
                throw new CommException(Stage.WINDOW_SIZE, c.backendName(), "window size " + s
                    + " is smaller than the " + winSizeHint + " bytes asked for");
            }
            return s;
        }, s -> s + " bytes");
        final CommContext copy = steps.step(Stage.CTX_COPY, c::readBackContext,
            x -> CommContext.BYTES + " bytes read back from 0x" + Long.toHexString(x.deviceAddress()));
        steps.step(Stage.CTX_FIELDS, () -> {
            ContextInvariants.require(c, copy);
            return copy;
        }, x -> "rankId=" + Integer.toUnsignedString(x.rankId()) + " rankNum="
            + Integer.toUnsignedString(x.rankNum()) + " winSize=" + x.winSize());
    }

    /** The canary: every rank writes its pattern into its window and reads every rank's, when the host can see them. */
    private void canary(final Communicator c) throws StepRunner.Failed {
        final Optional<Communicator.HostWindows> windows;
        try {
            windows = c.hostWindows();
        } catch (final RuntimeException e) {
            throw steps.fail(new StepResult(CANARY, Stage.BARRIER, StepResult.Status.FAILED, 0,
                "canary failed: hostWindows() threw " + e));
        }
        if (windows.isEmpty()) {
            steps.skip(CANARY, Stage.BARRIER, "the " + c.backendName()
                + " backend has no host view of the windows (device memory)");
            return;
        }
        steps.step(CANARY, Stage.BARRIER, () -> {
            Canary.write(windows.get().window(c.rank()), c.rank());
            c.barrier();
            for (int r = 0; r < c.nranks(); r++) {
                Canary.check(windows.get().window(r), r, c.backendName());
            }
            return c;
        }, x -> "pattern of all " + x.nranks() + " windows checked");
    }
}
