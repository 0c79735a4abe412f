package io.comm4j.bindings.loading;

import io.comm4j.bindings.CannLibrary;
import io.comm4j.bindings.CannLoadReport;
import io.comm4j.bindings.CannSearch;
import io.comm4j.bindings.NativeLibraries;
import io.comm4j.bindings.abi.BindingClasses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static io.comm4j.bindings.loading.StubCann.COMMUNICATOR_FUNCTIONS;
import static io.comm4j.bindings.loading.StubCann.declaredIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link NativeLibraries#resolve}: finding the libraries and attributing each function to the
 * library that exports it, over directories of stub libraries. Nothing is loaded into the JVM.
 */
class NativeLibrariesResolveTest {

    @Test
    void shouldNameEveryPlaceSearchedWhenNoLibraryIsThere(@TempDir final Path empty) {
        final CannLoadReport report = NativeLibraries.resolve(
            new CannSearch(empty.toString(), "/nonexistent/ascend", "amd64", "/also/not/here", false));
        assertThat(report.isUsable()).as("usable without any library").isFalse();
        assertThat(report.failure()).as("failure message").get().asString()
            .contains("libascendcl.so not found", "libhccl.so not found")
            .contains(empty + " (-Dcomm4j.cann.libdir)", "/nonexistent/ascend/lib64 (ASCEND_HOME_PATH)",
                "/nonexistent/ascend/x86_64-linux/lib64 (ASCEND_HOME_PATH)");
        assertThat(report.searched()).as("places searched").hasSize(3);
    }

    @Test
    void shouldTakeCommunicatorFunctionsFromLibhcommOnNewerCann() {
        final Path dir = StubCann.build("split", Map.of(
            CannLibrary.ASCENDCL, declaredIn("acl.h"),
            CannLibrary.HCCL, name -> name.equals("HcclGetErrorString"),
            CannLibrary.HCOMM, name -> COMMUNICATOR_FUNCTIONS.contains(name) || declaredIn("hcomm_private.h").test(name)));
        final CannLoadReport report = NativeLibraries.resolve(CannSearch.onlyDirectory(dir));
        assertThat(report.failure()).as("failure with all three libraries").isEmpty();
        assertThat(report.libraries()).as("libraries found").containsOnlyKeys(CannLibrary.values());
        assertThat(report.exporterOf("HcclCommInitRootInfo")).as("exporter of HcclCommInitRootInfo").contains(CannLibrary.HCOMM);
        assertThat(report.exporterOf("aclrtMemcpy")).as("exporter of aclrtMemcpy").contains(CannLibrary.ASCENDCL);
        assertThat(report.exporterOf("HcclAllocComResourceByTiling")).as("exporter of the private tiling call")
            .contains(CannLibrary.HCOMM);
        assertThat(report.missingOptionalFunctions()).as("optional functions missing").isEmpty();
        assertThat(report.isLoaded()).as("resolve never loads").isFalse();
    }

    @Test
    void shouldBindAFunctionBothLibrariesExportToLibhcommAsTheDocumentedOrderSays() {
        // CANN 9: HcclBarrier in libhcomm and in libhccl (hardware-lessons section 7)
        final Path dir = StubCann.build("both", Map.of(
            CannLibrary.ASCENDCL, declaredIn("acl.h"),
            CannLibrary.HCCL, declaredIn("hccl.h"),
            CannLibrary.HCOMM, name -> !name.equals("HcclGetErrorString")
                && (COMMUNICATOR_FUNCTIONS.contains(name) || declaredIn("hcomm_private.h").test(name))));
        final CannLoadReport report = NativeLibraries.resolve(CannSearch.onlyDirectory(dir));
        assertThat(NativeLibraries.BINDING_ORDER).as("the documented order")
            .containsExactly(CannLibrary.HCOMM, CannLibrary.ASCENDCL, CannLibrary.HCCL);
        assertThat(report.exporterOf("HcclBarrier")).as("HcclBarrier, exported by both, binds to libhcomm")
            .contains(CannLibrary.HCOMM);
        assertThat(report.exporterOf("HcclGetErrorString")).as("what libhcomm lacks comes from libhccl")
            .contains(CannLibrary.HCCL);
    }

    @Test
    void shouldAcceptOlderCannWithoutLibhcommOrThePrivateSymbols() {
        final Path dir = StubCann.build("monolithic", Map.of(
            CannLibrary.ASCENDCL, declaredIn("acl.h"),
            CannLibrary.HCCL, declaredIn("hccl.h")));
        final CannLoadReport report = NativeLibraries.resolve(CannSearch.onlyDirectory(dir));
        assertThat(report.failure()).as("failure without libhcomm").isEmpty();
        assertThat(report.libraries()).as("libraries found").doesNotContainKey(CannLibrary.HCOMM);
        assertThat(report.exporterOf("HcclBarrier")).as("exporter of HcclBarrier").contains(CannLibrary.HCCL);
        assertThat(report.missingOptionalFunctions()).as("optional functions missing")
            .containsExactlyInAnyOrder("HcclAllocComResourceByTiling", "HcomGetCommHandleByGroup", "HcomGetL0TopoTypeEx");
    }

    @Test
    void shouldRefuseCannThatLacksARequiredFunction() {
        final Path dir = StubCann.build("no-barrier", Map.of(
            CannLibrary.ASCENDCL, declaredIn("acl.h"),
            CannLibrary.HCCL, name -> declaredIn("hccl.h").test(name) && !name.equals("HcclBarrier")));
        final CannLoadReport report = NativeLibraries.resolve(CannSearch.onlyDirectory(dir));
        assertThat(report.failure()).as("failure when HcclBarrier is exported by nothing").get().asString()
            .contains("required functions [HcclBarrier]").contains(dir.toString());
    }

    @Test
    void shouldFindLibrariesInTheArchLayoutUnderAscendHomePath() throws Exception {
        final Path libs = StubCann.build("arch-layout/x86_64-linux/lib64", Map.of(
            CannLibrary.ASCENDCL, declaredIn("acl.h"),
            CannLibrary.HCCL, declaredIn("hccl.h")));
        final Path home = libs.getParent().getParent();
        Files.createDirectories(home.resolve("lib64"));
        final CannLoadReport report = NativeLibraries.resolve(new CannSearch(null, home.toString(), "amd64", null, false));
        assertThat(report.failure()).as("failure with libraries under $ASCEND_HOME_PATH/x86_64-linux/lib64").isEmpty();
        assertThat(report.libraries().get(CannLibrary.ASCENDCL)).as("where libascendcl.so was found")
            .isEqualTo(libs.resolve("libascendcl.so").toAbsolutePath().normalize());
    }

    @Test
    void shouldClassifyEveryBoundFunctionAsRequiredOrOptional() {
        final Set<String> bound = new HashSet<>();
        BindingClasses.all().stream()
            .filter(b -> Set.of("acl_h", "hccl_h", "hcomm_private_h").contains(b.headerClass().getSimpleName()))
            .forEach(b -> bound.addAll(b.functions()));
        final Set<String> classified = new HashSet<>(NativeLibraries.REQUIRED_FUNCTIONS);
        classified.addAll(NativeLibraries.OPTIONAL_FUNCTIONS);
        assertThat(classified).as("REQUIRED_FUNCTIONS + OPTIONAL_FUNCTIONS vs the CANN functions bound")
            .containsExactlyInAnyOrderElementsOf(bound);
        assertThat(NativeLibraries.REQUIRED_FUNCTIONS).as("functions both required and optional")
            .doesNotContainAnyElementsOf(NativeLibraries.OPTIONAL_FUNCTIONS);
    }
}
