package io.comm4j.hccl;

import io.comm4j.CommBackend;
import io.comm4j.CommConfig;
import io.comm4j.CommException;
import io.comm4j.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** In-process checks of the HCCL backend's pieces that need no CANN. */
class HcclUnitTest {

    @TempDir
    Path dir;

    @Test
    void shouldRejectANullStreamOnTheLowLevelPathBeforeTouchingAnything() {
        final CommConfig config = CommConfig.of(0, 2, dir.resolve("rootinfo"));
        assertThatThrownBy(() -> HcclCommunicator.join(config))
            .as("the low level needs the caller's stream")
            .isInstanceOfSatisfying(CommException.class, e -> {
                assertThat(e.stage()).as("stage").isEqualTo(Stage.INIT);
                assertThat(e.getMessage()).as("message says what to do").contains("stream is NULL")
                    .contains("CommBackend.init without a stream");
            });
        assertThat(Files.exists(dir.resolve("rootinfo"))).as("no rendezvous file was written").isFalse();
    }

    @Test
    void shouldBeDiscoveredAndAnswerAvailabilityWithoutThrowing() {
        final CommBackend hccl = CommBackend.named("hccl");
        assertThat(hccl).as("ServiceLoader finds the hccl backend").isInstanceOf(HcclBackend.class);
        hccl.unavailableReason().ifPresent(reason -> assertThat(reason)
            .as("a reason, when present, says CANN is missing").startsWith("no CANN: "));
    }

    @Test
    void shouldFillTheMc2TilingAtTheContractsOffsets() {
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment t = Mc2Tiling.build(arena, "group_7");
            assertThat(t.byteSize()).as("Mc2CommConfigV2 size").isEqualTo(344);
            assertThat(t.get(ValueLayout.JAVA_INT, 0)).as("init.version").isEqualTo(100);
            assertThat(t.get(ValueLayout.JAVA_INT, 4)).as("init.mc2HcommCnt").isEqualTo(1);
            assertThat(t.get(ValueLayout.JAVA_INT, 8)).as("init.offset[0] = offset of inner").isEqualTo(64);
            assertThat(t.get(ValueLayout.JAVA_SHORT, 44)).as("init.commBlockNum").isEqualTo((short) 48);
            assertThat(t.get(ValueLayout.JAVA_BYTE, 46)).as("init.devType").isEqualTo((byte) 4);
            assertThat(t.get(ValueLayout.JAVA_BYTE, 64 + 3)).as("inner.version").isEqualTo((byte) 1);
            assertThat(t.get(ValueLayout.JAVA_BYTE, 64 + 13)).as("inner.commEngine (SDMA)").isEqualTo((byte) 3);
            assertThat(t.getString(64 + 16)).as("inner.groupName").isEqualTo("group_7");
            assertThat(t.getString(64 + 144)).as("inner.algConfig").isEqualTo("BatchWrite=level0:fullmesh");
            assertThat(t.get(ValueLayout.JAVA_INT, 64 + 272)).as("inner.opType (BatchWrite)").isEqualTo(18);
            assertThat(t.get(ValueLayout.JAVA_INT, 64 + 276)).as("inner.reduceType").isZero();
        }
    }

    @Test
    void shouldRefuseAGroupNameThatDoesNotFitItsField() {
        try (Arena arena = Arena.ofConfined()) {
            assertThatThrownBy(() -> Mc2Tiling.build(arena, "g".repeat(128)))
                .as("128 characters leave no room for the NUL").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("groupName");
        }
    }

    @Test
    void shouldLockThePrivateLayoutPathToWhatWasMeasured() {
        assertThat(CannVersion.parse("8.5.0").verifiedForPrivateLayouts()).as("8.5.0 was measured good").isTrue();
        assertThat(CannVersion.parse("8.5.RC1").verifiedForPrivateLayouts()).as("the 8.5 line was measured good").isTrue();
        assertThat(CannVersion.parse("9.0.0").verifiedForPrivateLayouts()).as("9.0.0 was measured bad").isFalse();
        assertThat(CannVersion.parse("9.0.1").knownBadForPrivateLayouts()).as("the 9.0 line is known bad").isTrue();
        assertThat(CannVersion.parse("8.51.0").verifiedForPrivateLayouts()).as("8.51 is not 8.5").isFalse();
        assertThat(CannVersion.parse("8.1.RC1").verifiedForPrivateLayouts()).as("8.1.RC1 is not measured").isFalse();
        assertThat(CannVersion.parse("").major()).as("an empty version is unknown").isEqualTo(-1);
        assertThatThrownBy(() -> CannVersion.parse("9.0.0").requireVerified(false))
            .as("a known-bad version is refused at ALLOC naming the evidence and the override")
            .isInstanceOfSatisfying(CommException.class, e -> assertThat(e.stage()).isEqualTo(Stage.ALLOC))
            .hasMessageContaining("CANN 9.0.0").hasMessageContaining("95f8fb8a2")
            .hasMessageContaining(CannVersion.ALLOW_PROPERTY);
        CannVersion.parse("9.0.0").requireVerified(true);
    }

    @Test
    void shouldNameNativeCodesAndNeverGuessUnknownOnes() {
        assertThat(HcclResult.of(9).symbol()).as("9").isEqualTo("HCCL_E_TIMEOUT");
        assertThat(HcclResult.of(23).symbol()).as("23 (moved HCCL_E_RESERVED in some releases)").isEqualTo("HCCL_E_OPRETRY_FAIL");
        assertThat(HcclResult.of(4242).symbol()).as("an unknown code").isEqualTo("HCCL_UNKNOWN");
        assertThat(AclError.of(507018).symbol()).as("507018").isEqualTo("ACL_ERROR_RT_AICPU_EXCEPTION");
        assertThat(AclError.of(100002).symbol()).as("100002").isEqualTo("ACL_ERROR_REPEAT_INITIALIZE");
        assertThat(AclError.of(1).symbol()).as("an unknown code").isEqualTo("ACL_ERROR_UNKNOWN");
        assertThat(AclError.of(507901).symbol()).as("507901").isEqualTo("ACL_ERROR_RT_SOCKET_CLOSE");
        assertThat(HcclResult.of(9).advice()).as("timeout advice").contains("HCCL_CONNECT_TIMEOUT");
    }
}
