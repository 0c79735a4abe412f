package io.comm4j.hccl;

import io.comm4j.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ACL lifecycle owner against the fake CANN (contract section 3): aclInit once, 100002 as
 * success, and finalize only what comm4j brought up.
 */
class AclRuntimeTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldUndoOnlyItsOwnSetDeviceWhenTheApplicationInitialisedAclFirst() throws IOException {
        final List<String> out = run("app-owned");
        assertThat(out).as("aclInit by the application, then comm4j sees 100002 and does not take ownership")
            .contains("APP_INIT 0", "APP_SET 0", "BROUGHT_UP false");
        assertThat(out).as("comm4j finalized nothing: the application's own calls succeed")
            .contains("APP_RESET 0", "APP_FINALIZE 0");
        // The report's device_refs=0 (assertNoLeaks) says comm4j reset the device it set itself:
        // the application's one reset matched the application's one aclrtSetDevice.
        assertNoLeaks();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldFinalizeWhatItBroughtUpOnlyWhenTheLastLeaseIsReleased() throws IOException {
        final List<String> out = run("comm4j-owned");
        assertThat(out).as("comm4j's aclInit brought ACL up").contains("BROUGHT_UP true");
        assertThat(out).as("after the first of two leases ACL is still usable").contains("STREAM_AFTER_FIRST_RELEASE ok");
        assertThat(out).as("the last lease finalized ACL: another finalize is ACL_ERROR_REPEAT_FINALIZE")
            .contains("FINALIZE_AFTER_LAST 100037");
        assertNoLeaks();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldReportABadDeviceAtAclReadyAndUndoItsOwnInit() throws IOException {
        final List<String> out = run("bad-device");
        assertThat(out).as("aclrtSetDevice(99) fails at ACL_READY with ACL_ERROR_RT_INVALID_DEVICEID")
            .contains("ENSURE ACL_READY 107001");
        assertThat(out).as("comm4j finalized the ACL it had just initialised").contains("FINALIZE_AFTER_FAILURE 100037");
        assertNoLeaks();
    }

    private List<String> run(final String scenario) {
        final ChildJvm.Result r = ChildJvm.of(AclRuntimeMain.class)
            .jvmArg("-Dcomm4j.cann.libdir=" + FakeCannGroup.nativeDir().resolve("fake-cann"))
            .env("FAKECANN_REPORT", dir.resolve("report").toString())
            .args(scenario).run(Duration.ofSeconds(50));
        assertThat(r.exitCode()).as("the scenario ran to its end\n%s", r.describe()).isZero();
        return r.stdout().lines().toList();
    }

    private void assertNoLeaks() throws IOException {
        assertThat(Files.readAllLines(dir.resolve("report")))
            .as("the fake's exit report: no device reference, stream or ACL initialisation left")
            .contains("device_refs=0", "live_streams=0", "acl_initialized=0");
    }
}
