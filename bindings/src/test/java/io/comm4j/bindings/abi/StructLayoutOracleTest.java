package io.comm4j.bindings.abi;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds every struct class of every binding package to gcc: size, alignment, member names and
 * order, every offset (in the layout and in the {@code $offset()} accessor), every size, array
 * dimensions and scalar kind.
 */
class StructLayoutOracleTest {

    @TestFactory
    Stream<DynamicTest> shouldMatchGccForEveryStructMember() {
        return OracleCases.perBinding(abi -> abi.bindings().structs().keySet(), (abi, className) -> {
            final Class<?> struct = abi.bindings().structs().get(className);
            final var layout = BindingClasses.layout(struct);
            final String cName = layout.name().orElse(className);
            final AbiFacts.StructFact c = abi.facts().structs().get(cName);
            assertThat(c).as("gcc's facts for struct %s (%s)", cName, abi.header().file()).isNotNull();
            assertThat(AbiComparator.compareStruct(c, layout, f -> BindingClasses.offsetAccessor(struct, f)))
                .as("differences between %s and gcc's layout of %s", struct.getName(), cName)
                .isEmpty();
        });
    }

    @Test
    void shouldBindEveryStructDefinedInAHeader() {
        assertThat(OracleCases.unbound(abi -> abi.header().structs().stream()
            .filter(s -> !abi.bindings().structs().containsKey(s.javaName())).map(CHeader.CStruct::spelling)))
            .as("structs defined in headers/ with no struct class in their binding package").isEmpty();
    }

    @Test
    void shouldHaveABindingPackageForEveryHeader() {
        final List<String> bound = BindingClasses.all().stream().map(BindingClasses::headerFileName).toList();
        assertThat(HeaderAbi.headerFiles().stream().map(Path::getFileName).map(Path::toString).toList())
            .as("every headers/X.h needs a header class X_h in a io.comm4j.bindings sub-package (bound: %s)", bound)
            .allMatch(bound::contains);
    }

    @Test
    void shouldFindTheBindingPackagesOfTheContract() {
        assertThat(BindingClasses.all().stream().map(b -> b.headerClass().getName()).toList())
            .as("the oracle must see at least the packages this module was written with")
            .contains("io.comm4j.bindings.acl.acl_h", "io.comm4j.bindings.hccl.hccl_h",
                "io.comm4j.bindings.hcomm.hcomm_private_h", "io.comm4j.bindings.comm.comm_context_h");
    }
}
