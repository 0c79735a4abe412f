package io.comm4j.bindings.abi;

import io.comm4j.bindings.comm.CommContext;
import io.comm4j.bindings.hcomm.HcclOpResParam;
import io.comm4j.bindings.hcomm.HcclRankRelationResV2;
import io.comm4j.bindings.hcomm.LocalResInfoV2;
import io.comm4j.bindings.hcomm.Mc2CommConfigV2;
import io.comm4j.bindings.hcomm.RemoteResPtr;
import org.junit.jupiter.api.Test;

import java.lang.foreign.GroupLayout;
import java.util.Map;
import java.util.Objects;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The numbers the contract locks (sections 2 and 4), asserted on both sides: the Java layout and
 * gcc's layout of headers/. If gcc disagrees, the header is wrong; never change these numbers.
 */
class LockedAbiNumbersTest {

    @Test
    void shouldLockCommContextAt1056BytesWithItsContractOffsets() {
        assertLocked("CommContext", CommContext.layout(), 1056, Map.of("workSpace", 0L, "workSpaceSize", 8L,
            "rankId", 16L, "rankNum", 20L, "winSize", 24L, "windowsIn", 32L, "windowsOut", 544L));
    }

    @Test
    void shouldLockHcclRankRelationResV2At64BytesWithWindowsInAt8() {
        assertLocked("HcclRankRelationResV2", HcclRankRelationResV2.layout(), 64,
            Map.of("windowsIn", 8L, "windowsOut", 16L));
    }

    @Test
    void shouldLockLocalResInfoV2At2472Bytes() {
        assertLocked("LocalResInfoV2", LocalResInfoV2.layout(), 2472, Map.of());
    }

    @Test
    void shouldLockHcclOpResParamAt3000BytesWithItsHeadAndRemoteResOffsets() {
        assertLocked("HcclOpResParam", HcclOpResParam.layout(), 3000, Map.of("workspace", 0L, "localUsrRankId", 16L,
            "rankSize", 20L, "winSize", 24L, "localWindowsIn", 32L, "localWindowsOut", 40L,
            "localWindowsExp", 184L, "remoteRes", 2984L));
        assertThat(RemoteResPtr.sizeof()).as("sizeof(RemoteResPtr), the stride of remoteRes[]").isEqualTo(16);
        assertThat(RemoteResPtr.nextDevicePtr$offset()).as("offsetof(RemoteResPtr, nextDevicePtr)").isEqualTo(8);
    }

    @Test
    void shouldPlaceTheMc2CommTilingAt64BytesIntoA344ByteConfig() {
        assertLocked("Mc2CommConfigV2", Mc2CommConfigV2.layout(), 344, Map.of("init", 0L, "inner", 64L));
    }

    private static void assertLocked(final String struct, final GroupLayout java, final long size,
                                     final Map<String, Long> offsets) {
        final AbiFacts.StructFact gcc = HeaderAbi.all().stream()
            .map(abi -> abi.facts().structs().get(struct)).filter(Objects::nonNull).findFirst()
            .orElseThrow(() -> new AssertionError("no header in headers/ defines " + struct));
        assertThat(gcc.size()).as("sizeof(%s) by gcc (the contract locks it; fix the header, not the number)", struct)
            .isEqualTo(size);
        assertThat(java.byteSize()).as("%s.layout().byteSize()", struct).isEqualTo(size);
        offsets.forEach((field, offset) -> {
            assertThat(gcc.fields().get(field).offset()).as("offsetof(%s, %s) by gcc", struct, field).isEqualTo(offset);
            assertThat(java.byteOffset(groupElement(field))).as("Java offset of %s.%s", struct, field).isEqualTo(offset);
        });
    }
}
