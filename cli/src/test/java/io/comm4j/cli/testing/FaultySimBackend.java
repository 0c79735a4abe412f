package io.comm4j.cli.testing;

import io.comm4j.CommBackend;
import io.comm4j.CommConfig;
import io.comm4j.CommContext;
import io.comm4j.Communicator;
import io.comm4j.Stage;

import java.util.List;
import java.util.Optional;

/**
 * A test-only backend named {@code sim-faulty}: the real {@code sim} backend with the faults of a
 * {@link ScriptedBackend} script applied before each call ({@code die:barrier@1} makes rank 1 crash
 * at its barrier while its peers wait in the real shared-memory barrier).
 */
public final class FaultySimBackend implements CommBackend {
    @Override
    public String name() {
        return "sim-faulty";
    }

    @Override
    public Optional<String> unavailableReason() {
        return CommBackend.named("sim").unavailableReason();
    }

    @Override
    public Communicator init(final CommConfig config) {
        final List<ScriptedBackend.Action> script = ScriptedBackend.script();
        ScriptedBackend.act(script, "init", Stage.INIT, config);
        return new Faulty(CommBackend.named("sim").init(config), script, config);
    }

    private record Faulty(Communicator sim, List<ScriptedBackend.Action> script, CommConfig config)
        implements Communicator {
        private void at(final String step, final Stage stage) {
            ScriptedBackend.act(script, step, stage, config);
        }

        @Override
        public int rank() {
            return sim.rank();
        }

        @Override
        public int nranks() {
            return sim.nranks();
        }

        @Override
        public String backendName() {
            return sim.backendName();
        }

        @Override
        public CommContext allocWindows(final long winSizeHint) {
            at("alloc windows", Stage.ALLOC);
            return sim.allocWindows(winSizeHint);
        }

        @Override
        public long localWindowBase() {
            return sim.localWindowBase();
        }

        @Override
        public long windowSize() {
            return sim.windowSize();
        }

        @Override
        public CommContext context() {
            return sim.context();
        }

        @Override
        public void barrier() {
            at("barrier", Stage.BARRIER);
            sim.barrier();
        }

        @Override
        public Optional<HostWindows> hostWindows() {
            return sim.hostWindows();
        }

        @Override
        public <T> T attachment(final Class<T> type, final java.util.function.Supplier<? extends T> create) {
            return sim.attachment(type, create);
        }

        @Override
        public void abort(final Stage stage, final Throwable cause) {
            sim.abort(stage, cause);
        }

        @Override
        public void close() {
            at("destroy", Stage.DESTROY);
            sim.close();
        }
    }
}
