package io.comm4j.bindings.abi;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.PaddingLayout;
import java.lang.foreign.SequenceLayout;
import java.lang.foreign.UnionLayout;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;

/**
 * Compares Java layouts and function descriptors with what gcc says about the C declarations, and
 * lists every difference as a sentence naming the struct/function, the member/parameter, the C
 * type and both numbers. An empty list means the binding agrees with the header.
 */
public final class AbiComparator {
    private AbiComparator() {
    }

    /**
     * Differences between a Java struct layout (and its {@code $offset()} accessors) and gcc's view.
     *
     * @param c            gcc's facts for the struct
     * @param java         the binding's {@code layout()}
     * @param offsetGetter the binding's {@code <field>$offset()} for a member name, or null when it has none
     */
    public static List<String> compareStruct(final AbiFacts.StructFact c, final GroupLayout java,
                                             final java.util.function.Function<String, LongSupplier> offsetGetter) {
        final List<String> problems = new ArrayList<>();
        final String s = c.name();
        if (java.byteSize() != c.size()) {
            problems.add(s + ": sizeof is " + c.size() + " in C, Java layout has " + java.byteSize());
        }
        if (java.byteAlignment() != c.align()) {
            problems.add(s + ": alignment is " + c.align() + " in C, Java layout has " + java.byteAlignment());
        }
        final List<String> javaNames = java.memberLayouts().stream()
            .filter(m -> !(m instanceof PaddingLayout)).map(m -> m.name().orElse("<unnamed>")).toList();
        final List<String> cNames = List.copyOf(c.fields().keySet());
        if (!javaNames.equals(cNames)) {
            problems.add(s + ": members are " + cNames + " in C, Java layout has " + javaNames);
        }
        for (final AbiFacts.FieldFact f : c.fields().values()) {
            final MemoryLayout member;
            final long offset;
            try {
                member = java.select(groupElement(f.name()));
                offset = java.byteOffset(groupElement(f.name()));
            } catch (final IllegalArgumentException missing) {
                continue; // reported by the member-name comparison
            }
            final String where = s + "." + f.name();
            if (offset != f.offset()) {
                problems.add(where + ": offsetof is " + f.offset() + " in C, Java layout has " + offset);
            }
            if (member.byteSize() != f.size()) {
                problems.add(where + ": sizeof is " + f.size() + " in C, Java layout has " + member.byteSize());
            }
            final LongSupplier accessor = offsetGetter == null ? null : offsetGetter.apply(f.name());
            if (accessor != null && accessor.getAsLong() != f.offset()) {
                problems.add(where + ": offsetof is " + f.offset() + " in C, " + f.name() + "$offset() returns "
                    + accessor.getAsLong());
            }
            MemoryLayout element = member;
            final List<Long> javaDims = new ArrayList<>();
            while (element instanceof SequenceLayout seq) {
                javaDims.add(seq.elementCount());
                element = seq.elementLayout();
            }
            if (!javaDims.equals(f.dimensions())) {
                problems.add(where + ": array dimensions are " + f.dimensions() + " in C, Java layout has " + javaDims);
            }
            final String kind = kindMismatch(f.element(), element);
            if (kind != null) {
                problems.add(where + ": " + kind);
            }
        }
        return problems;
    }

    /**
     * Differences between a binding's {@link FunctionDescriptor} and the C prototype.
     *
     * @param c     the prototype from gcc's aux-info
     * @param types gcc's size/kind of each type spelling the prototype uses
     * @param java  the binding's {@code <name>$descriptor()}
     */
    public static List<String> compareFunction(final CPrototype c, final Map<String, AbiFacts.TypeFact> types,
                                               final FunctionDescriptor java) {
        final List<String> problems = new ArrayList<>();
        final String f = c.name();
        if (c.variadic()) {
            problems.add(f + ": C prototype " + c + " is variadic or unprototyped; jextract binds it as an invoker"
                + " class, not a plain descriptor (declare it with (void) or fixed parameters)");
        }
        if (c.returnType().equals("void")) {
            java.returnLayout().ifPresent(r -> problems.add(f + ": returns void in C, descriptor returns " + r));
        } else if (java.returnLayout().isEmpty()) {
            problems.add(f + ": returns " + c.returnType() + " in C, descriptor returns void");
        } else {
            final String kind = kindMismatch(types.get(c.returnType()), java.returnLayout().get());
            if (kind != null) {
                problems.add(f + " return value: " + kind);
            }
        }
        if (java.argumentLayouts().size() != c.parameters().size()) {
            problems.add(f + ": " + c.parameters().size() + " parameters in C " + c + ", descriptor has "
                + java.argumentLayouts().size());
            return problems;
        }
        for (int i = 0; i < c.parameters().size(); i++) {
            final String kind = kindMismatch(types.get(c.parameters().get(i)), java.argumentLayouts().get(i));
            if (kind != null) {
                problems.add(f + " parameter " + (i + 1) + ": " + kind);
            }
        }
        return problems;
    }

    /**
     * Differences between a constant getter of a header class and gcc's value: the carrier must be
     * {@code long} exactly when the C expression is 8 bytes wide (jextract's rule), and the value must
     * be the C value (wrapped to 32 bits for an {@code int} carrier, as jextract does for unsigned).
     */
    public static List<String> compareConstant(final AbiFacts.ConstFact c, final Class<?> carrier, final Number java) {
        final List<String> problems = new ArrayList<>();
        final Class<?> expectedCarrier = c.size() == 8 ? long.class : int.class;
        if (carrier != expectedCarrier) {
            problems.add(c.name() + ": the C constant is " + c.size() + " bytes wide, so jextract's getter returns "
                + expectedCarrier + ", this one returns " + carrier);
        }
        final long expected = carrier == int.class ? (int) c.value() : c.value();
        if (java.longValue() != expected) {
            problems.add(c.name() + ": is " + c.value() + " in C, the Java getter returns " + java);
        }
        return problems;
    }

    /** Why {@code java} cannot carry C type {@code c}, or null when it can. */
    static String kindMismatch(final AbiFacts.TypeFact c, final MemoryLayout java) {
        if (c == null) {
            return "gcc reported no size for this C type";
        }
        final String got = "C has " + c.describe() + ", Java has " + java;
        final boolean ok = switch (c.typeClass()) {
            case AbiFacts.POINTER_CLASS -> java instanceof AddressLayout && java.byteSize() == c.size();
            case AbiFacts.REAL_CLASS -> (java instanceof ValueLayout.OfFloat || java instanceof ValueLayout.OfDouble)
                && java.byteSize() == c.size();
            case AbiFacts.INTEGER_CLASS -> c.bool()
                ? java instanceof ValueLayout.OfBoolean
                : java instanceof ValueLayout v && !(v instanceof AddressLayout) && !(v instanceof ValueLayout.OfFloat)
                    && !(v instanceof ValueLayout.OfDouble) && !(v instanceof ValueLayout.OfBoolean)
                    && !(v instanceof ValueLayout.OfChar) && v.byteSize() == c.size();
            case AbiFacts.RECORD_CLASS -> java instanceof GroupLayout g && !(g instanceof UnionLayout)
                && java.byteSize() == c.size();
            case AbiFacts.UNION_CLASS -> java instanceof UnionLayout && java.byteSize() == c.size();
            default -> false;
        };
        return ok ? null : got;
    }
}
