package io.comm4j.hccl;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VisibleDevicesTest {
    private static VisibleDevices with(final String value) {
        return VisibleDevices.of(Map.of(VisibleDevices.VARIABLE, value));
    }

    @Test
    void unsetVariableLeavesTheLogicalIdUnchanged() {
        assertThat(VisibleDevices.of(Map.of()).driverVisibleId(3))
            .as("without ASCEND_RT_VISIBLE_DEVICES logical and driver-visible ids are one space").isEqualTo(3);
    }

    @Test
    void blankVariableLeavesTheLogicalIdUnchanged() {
        assertThat(with("  ").driverVisibleId(1)).as("a blank list remaps nothing").isEqualTo(1);
    }

    @Test
    void remappedListGivesTheEntryAtTheLogicalIndex() {
        final VisibleDevices devices = with("2,3");
        assertThat(devices.driverVisibleId(0)).as("logical 0 under 2,3 is driver-visible 2 (lessons 5)").isEqualTo(2);
        assertThat(devices.driverVisibleId(1)).as("logical 1 under 2,3 is driver-visible 3").isEqualTo(3);
    }

    @Test
    void spacesAndCommasBothSeparate() {
        assertThat(with(" 5 , 7 6").driverVisibleId(2)).as("comma/space separated list, third entry").isEqualTo(6);
    }

    @Test
    void malformedListLeavesTheLogicalIdUnchanged() {
        assertThat(with("2,x").driverVisibleId(1)).as("a malformed list is ignored whole").isEqualTo(1);
        assertThat(with("2,-3").driverVisibleId(1)).as("a negative entry makes the list malformed").isEqualTo(1);
        assertThat(with("2,,").entries()).as("the list is validated whole").isEmpty();
    }

    @Test
    void logicalIdOutsideTheListIsUsedUnchanged() {
        assertThat(with("2,3").driverVisibleId(2)).as("logical 2 is outside a two-entry list").isEqualTo(2);
        assertThat(with("2,3").driverVisibleId(-1)).as("a negative logical id is outside the list").isEqualTo(-1);
    }
}
