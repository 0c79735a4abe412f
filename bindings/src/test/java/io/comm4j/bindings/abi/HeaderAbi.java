package io.comm4j.bindings.abi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.GroupLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One header of {@code headers/} with its bindings and gcc's facts about it: the unit the oracle
 * tests check. Built once per JVM per header.
 *
 * @param bindings     the header class and struct classes of the package bound to the header
 * @param header       the parsed header
 * @param declaredHere prototypes gcc attributes to the header file itself
 * @param visible      every prototype in scope when compiling the header (system headers too), by name
 * @param facts        what the probe printed
 */
public record HeaderAbi(BindingClasses bindings, CHeader header, List<CPrototype> declaredHere,
                        Map<String, CPrototype> visible, AbiFacts facts) {

    private static final Map<String, HeaderAbi> CACHE = new ConcurrentHashMap<>();

    /** Every binding package with its header, probed. */
    public static List<HeaderAbi> all() {
        return BindingClasses.all().stream().map(HeaderAbi::of).toList();
    }

    /** Every {@code .h} file in {@code headers/}. */
    public static List<Path> headerFiles() {
        try (var files = Files.list(BuildPaths.headersDir())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".h")).sorted().toList();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The probed header of {@code bindings}. */
    public static HeaderAbi of(final BindingClasses bindings) {
        return CACHE.computeIfAbsent(bindings.headerClass().getName(), k -> probe(bindings));
    }

    /** The header class's simple name, for test display names. */
    public String name() {
        return bindings.headerClass().getSimpleName();
    }

    private static HeaderAbi probe(final BindingClasses bindings) {
        final Path file = BuildPaths.headersDir().resolve(bindings.headerFileName());
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(bindings.headerClass().getName() + " is bound to headers/"
                + bindings.headerFileName() + ", which does not exist");
        }
        final CHeader header = CHeader.parse(file);
        final Path work = BuildPaths.nativeDir().resolve("abi");
        final List<CPrototype> all = CPrototype.of(file, work);
        final Path real = realPath(file);
        final List<CPrototype> here = new ArrayList<>();
        final Map<String, CPrototype> visible = new LinkedHashMap<>();
        for (final CPrototype p : all) {
            visible.putIfAbsent(p.name(), p);
            if (realPath(p.file()).equals(real)) {
                here.add(p);
            }
        }
        final Set<CPrototype> relevant = new LinkedHashSet<>(here);
        for (final String f : bindings.functions()) {
            if (visible.containsKey(f)) {
                relevant.add(visible.get(f));
            }
        }
        final Set<String> cStructs = new LinkedHashSet<>();
        header.structs().forEach(s -> cStructs.add(s.javaName()));
        final Map<String, Map<String, Integer>> extra = new LinkedHashMap<>();
        for (final Class<?> struct : bindings.structs().values()) {
            final GroupLayout layout = BindingClasses.layout(struct);
            final String name = layout.name().orElse(struct.getSimpleName());
            if (!cStructs.contains(name)) {
                extra.put(name, BindingClasses.memberDimensions(layout));
            }
        }
        final AbiFacts facts = AbiProbe.run(header, AbiProbe.typesOf(relevant), extra, bindings.constants().keySet());
        return new HeaderAbi(bindings, header, List.copyOf(here), visible, facts);
    }

    private static Path realPath(final Path p) {
        try {
            return p.toRealPath();
        } catch (final IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
