package io.comm4j.hccl;

import io.comm4j.CommBackend;
import io.comm4j.CommConfig;
import io.comm4j.Communicator;
import io.comm4j.testing.CommunicatorContractTest;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The shared communicator contract for the HCCL backend on the fake CANN. The fake must be this
 * JVM's CANN, which the build's own test JVM never loads (other tests prove the "no CANN" case
 * there), so this class runs only inside the JVM that {@link HcclContractOnFakeCannTest} starts.
 */
@EnabledIfSystemProperty(named = "comm4j.test.fakeCann", matches = "true",
    disabledReason = "runs in the JVM HcclContractOnFakeCannTest starts with the fake CANN")
class HcclCommunicatorContractTest extends CommunicatorContractTest {

    @Override
    protected Communicator single(final Path dir) {
        return CommBackend.named(HcclBackend.NAME).init(CommConfig.of(0, 1, dir.resolve("rootinfo")).withDevice(0)
            .withTimeout(Duration.ofSeconds(10)));
    }

    @Override
    protected String backendName() {
        return HcclBackend.NAME;
    }
}
