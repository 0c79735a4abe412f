package io.comm4j.hccl;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The two device-id spaces of hardware-lessons section 5: {@code ASCEND_RT_VISIBLE_DEVICES}
 * renumbers the cards a process sees to logical 0..N-1 (logical i is the i-th entry of the list),
 * while the driver keeps its own numbering. ACL takes logical ids everywhere except
 * {@code aclrtMemAccessDesc.location.id}, which must be the driver-visible id (measured on CANN 9.0,
 * a2a3); this class exists for that one field and is used nowhere else.
 *
 * <p>The list is validated whole: comma- or space-separated non-negative integers. Unset or blank
 * means no remapping; a malformed list, or a logical id outside it, means "use the logical id
 * unchanged", and says so in the log (once per call, at warn level).
 *
 * @param list the variable's value, or empty when unset
 */
record VisibleDevices(Optional<String> list) {
    private static final Logger LOG = LogManager.getLogger(VisibleDevices.class);
    /** The variable CANN reads. */
    static final String VARIABLE = "ASCEND_RT_VISIBLE_DEVICES";

    /** This process's environment. */
    static VisibleDevices fromEnvironment() {
        return of(System.getenv());
    }

    /** From {@code env} (tests pass their own). */
    static VisibleDevices of(final Map<String, String> env) {
        return new VisibleDevices(Optional.ofNullable(env.get(VARIABLE)));
    }

    /** The parsed list, or empty when the variable is unset, blank or malformed. */
    Optional<List<Integer>> entries() {
        if (list.isEmpty() || list.get().isBlank()) {
            return Optional.empty();
        }
        final List<Integer> ids = new ArrayList<>();
        for (final String part : list.get().trim().split("[,\\s]+", -1)) {
            if (!part.matches("[0-9]{1,9}")) {
                return Optional.empty();
            }
            ids.add(Integer.parseInt(part));
        }
        return Optional.of(List.copyOf(ids));
    }

    /**
     * The driver-visible id of logical device {@code logical}, for {@code aclrtMemAccessDesc.location.id}.
     */
    int driverVisibleId(final int logical) {
        if (list.isEmpty() || list.get().isBlank()) {
            return logical;
        }
        final Optional<List<Integer>> ids = entries();
        if (ids.isEmpty()) {
            LOG.warn("{}='{}' is not a list of non-negative integers: using logical device id {} unchanged",
                VARIABLE, list.get(), logical);
            return logical;
        }
        if (logical < 0 || logical >= ids.get().size()) {
            LOG.warn("logical device id {} is outside {}='{}' ({} entries): using it unchanged", logical, VARIABLE,
                list.get(), ids.get().size());
            return logical;
        }
        return ids.get().get(logical);
    }
}
