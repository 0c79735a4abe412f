package io.comm4j.bindings.abi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds and runs the ABI probe of one header: a C program, written from the header's declarations
 * and compiled by gcc, that prints sizeof/_Alignof of every struct, offsetof/sizeof and the kind of
 * every member, sizeof and kind of every type the header's prototypes use, and the value of every
 * constant. gcc is the oracle; nothing in the probe is computed by Java.
 *
 * <p>The probe is {@code <comm4j.native.dir>/abi/<header>-probe} (source next to it), rebuilt on
 * every run so it always matches headers/.
 */
public final class AbiProbe {
    private AbiProbe() {
    }

    /**
     * Probes {@code header}.
     *
     * @param header      the parsed header
     * @param types       type spellings (from its prototypes) to measure
     * @param extraStructs structs not defined in the header itself (e.g. from a system header) that a
     *                    binding declares: jextract name to member names and their array dimensions
     * @param extraConstants constants a binding declares that come from headers the header includes
     *                    (e.g. {@code O_CREAT}); they must be visible when the header is included
     */
    public static AbiFacts run(final CHeader header, final Collection<String> types,
                               final Map<String, Map<String, Integer>> extraStructs,
                               final Collection<String> extraConstants) {
        final Path dir = BuildPaths.nativeDir().resolve("abi");
        final String base = header.baseName();
        final Path source = dir.resolve(base + "-probe.c");
        final Path binary = dir.resolve(base + "-probe");
        try {
            Files.createDirectories(dir);
            Files.writeString(source, source(header, types, extraStructs, extraConstants));
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot write " + source, e);
        }
        Gcc.run(List.of("-std=gnu11", "-Wall", "-Werror=implicit-function-declaration", "-I",
            header.file().getParent().toString(), "-o", binary.toString(), source.toString()));
        return parse(Gcc.runProgram(binary));
    }

    static String source(final CHeader header, final Collection<String> types,
                         final Map<String, Map<String, Integer>> extraStructs, final Collection<String> extraConstants) {
        final StringBuilder c = new StringBuilder();
        c.append("/* ABI probe for ").append(header.file().getFileName())
            .append(", written by the comm4j test AbiProbe; gcc computes every number. */\n");
        // The header first, so feature-test macros it defines act on the system headers.
        c.append("#include \"").append(header.file().getFileName()).append("\"\n");
        c.append("#include <stddef.h>\n#include <stdio.h>\n\n");
        c.append("#define KIND(x) __builtin_classify_type(x)\n");
        c.append("#define IS_BOOL(x) _Generic((x), _Bool: 1, default: 0)\n\n");
        final List<String> typeList = new ArrayList<>(new LinkedHashSet<>(types));
        typeList.remove("void");
        for (int i = 0; i < typeList.size(); i++) {
            c.append("static __typeof__(").append(typeList.get(i)).append(") t").append(i).append(";\n");
        }
        c.append("\nint main(void) {\n");
        for (final CHeader.CStruct s : header.structs()) {
            final Map<String, Integer> members = new LinkedHashMap<>();
            s.members().forEach(m -> members.put(m.name(), m.dimensions()));
            struct(c, s.javaName(), s.spelling(), members);
        }
        extraStructs.forEach((name, members) -> struct(c, name, "struct " + name, members));
        for (int i = 0; i < typeList.size(); i++) {
            c.append("    printf(\"T\\t%s\\t%zu\\t%d\\t%d\\n\", \"").append(typeList.get(i))
                .append("\", sizeof(t").append(i).append("), KIND(t").append(i).append("), IS_BOOL(t").append(i).append("));\n");
        }
        final Set<String> constants = new LinkedHashSet<>(header.constants());
        constants.addAll(extraConstants);
        for (final String k : constants) {
            c.append("    printf(\"K\\t%s\\t%lld\\t%zu\\n\", \"").append(k).append("\", (long long)(").append(k)
                .append("), sizeof(").append(k).append("));\n");
        }
        c.append("    return 0;\n}\n");
        return c.toString();
    }

