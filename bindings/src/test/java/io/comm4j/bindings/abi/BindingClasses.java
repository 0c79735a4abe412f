package io.comm4j.bindings.abi;

import io.comm4j.bindings.NativeLibraries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.SequenceLayout;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * Every jextract-shaped binding compiled into the bindings module, found by walking its class
 * directory: per sub-package one header class ({@code X_h}, bound to {@code headers/X.h}) and its
 * struct classes. Nothing is listed by hand, so a new package (posix, say) is checked as soon as it
 * exists.
 *
 * @param headerClass the header class, e.g. {@code io.comm4j.bindings.acl.acl_h}
 * @param structs     the struct classes of the same package, by class name
 */
public record BindingClasses(Class<?> headerClass, Map<String, Class<?>> structs) {

    /** The header file this header class is bound to: {@code acl_h} → {@code acl.h}. */
    public String headerFileName() {
        final String simple = headerClass.getSimpleName();
        return simple.substring(0, simple.length() - 2) + ".h";
    }

    /** Function names bound by the header class (it has a {@code name$descriptor()} method). */
    public List<String> functions() {
        return Stream.of(headerClass.getMethods())
            .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getName().endsWith("$descriptor")
                && m.getParameterCount() == 0 && m.getReturnType() == FunctionDescriptor.class)
            .map(m -> m.getName().substring(0, m.getName().length() - "$descriptor".length()))
            .sorted().toList();
    }

    /** The binding's descriptor of {@code function}; initialises its holder (the symbol must resolve). */
    public FunctionDescriptor descriptor(final String function) {
        return (FunctionDescriptor) invoke(headerClass, function + "$descriptor");
    }

    /**
     * Constant getters of the header class: public static, no parameters, {@code int} or {@code long},
     * declared there (not inherited), and not a function wrapper.
     */
    public Map<String, Method> constants() {
        final List<String> functions = functions();
        final Map<String, Method> result = new TreeMap<>();
        for (final Method m : headerClass.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
                && (m.getReturnType() == int.class || m.getReturnType() == long.class)
                && !m.getName().contains("$") && !functions.contains(m.getName())) {
                result.put(m.getName(), m);
            }
        }
        return result;
    }

    /** A struct class's {@code layout()}. */
    public static GroupLayout layout(final Class<?> struct) {
        return (GroupLayout) invoke(struct, "layout");
    }

    /** A struct class's {@code <field>$offset()} accessor, or null when it has none. */
    public static LongSupplier offsetAccessor(final Class<?> struct, final String field) {
        try {
            final Method m = struct.getMethod(field + "$offset");
            return () -> (long) invoke(m);
        } catch (final NoSuchMethodException e) {
            return null;
        }
    }

    /** Member names and array dimensions of a layout (for structs not defined in our headers). */
    public static Map<String, Integer> memberDimensions(final GroupLayout layout) {
        final Map<String, Integer> result = new LinkedHashMap<>();
        for (final MemoryLayout m : layout.memberLayouts()) {
            if (m.name().isEmpty()) {
                continue;
            }
            int dims = 0;
            MemoryLayout e = m;
            while (e instanceof SequenceLayout s) {
                dims++;
                e = s.elementLayout();
            }
            result.put(m.name().get(), dims);
        }
        return result;
    }

    /** All binding packages, ordered by header class name. */
    public static List<BindingClasses> all() {
        final Path root = classesRoot().resolve("io").resolve("comm4j").resolve("bindings");
        final List<BindingClasses> result = new ArrayList<>();
        try (Stream<Path> packages = Files.list(root)) {
            for (final Path pkg : packages.filter(Files::isDirectory).sorted().toList()) {
                final String packageName = "io.comm4j.bindings." + pkg.getFileName();
                Class<?> header = null;
                final Map<String, Class<?>> structs = new TreeMap<>();
                try (Stream<Path> files = Files.list(pkg)) {
                    for (final Path file : files.sorted().toList()) {
                        final String name = file.getFileName().toString();
                        if (!name.endsWith(".class") || name.equals("package-info.class")) {
                            continue;
                        }
                        final Class<?> type = load(packageName + "." + name.substring(0, name.length() - 6));
                        if (type.getEnclosingClass() != null || type.isAnonymousClass()) {
                            continue; // holder classes
                        }
                        if (type.getSimpleName().endsWith("_h")) {
                            if (header != null) {
                                throw new IllegalStateException(packageName + " has two header classes: " + header + ", " + type);
                            }
                            header = type;
                        } else if (hasLayout(type)) {
                            structs.put(type.getSimpleName(), type);
                        }
                    }
                }
                if (header == null) {
                    throw new IllegalStateException(packageName + " has no header class (X_h for headers/X.h)");
                }
                result.add(new BindingClasses(header, structs));
            }
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        result.sort(Comparator.comparing(b -> b.headerClass().getName()));
        return result;
    }

    private static boolean hasLayout(final Class<?> type) {
        try {
            final Method m = type.getMethod("layout");
            return Modifier.isStatic(m.getModifiers()) && GroupLayout.class.isAssignableFrom(m.getReturnType());
        } catch (final NoSuchMethodException e) {
            return false;
        }
    }

    private static Path classesRoot() {
        try {
            return Path.of(NativeLibraries.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (final URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(final String name) {
        try {
            return Class.forName(name, false, BindingClasses.class.getClassLoader());
        } catch (final ClassNotFoundException e) {
            throw new IllegalStateException("cannot load " + name, e);
        }
    }

    private static Object invoke(final Class<?> type, final String method) {
        try {
            return invoke(type.getMethod(method));
        } catch (final NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " has no " + method + "()", e);
        }
    }

    private static Object invoke(final Method m) {
        try {
            return m.invoke(null);
        } catch (final IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (final InvocationTargetException e) {
            throw new IllegalStateException(m.getDeclaringClass().getName() + "." + m.getName() + "() failed: "
                + e.getCause(), e.getCause());
        }
    }
}
