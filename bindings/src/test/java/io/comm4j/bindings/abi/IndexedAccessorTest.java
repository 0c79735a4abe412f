package io.comm4j.bindings.abi;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.lang.foreign.Arena;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SequenceLayout;
import java.lang.foreign.ValueLayout;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every indexed accessor of every array member ({@code f(struct, index)}) must address element
 * {@code index} of that member, i.e. byte {@code f$offset() + index * elementSize} of the struct.
 * jextract before openjdk/jextract 91fc954 (2025-11-12) passed 0 as the base offset to a handle built
 * from the member's own sequence layout, which addresses the struct's first bytes instead; the
 * jextract that generates our bindings passes {@code f$OFFSET}. This test keeps an older or a
 * regressed jextract from slipping that bug back in. An index past the end is an {@link
 * IndexOutOfBoundsException}, thrown as it is (the accessors wrap nothing).
 */
class IndexedAccessorTest {

    @TestFactory
    Stream<DynamicTest> shouldAddressTheIndexedElementOfEveryArrayMember() {
        final List<DynamicTest> tests = new ArrayList<>();
        for (final BindingClasses b : BindingClasses.all()) {
            b.structs().forEach((name, struct) -> {
                final GroupLayout layout = BindingClasses.layout(struct);
                for (final MemoryLayout member : layout.memberLayouts()) {
                    if (member instanceof SequenceLayout seq && seq.elementCount() > 1 && member.name().isPresent()) {
                        final String field = member.name().get();
                        tests.add(DynamicTest.dynamicTest(name + "." + field, () -> check(struct, layout, field, seq)));
                    }
                }
            });
        }
        return tests.stream();
    }

    private static void check(final Class<?> struct, final GroupLayout layout, final String field,
                              final SequenceLayout seq) throws ReflectiveOperationException {
        final long offset = layout.byteOffset(groupElement(field));
        final long elementSize = seq.elementLayout().byteSize();
        final long index = seq.elementCount() - 1;
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment s = arena.allocate(layout);
            final MemorySegment expectedElement = s.asSlice(offset + index * elementSize, elementSize);
            final Method getter = indexedGetter(struct, field);
            if (seq.elementLayout() instanceof ValueLayout value) {
                final Method setter = struct.getMethod(field, MemorySegment.class, long.class, value.carrier());
                setter.invoke(null, s, index, one(value.carrier()));
                assertThat(expectedElement.toArray(ValueLayout.JAVA_BYTE)).as(
                    "bytes of %s[%d] (struct offset %d) after %s.%s(struct, %d, 1)", field, index,
                    offset + index * elementSize, struct.getSimpleName(), field, index).contains((byte) 1);
                assertThat(s.asSlice(0, offset).toArray(ValueLayout.JAVA_BYTE)).as(
                    "bytes before %s after writing its last element", field).doesNotContain((byte) 1);
                assertThat(getter.invoke(null, s, index)).as("%s.%s(struct, %d) read back", struct.getSimpleName(), field, index)
                    .isEqualTo(one(value.carrier()));
            } else {
                final MemorySegment slice = (MemorySegment) getter.invoke(null, s, index);
                assertThat(slice.address()).as("address of %s.%s(struct, %d)", struct.getSimpleName(), field, index)
                    .isEqualTo(expectedElement.address());
                assertThat(slice.byteSize()).as("size of element slice").isEqualTo(elementSize);
            }
            assertThatThrownBy(() -> invokeUnwrapped(getter, s, seq.elementCount()))
                .as("%s.%s(struct, %d): one past the last element", struct.getSimpleName(), field, seq.elementCount())
                .isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    /** Invokes a static accessor, rethrowing what it threw rather than the reflective wrapper. */
    private static Object invokeUnwrapped(final Method accessor, final Object... args) throws Throwable {
        try {
            return accessor.invoke(null, args);
        } catch (final InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The indexed getter; a struct class without one (not jextract's shape) is skipped, not failed. */
    private static Method indexedGetter(final Class<?> struct, final String field) {
        try {
            return struct.getMethod(field, MemorySegment.class, long.class);
        } catch (final NoSuchMethodException e) {
            Assumptions.abort(struct.getName() + " has no indexed accessor " + field
                + "(MemorySegment, long) (jextract emits one for every array member); nothing to check");
            throw new AssertionError(e);
        }
    }

    private static Object one(final Class<?> carrier) {
        if (carrier == byte.class) {
            return (byte) 1;
        } else if (carrier == short.class) {
            return (short) 1;
        } else if (carrier == int.class) {
            return 1;
        } else if (carrier == long.class) {
            return 1L;
        } else if (carrier == boolean.class) {
            return true;
        }
        throw new IllegalArgumentException("no test value for " + carrier);
    }
}