    private static void struct(final StringBuilder c, final String name, final String spelling,
                               final Map<String, Integer> members) {
        c.append("    printf(\"S\\t%s\\t%zu\\t%zu\\n\", \"").append(name).append("\", sizeof(").append(spelling)
            .append("), _Alignof(").append(spelling).append("));\n");
        members.forEach((member, dims) -> {
            final String access = "((" + spelling + " *)0)->" + member;
            final String element = access + "[0]".repeat(dims);
            c.append("    printf(\"F\\t%s\\t%s\\t%zu\\t%zu\\t%zu\\t%d\\t%d\\n\", \"").append(name).append("\", \"")
                .append(member).append("\", offsetof(").append(spelling).append(", ").append(member).append("), sizeof(")
                .append(access).append("), sizeof(").append(element).append("), KIND(").append(element)
                .append("), IS_BOOL(").append(element).append("));\n");
            for (int level = 0; level < dims; level++) {
                final String outer = access + "[0]".repeat(level);
                c.append("    printf(\"D\\t%s\\t%s\\t%zu\\n\", \"").append(name).append("\", \"").append(member)
                    .append("\", sizeof(").append(outer).append(") / sizeof(").append(outer).append("[0]));\n");
            }
        });
    }

    static AbiFacts parse(final String output) {
        final Map<String, AbiFacts.StructFact> structs = new LinkedHashMap<>();
        final Map<String, Map<String, long[]>> rawFields = new LinkedHashMap<>();
        final Map<String, Map<String, AbiFacts.TypeFact>> elements = new LinkedHashMap<>();
        final Map<String, Map<String, List<Long>>> dims = new LinkedHashMap<>();
        final Map<String, AbiFacts.TypeFact> types = new LinkedHashMap<>();
        final Map<String, AbiFacts.ConstFact> constants = new LinkedHashMap<>();
        final Map<String, long[]> structHeads = new LinkedHashMap<>();
        for (final String line : output.split("\n")) {
            final String[] f = line.split("\t");
            switch (f[0]) {
                case "S" -> {
                    structHeads.put(f[1], new long[] {Long.parseLong(f[2]), Long.parseLong(f[3])});
                    rawFields.put(f[1], new LinkedHashMap<>());
                    elements.put(f[1], new LinkedHashMap<>());
                    dims.put(f[1], new LinkedHashMap<>());
                }
                case "F" -> {
                    rawFields.get(f[1]).put(f[2], new long[] {Long.parseLong(f[3]), Long.parseLong(f[4])});
                    elements.get(f[1]).put(f[2], new AbiFacts.TypeFact(f[2], Long.parseLong(f[5]),
                        Integer.parseInt(f[6]), f[7].equals("1")));
                    dims.get(f[1]).put(f[2], new ArrayList<>());
                }
                case "D" -> dims.get(f[1]).get(f[2]).add(Long.parseLong(f[3]));
                case "T" -> types.put(f[1], new AbiFacts.TypeFact(f[1], Long.parseLong(f[2]),
                    Integer.parseInt(f[3]), f[4].equals("1")));
                case "K" -> constants.put(f[1], new AbiFacts.ConstFact(f[1], Long.parseLong(f[2]), Long.parseLong(f[3])));
                case "" -> { }
                default -> throw new IllegalStateException("unexpected probe output line: " + line);
            }
        }
        structHeads.forEach((name, head) -> {
            final Map<String, AbiFacts.FieldFact> fields = new LinkedHashMap<>();
            rawFields.get(name).forEach((member, of) -> fields.put(member, new AbiFacts.FieldFact(member, of[0], of[1],
                elements.get(name).get(member), List.copyOf(dims.get(name).get(member)))));
            structs.put(name, new AbiFacts.StructFact(name, head[0], head[1], fields));
        });
        return new AbiFacts(structs, types, constants);
    }

    /** Every type spelling used by {@code prototypes}. */
    public static Set<String> typesOf(final Collection<CPrototype> prototypes) {
        final Set<String> types = new LinkedHashSet<>();
        for (final CPrototype p : prototypes) {
            types.add(p.returnType());
            types.addAll(p.parameters());
        }
        return types;
    }
}
