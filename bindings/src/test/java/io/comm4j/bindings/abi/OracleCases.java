package io.comm4j.bindings.abi;

import org.junit.jupiter.api.DynamicTest;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The two forms every oracle test takes, written once: one dynamic test per binding of every header
 * (named {@code header.binding}, so a failure names what disagrees with gcc), and the list of C
 * declarations of every header that have no binding (each named with its header file).
 */
final class OracleCases {
    private OracleCases() {
    }

    /** What one dynamic test checks about the binding {@code name} of the header {@code abi}. */
    @FunctionalInterface
    interface Check {
        void verify(HeaderAbi abi, String name) throws Throwable;
    }

    /** One dynamic test per name {@code namesOf} gives for each header. */
    static Stream<DynamicTest> perBinding(final Function<HeaderAbi, Collection<String>> namesOf, final Check check) {
        return HeaderAbi.all().stream().flatMap(abi -> namesOf.apply(abi).stream()
            .map(name -> DynamicTest.dynamicTest(abi.name() + "." + name, () -> check.verify(abi, name))));
    }

    /** Every header's declarations {@code unboundIn} finds, each as {@code "file.h: declaration"}. */
    static List<String> unbound(final Function<HeaderAbi, Stream<?>> unboundIn) {
        return HeaderAbi.all().stream()
            .flatMap(abi -> unboundIn.apply(abi).map(d -> abi.header().file().getFileName() + ": " + d)).toList();
    }
}
