package io.comm4j.bindings.loading;

import io.comm4j.bindings.CannSearch;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CannSearchTest {

    @Test
    void shouldSearchThePropertyThenBothAscendHomeLayouts() {
        final CannSearch search = new CannSearch("/opt/fake", "/usr/local/Ascend/cann", "amd64", "/a:/b", true);
        assertThat(search.directories()).as("directories searched, in order")
            .extracting(CannSearch.Place::dir)
            .containsExactly(Path.of("/opt/fake"), Path.of("/usr/local/Ascend/cann/lib64"),
                Path.of("/usr/local/Ascend/cann/x86_64-linux/lib64"));
    }

    @Test
    void shouldNameAarch64AsCannDoes() {
        assertThat(new CannSearch(null, "/h", "aarch64", null, true).directories())
            .as("the arch directory on an ARM host").extracting(CannSearch.Place::dir)
            .containsExactly(Path.of("/h/lib64"), Path.of("/h/aarch64-linux/lib64"));
    }

    @Test
    void shouldSkipUnsetOrBlankInputs() {
        assertThat(new CannSearch(" ", null, "amd64", null, true).directories())
            .as("directories when neither the property nor ASCEND_HOME_PATH is set").isEmpty();
    }

    @Test
    void shouldQuoteLdLibraryPathWhenDescribingTheSystemLoader() {
        assertThat(new CannSearch(null, null, "amd64", "/x/lib64", true).systemLoaderDescription())
            .as("system loader step as shown in errors").contains("LD_LIBRARY_PATH=/x/lib64");
        assertThat(new CannSearch(null, null, "amd64", null, true).systemLoaderDescription())
            .as("system loader step without LD_LIBRARY_PATH").contains("LD_LIBRARY_PATH=<unset>");
    }
}
