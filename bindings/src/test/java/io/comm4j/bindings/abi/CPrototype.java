package io.comm4j.bindings.abi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function prototype as gcc sees it, read from {@code gcc -aux-info} (which prints every prototype
 * in scope with typedef names kept and parameter names dropped).
 *
 * @param file       the header that declares it
 * @param name       function name
 * @param returnType return type as gcc prints it ({@code void} for none)
 * @param parameters parameter types, in order; empty for {@code (void)}
 * @param variadic   whether it ends in {@code ...} (or has no prototype)
 */
public record CPrototype(Path file, String name, String returnType, List<String> parameters, boolean variadic) {

    private static final Pattern LINE = Pattern.compile("^/\\* (.+?):(\\d+):(\\w\\w) \\*/ (.*);$");

    /** The C declaration, for messages. */
    @Override
    public String toString() {
        final List<String> ps = new ArrayList<>(parameters);
        if (variadic) {
            ps.add("...");
        }
        return returnType + " " + name + "(" + (ps.isEmpty() ? "void" : String.join(", ", ps)) + ")";
    }

    /** Runs {@code gcc -aux-info} on {@code header} and returns every prototype it prints. */
    public static List<CPrototype> of(final Path header, final Path workDir) {
        final Path out = workDir.resolve(header.getFileName() + ".aux-info");
        try {
            java.nio.file.Files.createDirectories(workDir);
        } catch (final java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Gcc.run(List.of("-std=gnu11", "-fsyntax-only", "-I", header.getParent().toString(),
            "-aux-info", out.toString(), "-x", "c", header.toString()));
        final List<CPrototype> result = new ArrayList<>();
        try {
            for (final String line : java.nio.file.Files.readAllLines(out)) {
                final CPrototype p = parseLine(line);
                if (p != null) {
                    result.add(p);
                }
            }
        } catch (final java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return result;
    }

    /** One aux-info line, or null for lines that are not a plain function prototype. */
    static CPrototype parseLine(final String line) {
        final Matcher m = LINE.matcher(line.trim());
        if (!m.matches()) {
            return null;
        }
        String decl = m.group(4).trim();
        decl = decl.replaceFirst("^(extern|static)\\s+", "").replaceFirst("^inline\\s+", "");
        final int open = decl.indexOf('(');
        if (open < 0 || !decl.endsWith(")")) {
            return null;
        }
        final String head = decl.substring(0, open).trim();
        final Matcher name = Pattern.compile("(\\w+)$").matcher(head);
        if (!name.find()) {
            return null; // e.g. a function returning a function pointer
        }
        final String returnType = normalize(head.substring(0, name.start()));
        final String inside = decl.substring(open + 1, decl.length() - 1).trim();
        final List<String> params = new ArrayList<>();
        boolean variadic = false;
        if (inside.isEmpty()) {
            variadic = true; // K&R declaration: no prototype
        } else if (!inside.equals("void")) {
            int depth = 0;
            int start = 0;
            for (int i = 0; i <= inside.length(); i++) {
                final char c = i < inside.length() ? inside.charAt(i) : ',';
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    final String p = normalize(inside.substring(start, i));
                    if (p.equals("...")) {
                        variadic = true;
                    } else {
                        params.add(p);
                    }
                    start = i + 1;
                }
            }
        }
        return new CPrototype(Path.of(m.group(1)), name.group(1), returnType, List.copyOf(params), variadic);
    }

    private static String normalize(final String type) {
        return type.replaceAll("\\b(__restrict|restrict|__restrict__)\\b", "").replaceAll("\\s+", " ").trim();
    }
}
