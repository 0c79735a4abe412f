package io.comm4j.bindings.loading;

import io.comm4j.bindings.CannLibrary;
import io.comm4j.bindings.abi.BuildPaths;
import io.comm4j.bindings.abi.CPrototype;
import io.comm4j.bindings.abi.StubLibrary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Builds directories of stub CANN libraries (functions that return zero, compiled from headers/) to
 * test library search, symbol attribution and loading. Which library exports which function is
 * chosen per scenario, so both CANN layouts (communicator functions in libhccl, or in libhcomm) and
 * broken installs can be built.
 */
final class StubCann {
    /** Functions declared in hccl.h that newer CANN exports from libhcomm. */
    static final Set<String> COMMUNICATOR_FUNCTIONS = Set.of("HcclGetRootInfo", "HcclCommInitRootInfo",
        "HcclGetCommName", "HcclGetRankSize", "HcclGetRankId", "HcclBarrier", "HcclCommDestroy",
        "HcclGetCommAsyncError", "HcclGetErrorString");

    private StubCann() {
    }

    /** A directory {@code target/native/stub-cann/<scenario>} with one stub library per entry. */
    static Path build(final String scenario, final Map<CannLibrary, Predicate<String>> exports) {
        final Path dir = BuildPaths.nativeDir().resolve("stub-cann").resolve(scenario);
        final Path headers = BuildPaths.headersDir();
        // hcomm_private.h includes hccl.h and acl.h, so its aux-info lists every function we declare.
        final Path header = headers.resolve("hcomm_private.h");
        final List<CPrototype> all = CPrototype.of(header, dir).stream()
            .filter(p -> p.file().getParent() != null && realPath(p.file().getParent()).equals(realPath(headers)))
            .toList();
        exports.forEach((library, exported) -> {
            final List<CPrototype> chosen = new ArrayList<>();
            all.stream().filter(p -> exported.test(p.name())).forEach(chosen::add);
            StubLibrary.build(dir, library.fileName(), header, chosen);
        });
        return dir;
    }

    /** Predicate for the functions declared in {@code headers/<file>}. */
    static Predicate<String> declaredIn(final String file) {
        final Path header = BuildPaths.headersDir().resolve(file);
        final Set<String> names = Set.copyOf(CPrototype.of(header, BuildPaths.nativeDir().resolve("stub-cann")).stream()
            .filter(p -> realPath(p.file()).equals(realPath(header))).map(CPrototype::name).toList());
        return names::contains;
    }

    private static Path realPath(final Path p) {
        try {
            return p.toRealPath();
        } catch (final java.io.IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
