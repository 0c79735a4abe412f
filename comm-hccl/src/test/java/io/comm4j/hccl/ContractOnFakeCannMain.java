package io.comm4j.hccl;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.io.PrintWriter;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/**
 * Runs {@link HcclCommunicatorContractTest} in this JVM (started with the fake CANN by
 * {@link HcclContractOnFakeCannTest}) and prints {@code FOUND n}, {@code SUCCEEDED n},
 * {@code FAILED n} and each failure; exits 0 only when tests were found and every one passed.
 */
public final class ContractOnFakeCannMain {
    private ContractOnFakeCannMain() {
    }

    public static void main(final String[] args) {
        final Launcher launcher = LauncherFactory.create();
        final SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request().selectors(selectClass(HcclCommunicatorContractTest.class)).build(), listener);
        final TestExecutionSummary summary = listener.getSummary();
        System.out.println("FOUND " + summary.getTestsFoundCount());
        System.out.println("SUCCEEDED " + summary.getTestsSucceededCount());
        System.out.println("FAILED " + (summary.getTestsFailedCount() + summary.getTestsAbortedCount()
            + summary.getTestsSkippedCount()));
        summary.printFailuresTo(new PrintWriter(System.out, true), 20);
        System.out.flush();
        final boolean passed = summary.getTestsFoundCount() > 0
            && summary.getTestsSucceededCount() == summary.getTestsFoundCount();
        System.exit(passed ? 0 : 1);
    }
}
