package io.comm4j.bindings.abi;

import io.comm4j.bindings.acl.acl_h;
import io.comm4j.bindings.hccl.hccl_h;
import io.comm4j.bindings.hcomm.HcclRankRelationResV2;
import io.comm4j.bindings.hcomm.ListCommon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Proves the oracle can fail: deliberately wrong layouts, offset accessors, descriptors and
 * constants, compared with gcc's real facts for headers/, are reported with the member or parameter
 * at fault.
 */
class OracleCanFailTest {

    private static HeaderAbi header(final String headerClass) {
        return HeaderAbi.all().stream().filter(h -> h.bindings().headerClass().getSimpleName().equals(headerClass))
            .findFirst().orElseThrow();
    }

    private static AbiFacts.StructFact rankRelation() {
        return header("hcomm_private_h").facts().structs().get("HcclRankRelationResV2");
    }

    /**
     * HcclRankRelationResV2 as bound, with {@code windowsIn} standing where its windowsIn member stands:
     * each test below makes its one mistake there.
     */
    private static GroupLayout rankRelationWith(final MemoryLayout... windowsIn) {
        final List<MemoryLayout> members = new ArrayList<>(List.of(
            hccl_h.C_INT.withName("remoteUsrRankId"), hccl_h.C_INT.withName("remoteWorldRank")));
        members.addAll(List.of(windowsIn));
        members.addAll(List.of(hccl_h.C_LONG.withName("windowsOut"), hccl_h.C_LONG.withName("windowsExp"),
            ListCommon.layout().withName("nextTagRes")));
        return MemoryLayout.structLayout(members.toArray(MemoryLayout[]::new)).withName("HcclRankRelationResV2");
    }

    @Test
    void shouldAcceptTheRealLayoutSoTheFailuresBelowAreCausedByTheMistakes() {
        assertThat(AbiComparator.compareStruct(rankRelation(), HcclRankRelationResV2.layout(),
            f -> BindingClasses.offsetAccessor(HcclRankRelationResV2.class, f)))
            .as("the real HcclRankRelationResV2 binding").isEmpty();
    }

    @Test
    void shouldReportAMemberAtTheWrongOffset() {
        // windowsIn placed right after remoteWorldRank's 4 bytes of padding were forgotten: every later
        // member shifts by 8 and the struct grows.
        final GroupLayout wrong = rankRelationWith(MemoryLayout.paddingLayout(8), hccl_h.C_LONG.withName("windowsIn"));
        assertThat(AbiComparator.compareStruct(rankRelation(), wrong, null))
            .as("problems found in a layout with 8 stray bytes before windowsIn")
            .anyMatch(p -> p.contains("HcclRankRelationResV2.windowsIn: offsetof is 8 in C, Java layout has 16"))
            .anyMatch(p -> p.contains("sizeof is 64 in C, Java layout has 72"));
    }

    @Test
    void shouldReportAMemberOfTheWrongWidthOrKind() {
        final GroupLayout wrong = rankRelationWith(hccl_h.C_POINTER.withName("windowsIn"));
        assertThat(AbiComparator.compareStruct(rankRelation(), wrong, null))
            .as("problems found when the uint64_t windowsIn is bound as a pointer")
            .anyMatch(p -> p.startsWith("HcclRankRelationResV2.windowsIn: C has") && p.contains("8-byte integer"));
    }

    @Test
    void shouldReportAMissingOrRenamedMember() {
        final GroupLayout wrong = rankRelationWith(hccl_h.C_LONG.withName("windowIn"));
        assertThat(AbiComparator.compareStruct(rankRelation(), wrong, null))
            .as("problems found when windowsIn is misspelt").anyMatch(p -> p.contains("members are"));
    }

    @Test
    void shouldReportAnOffsetAccessorThatDisagreesWithGcc() {
        final Function<String, LongSupplier> accessors = field -> field.equals("windowsOut")
            ? () -> 24L : BindingClasses.offsetAccessor(HcclRankRelationResV2.class, field);
        assertThat(AbiComparator.compareStruct(rankRelation(), HcclRankRelationResV2.layout(), accessors))
            .as("problems found when windowsOut$offset() returns 24")
            .containsExactly("HcclRankRelationResV2.windowsOut: offsetof is 16 in C, windowsOut$offset() returns 24");
    }

