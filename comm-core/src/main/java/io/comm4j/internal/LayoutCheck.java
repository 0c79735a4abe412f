package io.comm4j.internal;

import java.lang.foreign.MemoryLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;

/**
 * Holds a struct layout to numbers that are locked by an ABI: its size and the byte offset of named
 * fields. Used from class initialisers, so a layout that drifts makes its class refuse to load.
 */
public final class LayoutCheck {
    private final String name;
    private final MemoryLayout layout;
    private final long expectedSize;
    private final Map<String, Long> expectedOffsets = new LinkedHashMap<>();

    private LayoutCheck(final String name, final MemoryLayout layout, final long expectedSize) {
        this.name = name;
        this.layout = layout;
        this.expectedSize = expectedSize;
    }

    /** Starts a check of {@code layout}, which must be {@code expectedSize} bytes. */
    public static LayoutCheck of(final String name, final MemoryLayout layout, final long expectedSize) {
        return new LayoutCheck(name, layout, expectedSize);
    }

    /** Requires field {@code field} (a top-level member) at byte {@code offset}. */
    public LayoutCheck field(final String field, final long offset) {
        expectedOffsets.put(field, offset);
        return this;
    }

    /**
     * Checks everything at once and reports every difference, not just the first.
     *
     * @return the layout, for use in a static initialiser
     * @throws IllegalStateException listing each mismatch as "field: expected X, layout has Y"
     */
    public MemoryLayout verify() {
        final List<String> problems = new ArrayList<>();
        if (layout.byteSize() != expectedSize) {
            problems.add("size: expected " + expectedSize + ", layout has " + layout.byteSize());
        }
        for (final Map.Entry<String, Long> e : expectedOffsets.entrySet()) {
            long actual;
            try {
                actual = layout.byteOffset(groupElement(e.getKey()));
            } catch (final IllegalArgumentException missing) {
                problems.add(e.getKey() + ": expected at " + e.getValue() + ", layout has no such field");
                continue;
            }
            if (actual != e.getValue()) {
                problems.add(e.getKey() + ": expected at " + e.getValue() + ", layout has it at " + actual);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(name + " layout does not match its locked ABI: "
                + String.join("; ", problems));
        }
        return layout;
    }
}
