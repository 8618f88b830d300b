package io.migcal.harness.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migcal.model.BadInputException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ReconnectConfigTest {

    private static String example() throws Exception {
        return Files.readString(LabConfigLoaderTest.EXAMPLE);
    }

    @Test
    void theExampleSpellsOutTheDefaults() {
        ReconnectConfig reconnect = LabConfigLoader.load(LabConfigLoaderTest.EXAMPLE).reconnect();
        assertThat(reconnect).isEqualTo(ReconnectConfig.DEFAULT);
        assertThat(reconnect.firstDelayS()).isEqualTo(1.0);
        assertThat(reconnect.maxDelayS()).isEqualTo(15.0);
        assertThat(reconnect.totalS()).isEqualTo(120.0);
        assertThat(reconnect.sampleRepeats()).isEqualTo(3);
        assertThat(reconnect.apiTimeoutS()).isEqualTo(60.0);
    }

    @Test
    void aConfigWithoutTheSectionGetsTheDefaults() throws Exception {
        String text = example().replaceAll("(?ms)^reconnect:.*?(?=^output:)", "");
        assertThat(text).doesNotContain("reconnect:");
        assertThat(LabConfigLoader.parse(text, "lab.yaml").reconnect()).isEqualTo(ReconnectConfig.DEFAULT);
    }

    @Test
    void aPartialSectionKeepsTheOtherDefaults() throws Exception {
        ReconnectConfig reconnect = LabConfigLoader.parse(example().replace("  total_s: 120", "  total_s: 0"), "lab.yaml")
                .reconnect();
        assertThat(reconnect.totalS()).isZero();
        assertThat(reconnect.maxDelayS()).isEqualTo(15.0);
    }

    @Test
    void aLongestWaitShorterThanTheFirstIsRefusedNamingBothKeys() throws Exception {
        String text = example().replace("  max_delay_s: 15", "  max_delay_s: 0.5");
        assertThatThrownBy(() -> LabConfigLoader.parse(text, "lab.yaml")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("reconnect.max_delay_s").hasMessageContaining("reconnect.first_delay_s");
    }

    @Test
    void aNegativeBudgetAndTooManyRepeatsAreRefused() throws Exception {
        assertThatThrownBy(() -> LabConfigLoader.parse(example().replace("  total_s: 120", "  total_s: -1"), "lab.yaml"))
                .hasMessageContaining("reconnect.total_s").hasMessageContaining("0 (never retry)");
        assertThatThrownBy(() -> LabConfigLoader.parse(example().replace("  sample_repeats: 3", "  sample_repeats: 1000"),
                "lab.yaml")).hasMessageContaining("reconnect.sample_repeats");
    }

    @Test
    void anUnknownKeyInTheSectionIsNamed() throws Exception {
        String text = example().replace("  total_s: 120", "  total_seconds: 120");
        assertThatThrownBy(() -> LabConfigLoader.parse(text, "lab.yaml")).hasMessageContaining("reconnect.total_seconds");
    }
}