    @Test
    void shouldReportASizeTParameterBoundAsInt() {
        final HeaderAbi acl = header("acl_h");
        final FunctionDescriptor wrong = FunctionDescriptor.of(acl_h.C_INT,
            acl_h.C_POINTER, acl_h.C_INT, acl_h.C_POINTER, acl_h.C_LONG, acl_h.C_INT);
        assertThat(AbiComparator.compareFunction(acl.visible().get("aclrtMemcpy"), acl.facts().types(), wrong))
            .as("problems found when aclrtMemcpy's destMax (size_t) is bound as int")
            .singleElement().asString().startsWith("aclrtMemcpy parameter 2: C has size_t (8-byte integer)");
    }

    @Test
    void shouldReportAPointerBoundAsAnIntegerAndAWrongArity() {
        final HeaderAbi hccl = header("hccl_h");
        final CPrototype barrier = hccl.visible().get("HcclBarrier");
        assertThat(AbiComparator.compareFunction(barrier, hccl.facts().types(),
            FunctionDescriptor.of(hccl_h.C_INT, hccl_h.C_POINTER, hccl_h.C_LONG)))
            .as("problems found when HcclBarrier's stream is bound as long")
            .singleElement().asString().contains("parameter 2: C has aclrtStream (pointer)");
        assertThat(AbiComparator.compareFunction(barrier, hccl.facts().types(),
            FunctionDescriptor.of(hccl_h.C_INT, hccl_h.C_POINTER)))
            .as("problems found when HcclBarrier loses its stream parameter")
            .singleElement().asString().contains("2 parameters in C");
        assertThat(AbiComparator.compareFunction(barrier, hccl.facts().types(),
            FunctionDescriptor.ofVoid(hccl_h.C_POINTER, hccl_h.C_POINTER)))
            .as("problems found when HcclBarrier's HcclResult return is dropped")
            .singleElement().asString().contains("descriptor returns void");
    }

    @Test
    void shouldReportAConstantWithTheWrongValueOrWidth() {
        final HeaderAbi acl = header("acl_h");
        assertThat(AbiComparator.compareConstant(acl.facts().constants().get("ACL_ERROR_REPEAT_INITIALIZE"), int.class, 100003))
            .as("problems found when ACL_ERROR_REPEAT_INITIALIZE() returns 100003")
            .containsExactly("ACL_ERROR_REPEAT_INITIALIZE: is 100002 in C, the Java getter returns 100003");
        assertThat(AbiComparator.compareConstant(acl.facts().constants().get("ACL_RT_IPC_MEM_IMPORT_FLAG_ENABLE_PEER_ACCESS"),
            int.class, 1))
            .as("problems found when a UL macro gets an int getter")
            .singleElement().asString().contains("8 bytes wide");
    }

    @Test
    void shouldReportAVariadicPrototype() {
        final CPrototype variadic = CPrototype.parseLine(
            "/* x.h:1:NC */ extern int shm_like (const char *, int, ...);");
        assertThat(AbiComparator.compareFunction(variadic, Map.of("int",
                new AbiFacts.TypeFact("int", 4, AbiFacts.INTEGER_CLASS, false), "const char *",
                new AbiFacts.TypeFact("const char *", 8, AbiFacts.POINTER_CLASS, false)),
            FunctionDescriptor.of(acl_h.C_INT, acl_h.C_POINTER, acl_h.C_INT)))
            .as("problems found for a variadic prototype bound as a plain descriptor")
            .singleElement().asString().contains("variadic");
    }

    @Test
    void shouldRefuseAStructMemberItCannotRead(@TempDir final Path dir) throws IOException {
        final Path header = Files.writeString(dir.resolve("bitfield.h"), "struct S { unsigned a : 3; int b; };\n");
        assertThatThrownBy(() -> CHeader.parse(header))
            .as("a bit-field must stop the oracle, not be skipped")
            .hasMessageContaining("unsigned a : 3");
    }
}
