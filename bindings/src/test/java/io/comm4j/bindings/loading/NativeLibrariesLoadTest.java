package io.comm4j.bindings.loading;

import io.comm4j.bindings.CannLibrary;
import io.comm4j.bindings.CannLoadReport;
import io.comm4j.bindings.CannSearch;
import io.comm4j.bindings.NativeLibraries;
import io.comm4j.bindings.acl.acl_h;
import io.comm4j.bindings.hccl.hccl_h;
import io.comm4j.bindings.hcomm.hcomm_private_h;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.Map;

import static io.comm4j.bindings.loading.StubCann.COMMUNICATOR_FUNCTIONS;
import static io.comm4j.bindings.loading.StubCann.declaredIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link NativeLibraries#loadCann()} with {@code -Dcomm4j.cann.libdir} pointing at stub libraries of
 * the newer layout (communicator functions in libhcomm) without the private symbols: the bindings
 * then call into the stubs. Its own JVM (surefire reuseForks=false): loading is once per process.
 */
class NativeLibrariesLoadTest {
    private static Path dir;

    @BeforeAll
    static void pointTheSearchAtStubs() {
        dir = StubCann.build("load", Map.of(
            CannLibrary.ASCENDCL, declaredIn("acl.h"),
            CannLibrary.HCCL, name -> false,
            CannLibrary.HCOMM, COMMUNICATOR_FUNCTIONS::contains));
        System.setProperty(NativeLibraries.LIBDIR_PROPERTY, dir.toString());
    }

    @Test
    void shouldLoadOnceAndReportWhereEachLibraryCameFrom() {
        final CannLoadReport report = NativeLibraries.loadCann();
        assertThat(report.isLoaded()).as("loaded from %s: %s", dir, report).isTrue();
        assertThat(report.libraries().get(CannLibrary.HCOMM)).as("libhcomm.so's path")
            .isEqualTo(dir.resolve("libhcomm.so").toAbsolutePath().normalize());
        assertThat(NativeLibraries.loadCann()).as("second loadCann()").isSameAs(report);
        assertThat(NativeLibraries.requireCann()).as("requireCann() once loaded").isSameAs(report);
    }

    @Test
    void shouldFindLibrariesThroughTheSystemLoaderAndReadTheirPathsBack() {
        NativeLibraries.requireCann();
        // Loaded libraries answer dlopen by soname, like a CANN found through LD_LIBRARY_PATH would.
        final CannLoadReport viaSystemLoader = NativeLibraries.resolve(
            new CannSearch(null, null, System.getProperty("os.arch"), null, true));
        assertThat(viaSystemLoader.failure()).as("failure when only the system loader step runs").isEmpty();
        assertThat(viaSystemLoader.libraries().get(CannLibrary.ASCENDCL)).as("path of libascendcl.so read back")
            .isEqualTo(dir.resolve("libascendcl.so").toAbsolutePath().normalize());
        assertThat(viaSystemLoader.searched()).as("places searched").singleElement().asString().startsWith("system loader");
    }

    @Test
    void shouldCallIntoTheLoadedLibrariesThroughTheHeaderClasses() {
        NativeLibraries.requireCann();
        try (Arena arena = Arena.ofConfined()) {
            assertThat(acl_h.aclInit(MemorySegment.NULL)).as("aclInit(NULL) on the stub").isEqualTo(acl_h.ACL_SUCCESS());
            final MemorySegment size = arena.allocate(hccl_h.C_INT);
            assertThat(hccl_h.HcclGetRankSize(MemorySegment.NULL, size))
                .as("HcclGetRankSize resolved from libhcomm.so").isEqualTo(hccl_h.HCCL_SUCCESS());
        }
    }

    @Test
    void shouldLoadWithoutThePrivateSymbolsAndSayTheyAreUnavailable() {
        final CannLoadReport report = NativeLibraries.requireCann();
        assertThat(NativeLibraries.isAvailable("aclrtMemcpy")).as("isAvailable(aclrtMemcpy)").isTrue();
        assertThat(NativeLibraries.isAvailable("HcclAllocComResourceByTiling"))
            .as("isAvailable(HcclAllocComResourceByTiling) on a CANN without it").isFalse();
        assertThat(report.missingOptionalFunctions()).as("missing optional functions")
            .contains("HcclAllocComResourceByTiling", "HcomGetCommHandleByGroup", "HcomGetL0TopoTypeEx");
        assertThat(hcomm_private_h.COMM_TOPO_1DMESH()).as("a constant of the private header class").isEqualTo(1);
        assertThatThrownBy(() -> hcomm_private_h.HcomGetL0TopoTypeEx(MemorySegment.NULL, MemorySegment.NULL, 0))
            .as("calling a missing private function fails that call only")
            .isInstanceOf(ExceptionInInitializerError.class)
            .hasRootCauseMessage("Symbol not found: HcomGetL0TopoTypeEx");
    }
}
