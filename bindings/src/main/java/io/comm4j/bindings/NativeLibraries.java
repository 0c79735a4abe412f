package io.comm4j.bindings;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds CANN's libraries and loads them into this class loader, so that the jextract-shaped header
 * classes ({@code acl_h}, {@code hccl_h}, {@code hcomm_private_h}), which look symbols up through
 * {@link SymbolLookup#loaderLookup()} and never load anything themselves, can resolve them.
 *
 * <p>What it promises:
 * <ul>
 *   <li>Search order ({@link CannSearch}): {@code -D}{@value #LIBDIR_PROPERTY}, then
 *       {@code $ASCEND_HOME_PATH/lib64} and {@code $ASCEND_HOME_PATH/<arch>-linux/lib64}, then the
 *       system loader. {@code libascendcl.so} and {@code libhccl.so} are required,
 *       {@code libhcomm.so} is taken when present.</li>
 *   <li>Each function binds to the first library of {@link #BINDING_ORDER} that exports it:
 *       libhcomm, then libascendcl, then libhccl. CANN 9 exports the communicator entry points
 *       from libhcomm and a second {@code HcclBarrier} from libhccl (hardware-lessons section 7);
 *       the original runtime links libhcomm and libascendcl only, so libhccl serves only what
 *       libhcomm lacks. {@link SymbolLookup#loaderLookup()} searches the loaded libraries in no
 *       specified order, so the HCCL and libhcomm functions are called through
 *       {@link CommunicatorFunctions}, whose handles come from {@link #downcall} in this order;
 *       {@link CannLoadReport#exporterOf} reports the same choice. The
 *       {@link #REQUIRED_FUNCTIONS} must all be exported by one of them, the
 *       {@link #OPTIONAL_FUNCTIONS} (the three private libhcomm symbols, IPC calls of newer
 *       releases, diagnostics) may be missing.</li>
 *   <li>{@link #loadCann()} never throws: it returns a {@link CannLoadReport} whose failure names
 *       what is missing and every place searched. {@link #requireCann()} throws
 *       {@link CannLoadException} with that message.</li>
 *   <li>Loading happens at most once per JVM; later calls return the same report.</li>
 * </ul>
 */
public final class NativeLibraries {
    /** System property naming a directory that holds CANN's libraries (searched first). */
    public static final String LIBDIR_PROPERTY = "comm4j.cann.libdir";

    /** Functions comm4j cannot work without; a CANN lacking any of them is reported unusable. */
    public static final Set<String> REQUIRED_FUNCTIONS = Set.of(
        "aclInit", "aclFinalize", "aclrtGetVersion", "aclGetRecentErrMsg",
        "aclrtSetDevice", "aclrtResetDevice", "aclrtGetDevice", "aclrtGetDeviceCount",
        "aclrtCreateStream", "aclrtDestroyStream", "aclrtSynchronizeStream",
        "aclrtMalloc", "aclrtFree", "aclrtMemcpy",
        "HcclGetRootInfo", "HcclCommInitRootInfo", "HcclGetCommName", "HcclGetRankSize", "HcclGetRankId",
        "HcclBarrier", "HcclCommDestroy");

    /**
     * Functions only some CANN releases export: check {@link #isAvailable(String)} before calling.
     * The three private libhcomm symbols are here: without them CANN still loads and communicators
     * still initialise; only window allocation through them is impossible.
     */
    public static final Set<String> OPTIONAL_FUNCTIONS = Set.of(
        "aclsysGetCANNVersion",
        "aclrtIpcMemGetExportKey", "aclrtIpcMemSetImportPid", "aclrtIpcMemImportByKey", "aclrtIpcMemClose",
        "aclrtDeviceGetBareTgid", "aclrtDeviceCanAccessPeer", "aclrtDeviceEnablePeerAccess",
        // the VMM/Fabric window calls (issue #12): a CANN without one fails only when windows need it
        "aclrtMemGetAllocationGranularity", "aclrtMallocPhysical", "aclrtFreePhysical", "aclrtReserveMemAddress",
        "aclrtReleaseMemAddress", "aclrtMapMem", "aclrtUnmapMem", "aclrtMemSetAccess", "aclrtMemset",
        "aclrtMemExportToShareableHandle", "aclrtMemImportFromShareableHandle", "aclrtMemExportToShareableHandleV2",
        "aclrtMemImportFromShareableHandleV2", "aclrtDevicePeerAccessStatus",
        "HcclGetErrorString", "HcclGetCommAsyncError",
        "HcclAllocComResourceByTiling", "HcomGetCommHandleByGroup", "HcomGetL0TopoTypeEx");

    /** The order symbols bind in: the first of these libraries that exports a function serves it. */
    public static final List<CannLibrary> BINDING_ORDER = List.of(CannLibrary.HCOMM, CannLibrary.ASCENDCL,
        CannLibrary.HCCL);

    private static final Logger LOG = LogManager.getLogger(NativeLibraries.class);

    private static CannLoadReport loaded; // guarded by NativeLibraries.class
    private static SymbolLookup ordered;  // guarded by NativeLibraries.class: BINDING_ORDER over the loaded libraries

    private NativeLibraries() {
    }

    /**
     * Finds CANN as {@link CannSearch#fromEnvironment()} says and loads it into this class loader,
     * once per JVM. Never throws.
     *
     * @return what was found; {@link CannLoadReport#isLoaded()} says whether calls can be made
     */
    public static synchronized CannLoadReport loadCann() {
        if (loaded == null) {
            loaded = load(resolve(CannSearch.fromEnvironment()));
        }
        return loaded;
    }

    /**
     * {@link #loadCann()}, throwing when CANN cannot be used.
     *
     * @throws CannLoadException naming what is missing and every place searched
     */
    public static CannLoadReport requireCann() {
        return loadCann().orThrow();
    }

    /**
     * Whether a library loaded by {@link #loadCann()} exports {@code symbol}, i.e. whether calling
     * its binding can work. False for everything before CANN is loaded.
     */
    public static boolean isAvailable(final String symbol) {
        return SymbolLookup.loaderLookup().find(symbol).isPresent();
    }

    /**
     * The address of {@code symbol} in the first library of {@link #BINDING_ORDER} that exports it,
     * after {@link #loadCann()}; empty when CANN is not loaded or no library exports it.
     */
    public static synchronized Optional<MemorySegment> find(final String symbol) {
        loadCann();
        return ordered == null ? Optional.empty() : ordered.find(symbol);
    }

    /**
     * A downcall handle for {@code symbol}, bound as {@link #find} says, with the descriptor
     * jextract generated for it (callers pass {@code X_h.f$descriptor()}, never one of their own).
     *
     * @throws CannLoadException when CANN is not loaded or no library exports {@code symbol}
     */
    public static MethodHandle downcall(final String symbol, final FunctionDescriptor descriptor) {
        final CannLoadReport report = loadCann();
        final MemorySegment address = find(symbol).orElseThrow(() -> new CannLoadException(report.isLoaded()
            ? report.asFailed("no loaded CANN library exports " + symbol + " (" + report.libraries() + ")") : report));
        return Linker.nativeLinker().downcallHandle(address, descriptor);
    }

    /**
     * Looks for CANN's libraries and checks what they export, without loading them into this class
     * loader (each is opened and closed again). Never throws.
     */
    public static CannLoadReport resolve(final CannSearch search) {
        final Map<CannLibrary, Path> found = new EnumMap<>(CannLibrary.class);
        final Map<String, CannLibrary> exporters;
        final List<String> problems = new ArrayList<>();
        try (Arena arena = Arena.ofConfined()) {
            exporters = exporters(open(search, arena, found, problems));
        }
        if (problems.isEmpty()) {
            final Set<String> missing = new TreeSet<>(REQUIRED_FUNCTIONS);
            missing.removeAll(exporters.keySet());
            if (!missing.isEmpty()) {
                problems.add("no library exports the required functions " + missing + " (opened " + found.values() + ")");
            }
        }
        final List<String> searched = searched(search);
        final String failure = problems.isEmpty() ? null
            : String.join("; ", problems) + ". Searched, in order: " + String.join(", ", searched)
              + ". Point -D" + LIBDIR_PROPERTY + " at the directory holding CANN's lib64, or source CANN's set_env.sh.";
        return new CannLoadReport(failure, false, found, searched, exporters);
    }

    /** The places {@code search} looks, in order, as a failure message lists them. */
    private static List<String> searched(final CannSearch search) {
        final List<String> searched = new ArrayList<>();
        search.directories().forEach(place -> searched.add(place.toString()));
        if (search.useSystemLoader()) {
            searched.add(search.systemLoaderDescription());
        }
        return searched;
    }

    /**
     * Opens every library {@code search} finds, in load order (libascendcl first: the others depend
     * on it), recording its file in {@code found}; a required library not found, or one that does
     * not open, is a problem.
     */
    private static Map<CannLibrary, SymbolLookup> open(final CannSearch search, final Arena arena,
                                                       final Map<CannLibrary, Path> found, final List<String> problems) {
        final Map<CannLibrary, SymbolLookup> lookups = new EnumMap<>(CannLibrary.class);
        for (final CannLibrary library : CannLibrary.values()) {
            final Optional<Path> path = find(library, search, arena, problems);
            if (path.isEmpty()) {
                if (library.required()) {
                    problems.add(library.fileName() + " not found");
                }
                continue;
            }
            found.put(library, path.get());
            try {
                lookups.put(library, SymbolLookup.libraryLookup(path.get(), arena));
            } catch (final IllegalArgumentException | IllegalCallerException e) {
                problems.add("cannot open " + path.get() + " (" + e.getMessage()
                    + "; is a library it depends on missing from LD_LIBRARY_PATH?)");
            }
        }
        return lookups;
    }

    /** Each function the bindings declare, attributed to the first of {@code lookups} in binding order that exports it. */
    private static Map<String, CannLibrary> exporters(final Map<CannLibrary, SymbolLookup> lookups) {
        final Map<String, CannLibrary> exporters = new LinkedHashMap<>();
        for (final String symbol : allFunctions()) {
            for (final CannLibrary library : BINDING_ORDER) {
                final SymbolLookup lookup = lookups.get(library);
                if (lookup != null && lookup.find(symbol).isPresent()) {
                    exporters.put(symbol, library);
                    break;
                }
            }
        }
        return exporters;
    }

    /** Every function the bindings declare, required first. */
    private static Set<String> allFunctions() {
        final Set<String> all = new LinkedHashSet<>(new TreeSet<>(REQUIRED_FUNCTIONS));
        all.addAll(new TreeSet<>(OPTIONAL_FUNCTIONS));
        return all;
    }

    private static Optional<Path> find(final CannLibrary library, final CannSearch search, final Arena arena,
                                       final List<String> problems) {
        for (final CannSearch.Place place : search.directories()) {
            final Path candidate = place.dir().resolve(library.fileName());
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate.toAbsolutePath().normalize());
            }
        }
        if (!search.useSystemLoader()) {
            return Optional.empty();
        }
        try {
            // dlopen by bare name searches what the system loader searches; the mapping then tells
            // which file it chose, which System.load needs (it takes absolute paths only).
            SymbolLookup.libraryLookup(library.fileName(), arena);
        } catch (final IllegalArgumentException notThere) {
            return Optional.empty();
        }
        final Optional<Path> mapped = mappedFile(library.fileName());
        if (mapped.isEmpty()) {
            problems.add(library.fileName() + " was opened by the system loader but its file is not in /proc/self/maps");
        }
        return mapped;
    }

    /** The file of a mapped library whose name is {@code fileName} or a versioned {@code fileName.N}. */
    private static Optional<Path> mappedFile(final String fileName) {
        try (var lines = Files.lines(Path.of("/proc/self/maps"))) {
            return lines.map(line -> {
                    final int slash = line.indexOf('/');
                    return slash < 0 ? null : Path.of(line.substring(slash));
                })
                .filter(p -> p != null && p.getFileName() != null)
                .filter(p -> {
                    final String name = p.getFileName().toString();
                    return name.equals(fileName) || name.startsWith(fileName + ".");
                })
                .findFirst();
        } catch (final IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Loads what {@code report} found into this class loader, in {@link CannLibrary} order (libascendcl
     * first: the others need it to be loaded), and builds the {@link #BINDING_ORDER} lookup.
     */
    private static CannLoadReport load(final CannLoadReport report) {
        if (!report.isUsable()) {
            LOG.debug("CANN not loaded: {}", report.failure().orElse(""));
            return report;
        }
        for (final Map.Entry<CannLibrary, Path> e : report.libraries().entrySet()) {
            try {
                System.load(e.getValue().toString());
                LOG.debug("loaded {} from {}", e.getKey().fileName(), e.getValue());
            } catch (final UnsatisfiedLinkError | SecurityException failed) {
                return report.asFailed("loading " + e.getValue() + " failed: " + failed.getMessage()
                    + ". Searched, in order: " + String.join(", ", report.searched()));
            }
        }
        SymbolLookup lookup = null;
        for (final CannLibrary library : BINDING_ORDER) {
            final Path path = report.libraries().get(library);
            if (path != null) {
                final SymbolLookup one = SymbolLookup.libraryLookup(path, Arena.global());
                lookup = lookup == null ? one : lookup.or(one);
            }
        }
        ordered = lookup;
        final CannLoadReport done = report.asLoaded();
        LOG.info("{}", done);
        return done;
    }
}
