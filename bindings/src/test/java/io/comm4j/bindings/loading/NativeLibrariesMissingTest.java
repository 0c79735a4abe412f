package io.comm4j.bindings.loading;

import io.comm4j.bindings.CannLoadException;
import io.comm4j.bindings.CannLoadReport;
import io.comm4j.bindings.NativeLibraries;
import io.comm4j.bindings.acl.acl_h;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link NativeLibraries#loadCann()} where there is no CANN: a report, never an exception, and a
 * clear {@link CannLoadException} from {@code requireCann()}. Its own JVM (surefire reuseForks=false).
 */
class NativeLibrariesMissingTest {
    private static Path empty;

    @BeforeAll
    static void pointTheSearchAtAnEmptyDirectory() throws Exception {
        empty = Files.createTempDirectory("comm4j-no-cann");
        System.setProperty(NativeLibraries.LIBDIR_PROPERTY, empty.toString());
    }

    @Test
    void shouldReportInsteadOfThrowing() {
        final CannLoadReport report = NativeLibraries.loadCann();
        assertThat(report.isLoaded()).as("loaded with no CANN on this machine").isFalse();
        assertThat(report.failure()).as("failure").get().asString()
            .contains("libascendcl.so not found").contains(empty + " (-Dcomm4j.cann.libdir)").contains("system loader");
    }

    @Test
    void shouldThrowCannLoadExceptionFromRequireCann() {
        assertThatThrownBy(NativeLibraries::requireCann).as("requireCann() with no CANN")
            .isInstanceOf(CannLoadException.class).hasMessageContaining("libascendcl.so not found")
            .hasMessageContaining(empty.toString());
    }

    @Test
    void shouldStillInitialiseHeaderClassesAndReportNoSymbols() {
        assertThat(acl_h.ACL_ERROR_REPEAT_INITIALIZE()).as("a constant read without CANN").isEqualTo(100002);
        assertThat(NativeLibraries.isAvailable("aclInit")).as("isAvailable(aclInit) without CANN").isFalse();
    }
}
