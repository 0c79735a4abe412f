package io.comm4j.bindings.abi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Builds a shared library that defines the given functions of a header with empty bodies (returning
 * zero), compiled by gcc against the header itself so each definition matches its prototype. Lets
 * tests initialise binding holder classes and exercise library search and loading without CANN.
 * It is not the fake CANN of the HCCL tests: these stubs have no behaviour.
 */
public final class StubLibrary {
    private StubLibrary() {
    }

    /**
     * Writes and compiles {@code dir/<fileName>} defining {@code prototypes}.
     *
     * @return the library's path
     */
    public static Path build(final Path dir, final String fileName, final Path header,
                             final Collection<CPrototype> prototypes) {
        final StringBuilder c = new StringBuilder();
        c.append("/* Stubs written by the comm4j test StubLibrary: every function returns zero. */\n");
        c.append("#include \"").append(header.getFileName()).append("\"\n\n");
        for (final CPrototype p : prototypes) {
            if (p.variadic()) {
                throw new IllegalArgumentException("cannot stub variadic " + p);
            }
            final List<String> params = new ArrayList<>();
            final StringBuilder uses = new StringBuilder();
            for (int i = 0; i < p.parameters().size(); i++) {
                params.add("__typeof__(" + p.parameters().get(i) + ") p" + i);
                uses.append(" (void)p").append(i).append(';');
            }
            c.append("__attribute__((visibility(\"default\"))) __typeof__(").append(p.returnType()).append(") ")
                .append(p.name()).append('(').append(params.isEmpty() ? "void" : String.join(", ", params)).append(") {")
                .append(uses);
            if (!p.returnType().equals("void")) {
                c.append(" static __typeof__(").append(p.returnType()).append(") zero; return zero;");
            }
            c.append(" }\n");
        }
        final Path source = dir.resolve(fileName + ".c");
        final Path library = dir.resolve(fileName);
        try {
            Files.createDirectories(dir);
            Files.writeString(source, c.toString());
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        // A soname like CANN's, so dlopen by file name finds an already loaded stub.
        Gcc.run(List.of("-std=gnu11", "-Wall", "-Werror", "-shared", "-fPIC", "-Wl,-soname," + fileName,
            "-I", header.getParent().toString(), "-o", library.toString(), source.toString()));
        return library;
    }
}
