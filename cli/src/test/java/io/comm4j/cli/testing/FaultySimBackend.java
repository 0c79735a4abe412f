package io.comm4j.cli.testing;

import io.comm4j.CommBackend;
import io.comm4j.CommConfig;
import io.comm4j.Communicator;
import io.comm4j.Stage;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A test-only backend named {@code sim-faulty}: the real {@code sim} backend with the faults of a
 * {@link ScriptedBackend} script applied before each call ({@code die:barrier@1} makes rank 1 crash
 * at its barrier while its peers wait in the real shared-memory barrier).
 */
public final class FaultySimBackend implements CommBackend {
    /** The smoke step and stage of each communicator call a script can fault; every other call passes straight to sim. */
    private static final Map<String, Step> STEPS = Map.of(
        "allocWindows", new Step("alloc windows", Stage.ALLOC),
        "barrier", new Step("barrier", Stage.BARRIER),
        "close", new Step("destroy", Stage.DESTROY));

    private record Step(String name, Stage stage) { }

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
        return faulty(CommBackend.named("sim").init(config), script, config);
    }

    /** {@code sim} itself, but each call of {@link #STEPS} first carries out the script's actions for its step. */
    private static Communicator faulty(final Communicator sim, final List<ScriptedBackend.Action> script,
                                       final CommConfig config) {
        return (Communicator) Proxy.newProxyInstance(Communicator.class.getClassLoader(),
            new Class<?>[] {Communicator.class}, (proxy, method, args) -> {
                final Step step = STEPS.get(method.getName());
                if (step != null) {
                    ScriptedBackend.act(script, step.name(), step.stage(), config);
                }
                try {
                    return method.invoke(sim, args);
                } catch (final InvocationTargetException e) {
                    throw e.getCause(); // sim's own exception, as a direct call would throw it
                }
            });
    }
}
