package io.comm4j.bindings.abi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The declarations of one file of {@code headers/} that the oracle asks gcc about: struct and union
 * definitions (with their member names), enum constants and object-like macros. Only names are taken
 * from the text; every number (size, offset, value) comes from gcc. The parser is strict: a struct
 * member it does not understand (bit-field, nested definition, several declarators) is an error
 * naming the line, so the oracle never silently skips a field.
 *
 * @param file       the header
 * @param structs    struct/union definitions, in file order
 * @param constants  macro and enum-constant names, in file order
 */
public record CHeader(Path file, List<CStruct> structs, List<String> constants) {

    private static final Pattern DEFINE = Pattern.compile("(?m)^\\s*#\\s*define\\s+(\\w+)(\\(?)[ \\t]*(.*)$");
    private static final Pattern AGGREGATE = Pattern.compile(
        "(typedef\\s+)?\\b(struct|union|enum)\\s*(\\w*)\\s*\\{([^{}]*)\\}\\s*(\\w*)\\s*;");
    private static final Pattern MEMBER = Pattern.compile("^(.*?[\\s*])(\\w+)((?:\\s*\\[[^\\]]+\\])*)$");
    private static final Pattern CONSTANT_EXPRESSION = Pattern.compile("[-+()\\w\\s|&<>~*]+");

    /** The header's file name without {@code .h}: the jextract header class is this plus {@code _h}. */
    public String baseName() {
        final String name = file.getFileName().toString();
        return name.substring(0, name.length() - 2);
    }

    /** Parses {@code file}. */
    public static CHeader parse(final Path file) {
        final String raw;
        try {
            raw = Files.readString(file);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        final String text = stripComments(raw);
        final List<String> constants = new ArrayList<>();
        final Matcher define = DEFINE.matcher(text);
        while (define.find()) {
            final String value = define.group(3).trim();
            final boolean functionLike = !define.group(2).isEmpty();
            // Names starting with '_' are the implementation's (feature-test macros, include guards).
            if (!functionLike && !value.isEmpty() && !define.group(1).startsWith("_")
                && CONSTANT_EXPRESSION.matcher(value).matches()) {
                constants.add(define.group(1));
            }
        }
        final String code = text.replaceAll("(?m)^\\s*#.*$", "");
        final List<CStruct> structs = new ArrayList<>();
        final Matcher m = AGGREGATE.matcher(code);
        while (m.find()) {
            final boolean typedef = m.group(1) != null;
            final String kind = m.group(2);
            final String tag = m.group(3);
            final String body = m.group(4);
            final String alias = m.group(5);
            if (kind.equals("enum")) {
                for (final String enumerator : body.split(",")) {
                    final String name = enumerator.split("=")[0].trim();
                    if (!name.isEmpty()) {
                        constants.add(name);
                    }
                }
                continue;
            }
            if (tag.isEmpty() && !typedef) {
                throw new IllegalStateException(file + ": anonymous " + kind + " outside a typedef is not supported");
            }
            final String javaName = tag.isEmpty() ? alias : tag;
            final String spelling = tag.isEmpty() ? alias : kind + " " + tag;
            structs.add(new CStruct(javaName, spelling, kind.equals("union"), members(file, javaName, body)));
        }
        return new CHeader(file, List.copyOf(structs), List.copyOf(constants));
    }

    private static List<CMember> members(final Path file, final String struct, final String body) {
        final List<CMember> members = new ArrayList<>();
        for (final String part : body.split(";")) {
            final String decl = part.replaceAll("\\s+", " ").trim();
            if (decl.isEmpty()) {
                continue;
            }
            final Matcher m = MEMBER.matcher(decl);
            if (decl.contains(",") || decl.contains("(") || decl.contains(":") || !m.matches()) {
                throw new IllegalStateException(file + ": member of " + struct + " the ABI oracle cannot read: '"
                    + decl + "' (one plain declarator per member, no bit-fields or function pointers)");
            }
            final int dims = (int) m.group(3).chars().filter(c -> c == '[').count();
            members.add(new CMember(m.group(2), m.group(1).trim(), dims));
        }
        return List.copyOf(members);
    }

    private static String stripComments(final String text) {
        return text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", "");
    }

    /**
     * A struct or union defined in the header.
     *
     * @param javaName the class and layout name jextract uses (the tag, else the typedef name)
     * @param spelling how C code names the type ({@code struct Tag} or the typedef name)
     * @param union    whether it is a union
     * @param members  its members, in order
     */
    public record CStruct(String javaName, String spelling, boolean union, List<CMember> members) {
    }

    /**
     * One member.
     *
     * @param name       member name
     * @param type       declared type as written (for messages only)
     * @param dimensions number of array dimensions (0 for a scalar)
     */
    public record CMember(String name, String type, int dimensions) {
    }
}
