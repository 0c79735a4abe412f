package io.comm4j.hccl;

import io.comm4j.CommConfig;
import io.comm4j.CommException;
import io.comm4j.Stage;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which window provider a communicator asks for (docs/hccl.md, "Window providers"): the
 * {@link CommConfig} option {@value #OPTION} when set, else the system property {@value #PROPERTY},
 * else {@link #AUTO}. A value that is none of {@code auto|fabric|vmm|mc2} is refused at
 * {@link Stage#INIT}, naming the value, where it came from and the allowed ones, before anything
 * is touched.
 */
enum WindowChoice {
    /** Fabric V2 handles where the part supports them, else VMM shareable handles (the default). */
    AUTO,
    /** Fabric V2 handles only ({@link FabricWindows}); an A2 part fails at ALLOC. */
    FABRIC,
    /** VMM shareable handles ({@link VmmWindows}). */
    VMM,
    /** HCCL's MC2 tiling with its private layouts and version lock ({@link Mc2Windows}). */
    MC2;

    /** The CommConfig option naming the provider. */
    static final String OPTION = "hccl.windows";
    /** The system property naming the provider when the option is not set. */
    static final String PROPERTY = "comm4j.hccl.windows";

    /** The lower-case name the option and property take. */
    String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The choice of {@code config} (option, then property, then auto).
     *
     * @throws CommException at {@link Stage#INIT} for a value that is not a provider
     */
    static WindowChoice of(final CommConfig config) {
        final Optional<String> option = config.option(OPTION);
        if (option.isPresent()) {
            return parse(option.get(), "CommConfig option " + OPTION);
        }
        final String property = System.getProperty(PROPERTY);
        return property == null ? AUTO : parse(property, "system property " + PROPERTY);
    }

    static WindowChoice parse(final String text, final String source) {
        for (final WindowChoice c : values()) {
            if (c.value().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new CommException(Stage.INIT, HcclBackend.NAME, source + "='" + text + "' is not a window provider: "
            + "allowed are " + Arrays.stream(values()).map(WindowChoice::value).collect(Collectors.joining("|"))
            + " (auto = fabric where the part supports it, else vmm)");
    }
}
