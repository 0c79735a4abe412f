package io.comm4j.bindings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where CANN's libraries are looked for, in order: the directory named by the system property
 * {@value NativeLibraries#LIBDIR_PROPERTY}; then {@code $ASCEND_HOME_PATH/lib64} and
 * {@code $ASCEND_HOME_PATH/<arch>-linux/lib64} (CANN's two install layouts); then the system loader
 * ({@code dlopen} by file name: {@code LD_LIBRARY_PATH}, the cache, the default directories).
 *
 * <p>A value object built from its inputs, so the order can be tested without touching the
 * environment; {@link #fromEnvironment()} reads the real ones.
 *
 * @param libDirProperty   value of {@value NativeLibraries#LIBDIR_PROPERTY}, or null
 * @param ascendHomePath   value of {@code ASCEND_HOME_PATH}, or null
 * @param osArch           {@code os.arch} ({@code amd64} is CANN's {@code x86_64})
 * @param ldLibraryPath    value of {@code LD_LIBRARY_PATH}, or null; only quoted in messages
 * @param useSystemLoader  whether the last step, dlopen by file name, is tried
 */
public record CannSearch(String libDirProperty, String ascendHomePath, String osArch, String ldLibraryPath,
                         boolean useSystemLoader) {

    /** The environment variable CANN's set_env.sh exports with the install root. */
    public static final String ASCEND_HOME_ENV = "ASCEND_HOME_PATH";

    public CannSearch {
        Objects.requireNonNull(osArch, "osArch");
    }

    /** The search this process would do: system property, environment, {@code os.arch}. */
    public static CannSearch fromEnvironment() {
        final Map<String, String> env = System.getenv();
        return new CannSearch(System.getProperty(NativeLibraries.LIBDIR_PROPERTY), env.get(ASCEND_HOME_ENV),
            System.getProperty("os.arch"), env.get("LD_LIBRARY_PATH"), true);
    }

    /** A search of exactly one directory, nothing else (tests, tools). */
    public static CannSearch onlyDirectory(final Path dir) {
        return new CannSearch(dir.toString(), null, System.getProperty("os.arch"), null, false);
    }

    /** The directories searched before the system loader, in order, each with why it is searched. */
    public List<Place> directories() {
        final List<Place> places = new ArrayList<>();
        if (!isBlank(libDirProperty)) {
            places.add(new Place("-D" + NativeLibraries.LIBDIR_PROPERTY, Path.of(libDirProperty)));
        }
        if (!isBlank(ascendHomePath)) {
            final Path home = Path.of(ascendHomePath);
            places.add(new Place(ASCEND_HOME_ENV, home.resolve("lib64")));
            places.add(new Place(ASCEND_HOME_ENV, home.resolve(cannArch() + "-linux").resolve("lib64")));
        }
        return places;
    }

    /** CANN's name for this machine's architecture ({@code x86_64}, {@code aarch64}). */
    public String cannArch() {
        return switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x86-64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> osArch;
        };
    }

    /** How the system-loader step is described in messages. */
    public String systemLoaderDescription() {
        return "system loader (dlopen by name; LD_LIBRARY_PATH="
            + (isBlank(ldLibraryPath) ? "<unset>" : ldLibraryPath) + ", ld.so cache, default directories)";
    }

    private static boolean isBlank(final String s) {
        return s == null || s.isBlank();
    }

    /**
     * One directory to look in.
     *
     * @param origin what put it on the list (a property or variable name)
     * @param dir    the directory
     */
    public record Place(String origin, Path dir) {
        @Override
        public String toString() {
            return dir + " (" + origin + ")";
        }
    }
}
