package io.comm4j.bindings.abi;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds every function binding's {@code FunctionDescriptor} to its C prototype as gcc sees it
 * ({@code gcc -aux-info}, plus sizeof and kind of each type from the probe), and requires a binding
 * for every function a header declares.
 *
 * <p>A descriptor lives in the function's holder class, which resolves the symbol when it
 * initialises; so this test first loads a stub library (built here from the headers) exporting
 * every declared function the default lookup does not already provide. Runs in its own JVM
 * (surefire reuseForks=false), so the stubs are seen by no other test.
 */
class FunctionDescriptorOracleTest {

    @BeforeAll
    static void loadStubsForEveryDeclaredFunction() {
        final Path dir = BuildPaths.nativeDir().resolve("abi").resolve("stubs");
        final SymbolLookup libc = Linker.nativeLinker().defaultLookup();
        for (final HeaderAbi abi : HeaderAbi.all()) {
            final List<CPrototype> toStub = abi.declaredHere().stream()
                .filter(p -> libc.find(p.name()).isEmpty()).toList();
            if (!toStub.isEmpty()) {
                System.load(StubLibrary.build(dir, "lib" + abi.header().baseName() + "-stubs.so",
                    abi.header().file(), toStub).toString());
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> shouldMatchEveryFunctionDescriptorToItsCPrototype() {
        return OracleCases.perBinding(abi -> abi.bindings().functions(), (abi, function) -> {
            final CPrototype c = abi.visible().get(function);
            assertThat(c).as("a C prototype of %s in scope of %s", function, abi.header().file()).isNotNull();
            assertThat(AbiComparator.compareFunction(c, abi.facts().types(), abi.bindings().descriptor(function)))
                .as("differences between %s.%s$descriptor() and %s", abi.name(), function, c)
                .isEmpty();
        });
    }

    @Test
    void shouldBindEveryFunctionDeclaredInAHeader() {
        assertThat(OracleCases.unbound(abi -> {
            final List<String> bound = abi.bindings().functions();
            return abi.declaredHere().stream().filter(p -> !bound.contains(p.name()));
        }))
            .as("functions declared in headers/ with no binding in their header class").isEmpty();
    }
}
