package io.comm4j.bindings.abi;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.Method;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Holds every constant getter of every header class to the value and width gcc gives the C constant. */
class ConstantOracleTest {

    @TestFactory
    Stream<DynamicTest> shouldMatchEveryConstantToGcc() {
        return OracleCases.perBinding(abi -> abi.bindings().constants().keySet(), (abi, name) -> {
            final AbiFacts.ConstFact c = abi.facts().constants().get(name);
            assertThat(c).as("a macro or enumerator %s in %s", name, abi.header().file()).isNotNull();
            final Method getter = abi.bindings().constants().get(name);
            assertThat(AbiComparator.compareConstant(c, getter.getReturnType(), (Number) value(getter)))
                .as("differences between %s.%s() and gcc", abi.name(), name)
                .isEmpty();
        });
    }

    @Test
    void shouldBindEveryConstantOfAHeader() {
        assertThat(OracleCases.unbound(abi -> abi.header().constants().stream()
            .filter(k -> !abi.bindings().constants().containsKey(k))))
            .as("macros/enumerators in headers/ with no getter in their header class").isEmpty();
    }

    private static Object value(final Method getter) throws ReflectiveOperationException {
        return getter.invoke(null);
    }
}
