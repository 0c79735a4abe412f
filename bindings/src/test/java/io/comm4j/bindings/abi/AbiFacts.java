package io.comm4j.bindings.abi;

import java.util.List;
import java.util.Map;

/**
 * What gcc says about one header: struct sizes and member offsets, the size and kind of every type
 * a prototype uses, and the value of every constant. Produced by {@link AbiProbe}.
 *
 * @param structs   by jextract name (struct tag, else typedef name)
 * @param types     by the spelling gcc's aux-info uses in prototypes
 * @param constants by macro / enumerator name
 */
public record AbiFacts(Map<String, StructFact> structs, Map<String, TypeFact> types, Map<String, ConstFact> constants) {

    /** gcc's {@code __builtin_classify_type} classes the oracle distinguishes. */
    public static final int INTEGER_CLASS = 1;
    /** Pointer (also what arrays decay to). */
    public static final int POINTER_CLASS = 5;
    /** Floating point. */
    public static final int REAL_CLASS = 8;
    /** Struct. */
    public static final int RECORD_CLASS = 12;
    /** Union. */
    public static final int UNION_CLASS = 13;

    /**
     * A struct or union.
     *
     * @param name   jextract name
     * @param size   sizeof
     * @param align  _Alignof
     * @param fields members by name, in declaration order
     */
    public record StructFact(String name, long size, long align, Map<String, FieldFact> fields) {
    }

    /**
     * One member.
     *
     * @param name       member name
     * @param offset     offsetof
     * @param size       sizeof the whole member
     * @param element    the scalar (innermost element for arrays)
     * @param dimensions element counts per array dimension, outermost first; empty for a scalar
     */
    public record FieldFact(String name, long offset, long size, TypeFact element, List<Long> dimensions) {
    }

    /**
     * A C type.
     *
     * @param spelling  as written
     * @param size      sizeof
     * @param typeClass {@code __builtin_classify_type}: 1 integer (also char, enum, bool), 5 pointer,
     *                  8 real, 12 struct, 13 union
     * @param bool      whether it is {@code _Bool}
     */
    public record TypeFact(String spelling, long size, int typeClass, boolean bool) {
        /** How the type reads in a message, e.g. {@code "size_t (8-byte integer)"}. */
        public String describe() {
            final String kind = switch (typeClass) {
                case INTEGER_CLASS -> bool ? "bool" : size + "-byte integer";
                case POINTER_CLASS -> "pointer";
                case REAL_CLASS -> size + "-byte floating point";
                case RECORD_CLASS -> size + "-byte struct";
                case UNION_CLASS -> size + "-byte union";
                default -> "type class " + typeClass + ", " + size + " bytes";
            };
            return spelling + " (" + kind + ")";
        }
    }

    /**
     * A constant.
     *
     * @param name  macro or enumerator
     * @param value its value, as a C long long
     * @param size  sizeof the constant expression (8 means jextract's carrier is {@code long})
     */
    public record ConstFact(String name, long value, long size) {
    }
}
