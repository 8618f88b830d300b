package io.migcal.harness.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migcal.model.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabConfigLoaderTest {

    static final Path EXAMPLE = Path.of("lab.example.yaml");

    @Test
    void theCommentedExampleLoadsWithEverySection() {
        LabConfig config = LabConfigLoader.load(EXAMPLE);

        assertThat(config.proxmox().endpoints()).containsExactly("https://192.0.2.11:8006", "https://192.0.2.12:8006");
        assertThat(config.proxmox().auth().token().secret().reference()).isEqualTo("file:~/.config/migcal/pve-token");
        assertThat(config.migration().nodeB().name()).isEqualTo("pve2");
        assertThat(config.ssh().target("vm100", "guest_load.ssh").user()).isEqualTo("migcal");
        assertThat(config.ssh().target("pve1", "migration.node_a.ssh").port()).isEqualTo(22);
        assertThat(config.delay().split()).isEqualTo(DelayConfig.Split.HALF_EACH_WAY);
        assertThat(config.sweep().rttMs()).containsExactly(0.0, 2.0, 4.0, 6.0, 8.0, 10.0);
        assertThat(config.sweep().fillBytes()).containsExactly(644245094L, 1073741824L);
        assertThat(config.sweep().seed()).isNull();
        assertThat(config.sweep().order()).isEqualTo(SweepConfig.Order.RANDOM);
    }

    @Test
    void aMissingFileIsOneLineNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> LabConfigLoader.load(missing))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("does not exist");
    }

    @Test
    void textThatIsNotYamlIsRejectedWithItsLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("lab.yaml"), "sweep: [1, 2\nssh: {\n");
        assertThatThrownBy(() -> LabConfigLoader.load(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("is not valid YAML").hasMessageContaining("line ");
    }

    @Test
    void anUnknownKeyIsNamedWithItsFullPath() throws Exception {
        String text = example().replace("  settle_s: 10", "  settle_seconds: 10");
        assertThatThrownBy(() -> LabConfigLoader.parse(text, "lab.yaml"))
                .hasMessageStartingWith("lab.yaml: unknown key 'sweep.settle_seconds'")
                .hasMessageContaining("settle_s");
    }

    @Test
    void aValueOfTheWrongShapeNamesTheKeyAndWhatWasExpected() throws Exception {
        String text = example().replace("  repetitions: 5", "  repetitions: [5]");
        assertThatThrownBy(() -> LabConfigLoader.parse(text, "lab.yaml"))
                .hasMessageContaining("'sweep.repetitions'").hasMessageContaining("expected a number");
    }

    @Test
    void aListGivenAsAScalarIsTheWrongShape() throws Exception {
        String text = example().replace("  rtt_ms: [0, 2, 4, 6, 8, 10]", "  rtt_ms: 6");
        assertThatThrownBy(() -> LabConfigLoader.parse(text, "lab.yaml"))
                .hasMessageContaining("'sweep.rtt_ms'").hasMessageContaining("a list");
    }

    @Test
    void anInlineSecretIsRefusedWithoutEchoingIt() throws Exception {
        String text = example().replace("secret: file:~/.config/migcal/pve-token", "secret: s3cr3t-t0ken-value");
        assertThatThrownBy(() -> LabConfigLoader.parse(text, "lab.yaml"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("proxmox.auth.token.secret").hasMessageContaining("by reference")
                .hasMessageNotContaining("s3cr3t-t0ken-value");
    }

    @Test
    void aMissingRequiredSectionIsNamed() throws Exception {
        String text = example().replaceAll("(?ms)^migration:.*?(?=^delay:)", "");
        assertThatThrownBy(() -> LabConfigLoader.parse(text, "lab.yaml")).hasMessageContaining("missing key 'migration'");
    }

    @Test
    void aBadChoiceListsTheAllowedOnes() throws Exception {
        String text = example().replace("split: half-each-way", "split: both");
        assertThatThrownBy(() -> LabConfigLoader.parse(text, "lab.yaml"))
                .hasMessageContaining("'delay.split'").hasMessageContaining("half-each-way, one-side");
    }

    @Test
    void aTopLevelListIsTheWrongShape() {
        assertThatThrownBy(() -> LabConfigLoader.parse("- a\n- b\n", "lab.yaml"))
                .hasMessageContaining("top level must be a mapping");
    }

    @Test
    void anSshReferenceToAnUnknownTargetNamesTheReferringKey() throws Exception {
        LabConfig config = LabConfigLoader.parse(example().replace("ssh: delay1", "ssh: delay9"), "lab.yaml");
        assertThatThrownBy(() -> config.ssh().target(config.delay().ssh(), "delay.ssh"))
                .hasMessageContaining("'delay.ssh' names SSH target 'delay9'");
    }

    static String example() throws Exception {
        return Files.readString(EXAMPLE);
    }

    @Test
    void caFileAndFingerprintTogetherAreBadInputInOneLine() throws Exception {
        String text = example().replace("    # fingerprint_sha256: \"AA:BB:...:FF\"",
                "    fingerprint_sha256: \"" + "AB:".repeat(31) + "AB\"");
        assertThatThrownBy(() -> LabConfigLoader.parse(text, "lab.yaml"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("proxmox.tls: give exactly one of").hasMessageContaining("(got 2)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void theTlsSectionWrittenBackReadsAsTheSameTrust() throws Exception {
        String text = example().replace("    ca_file: ~/.config/migcal/pve-root-ca.pem",
                "    fingerprint_sha256: \"" + "ab".repeat(32) + "\"");
        LabConfig config = LabConfigLoader.parse(text, "lab.yaml");
        LabConfig again = LabConfigLoader.parse(LabConfigWriter.toYaml(config, "again"), "written");

        assertThat(config.proxmox().tls()).isEqualTo(new TlsTrust.PinnedSha256("AB:".repeat(31) + "AB"));
        assertThat(again.proxmox().tls()).isEqualTo(config.proxmox().tls());
    }

    @Test
    void aFixedQueueLimitNeedsNoLinkRate() throws Exception {
        String text = example().replace("  link_rate_mbit: 1000 ", "  queue_limit_packets: 1000 ");
        LabConfig config = LabConfigLoader.parse(text, "lab.yaml");
        assertThat(config.delay().queueLimitPackets()).isEqualTo(1000);
        assertThat(config.delay().linkRateMbit()).isNull();
    }

    @Test
    void neitherLinkRateNorQueueLimitNamesBoth() throws Exception {
        String text = example().replace("  link_rate_mbit: 1000 ", "  # gone ");
        assertThatThrownBy(() -> LabConfigLoader.parse(text, "lab.yaml"))
                .hasMessageContaining("give 'link_rate_mbit'").hasMessageContaining("'queue_limit_packets'");
    }
}
