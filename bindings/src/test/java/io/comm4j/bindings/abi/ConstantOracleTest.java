package io.comm4j.bindings.abi;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Holds every constant getter of every header class to the value and width gcc gives the C constant. */
class ConstantOracleTest {

    @TestFactory
    Stream<DynamicTest> shouldMatchEveryConstantToGcc() {
        final List<DynamicTest> tests = new ArrayList<>();
        for (final HeaderAbi abi : HeaderAbi.all()) {
            abi.bindings().constants().forEach((name, getter) -> tests.add(DynamicTest.dynamicTest(
                abi.name() + "." + name, () -> {
                    final AbiFacts.ConstFact c = abi.facts().constants().get(name);
                    assertThat(c).as("a macro or enumerator %s in %s", name, abi.header().file()).isNotNull();
                    assertThat(AbiComparator.compareConstant(c, getter.getReturnType(), (Number) value(getter)))
                        .as("differences between %s.%s() and gcc", abi.name(), name)
                        .isEmpty();
                })));
        }
        return tests.stream();
    }

    @Test
    void shouldBindEveryConstantOfAHeader() {
        final List<String> unbound = new ArrayList<>();
        for (final HeaderAbi abi : HeaderAbi.all()) {
            abi.header().constants().stream().filter(k -> !abi.bindings().constants().containsKey(k))
                .forEach(k -> unbound.add(abi.header().file().getFileName() + ": " + k));
        }
        assertThat(unbound).as("macros/enumerators in headers/ with no getter in their header class").isEmpty();
    }

    private static Object value(final Method getter) throws ReflectiveOperationException {
        return getter.invoke(null);
    }
}
