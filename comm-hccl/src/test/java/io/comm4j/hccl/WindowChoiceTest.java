package io.comm4j.hccl;

import io.comm4j.CommConfig;
import io.comm4j.CommException;
import io.comm4j.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which window provider a configuration asks for: option, then property, then auto. In process. */
class WindowChoiceTest {
    private static final CommConfig CONFIG = CommConfig.of(0, 2, Path.of("/tmp/vmm/rootinfo"));

    @AfterEach
    void clearProperty() {
        System.clearProperty(WindowChoice.PROPERTY);
    }

    @Test
    void shouldBeAutoWhenNothingIsSet() {
        assertThat(WindowChoice.of(CONFIG)).as("the default").isEqualTo(WindowChoice.AUTO);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"auto, AUTO", "fabric, FABRIC", "vmm, VMM", "mc2, MC2", "VMM, VMM", "' vmm ', VMM"})
    void shouldReadThePropertyValue(final String value, final WindowChoice expected) {
        System.setProperty(WindowChoice.PROPERTY, value);
        assertThat(WindowChoice.of(CONFIG)).as("-D%s=%s", WindowChoice.PROPERTY, value).isEqualTo(expected);
    }

    @Test
    void shouldLetTheConfigOptionWinOverTheProperty() {
        System.setProperty(WindowChoice.PROPERTY, "mc2");
        assertThat(WindowChoice.of(CONFIG.withOption(WindowChoice.OPTION, "vmm")))
            .as("the option set in code wins over the JVM-wide property").isEqualTo(WindowChoice.VMM);
    }

    @Test
    void shouldKeepTheOptionThroughTheOtherWithers() {
        final CommConfig config = CONFIG.withOption(WindowChoice.OPTION, "fabric").withDevice(3)
            .withTimeout(java.time.Duration.ofSeconds(5));
        assertThat(WindowChoice.of(config)).as("withDevice/withTimeout keep the options").isEqualTo(WindowChoice.FABRIC);
    }

    @Test
    void shouldRefuseABadPropertyAtInitNamingTheValueAndTheAllowedOnes() {
        System.setProperty(WindowChoice.PROPERTY, "ipc");
        assertThatThrownBy(() -> WindowChoice.of(CONFIG)).as("a removed provider's name")
            .isInstanceOfSatisfying(CommException.class, e -> {
                assertThat(e.stage()).as("stage").isEqualTo(Stage.INIT);
                assertThat(e.getMessage()).as("message").contains("system property comm4j.hccl.windows='ipc'")
                    .contains("auto|fabric|vmm|mc2");
            });
    }

    @Test
    void shouldRefuseABadOptionNamingTheOption() {
        assertThatThrownBy(() -> WindowChoice.of(CONFIG.withOption(WindowChoice.OPTION, "")))
            .as("an empty option").isInstanceOfSatisfying(CommException.class,
                e -> assertThat(e.getMessage()).as("message").contains("CommConfig option hccl.windows=''"));
    }
}
