package io.comm4j.bindings.abi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The two readers the oracle relies on: the header parser (names only) and gcc's aux-info lines. */
class ParsersTest {

    @Test
    void shouldReadStructsTypedefsEnumsAndObjectLikeMacros(@TempDir final Path dir) throws IOException {
        final Path h = Files.writeString(dir.resolve("sample.h"), """
            #ifndef SAMPLE_H
            #define SAMPLE_H
            #define _FEATURE 1
            #define SIZE 16 /* a comment */
            #define MASK (1UL << 3)
            #define SQUARE(x) ((x) * (x))
            #define NAME "text"
            typedef enum { A = -1, B, C = 7 } E;
            struct Tagged { int a; char name[SIZE]; unsigned long grid[2][3]; };
            typedef struct { struct Tagged *next; double d; } Anonymous;
            typedef union U { int i; float f; } UAlias;
            #endif
            """);
        final CHeader header = CHeader.parse(h);
        assertThat(header.baseName()).as("base name").isEqualTo("sample");
        assertThat(header.constants()).as("constants (no guard, no _reserved, no function-like or string macro)")
            .containsExactly("SIZE", "MASK", "A", "B", "C");
        assertThat(header.structs()).as("structs").extracting(CHeader.CStruct::javaName, CHeader.CStruct::spelling,
                CHeader.CStruct::union)
            .containsExactly(
                tuple("Tagged", "struct Tagged", false),
                tuple("Anonymous", "Anonymous", false),
                tuple("U", "union U", true));
        assertThat(header.structs().get(0).members()).as("members of Tagged")
            .extracting(CHeader.CMember::name, CHeader.CMember::dimensions)
            .containsExactly(tuple("a", 0), tuple("name", 1),
                tuple("grid", 2));
    }

    @Test
    void shouldReadPrototypesAsGccPrintsThem() {
        final CPrototype plain = CPrototype.parseLine(
            "/* /h/acl.h:10:NC */ extern aclError aclrtMemcpy (void *, size_t, const void *, size_t, aclrtMemcpyKind);");
        assertThat(plain).as("aclrtMemcpy").isNotNull();
        assertThat(plain.name()).isEqualTo("aclrtMemcpy");
        assertThat(plain.returnType()).isEqualTo("aclError");
        assertThat(plain.parameters()).as("parameters")
            .containsExactly("void *", "size_t", "const void *", "size_t", "aclrtMemcpyKind");
        assertThat(plain.variadic()).isFalse();

        final CPrototype pointerReturn = CPrototype.parseLine("/* /h/acl.h:11:NC */ extern const char *aclGetRecentErrMsg (void);");
        assertThat(pointerReturn.returnType()).as("return type of aclGetRecentErrMsg").isEqualTo("const char *");
        assertThat(pointerReturn.parameters()).as("(void) means no parameters").isEmpty();

        final CPrototype callback = CPrototype.parseLine(
            "/* /usr/include/stdlib.h:1:NC */ extern int atexit (void (*) (void));");
        assertThat(callback.parameters()).as("a function-pointer parameter stays one parameter")
            .containsExactly("void (*) (void)");

        final CPrototype restrictQualified = CPrototype.parseLine(
            "/* /usr/include/string.h:1:NC */ extern char *strcpy (char *__restrict, const char *__restrict);");
        assertThat(restrictQualified.parameters()).as("restrict dropped").isEqualTo(List.of("char *", "const char *"));

        assertThat(CPrototype.parseLine("/* compiled from: . */")).as("a non-prototype line").isNull();
        assertThat(CPrototype.parseLine("/* x.h:1:OC */ extern int old ();").variadic())
            .as("a K&R declaration has no prototype").isTrue();
    }
}
