package io.migcal.harness.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migcal.model.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sweep.migration_settings}: read strictly from YAML, made canonical, refused where the lab lacks it. */
class MigrationSettingsConfigTest {

    private static final Path CI = Path.of("..").resolve("ansible/local-lab-ci.yaml");

    @TempDir
    Path dir;

    @Test
    void qmpSettingsAreReadAsCanonicalLevelsAndCrossedInDeclaredOrder() throws Exception {
        LabConfig lab = LabConfigLoader.load(withSettings(
                "    xbzrle: [false, true]\n    max_bandwidth_bytes_per_s: [134217728, 1073741824]\n"));

        SettingAxes axes = lab.sweep().settingAxes();

        assertThat(axes.levels().get(MigrationSetting.XBZRLE)).containsExactly("off", "on");
        List<SettingValues> combinations = axes.combinations();
        assertThat(combinations).hasSize(4);
        assertThat(combinations.get(0).label()).isEqualTo("max_bandwidth_bytes_per_s=134217728-xbzrle=off");
        assertThat(combinations.get(3).columns()).containsEntry("setting_max_bandwidth_bytes_per_s", "1073741824")
                .containsEntry("setting_xbzrle", "on");
    }

    @Test
    void aProxmoxSettingOnAQmpLabIsOneLineNamingTheSettingsThereAre() throws Exception {
        Path config = withSettings("    bwlimit_kib_per_s: [102400]\n");

        assertThatThrownBy(() -> LabConfigLoader.load(config)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("bwlimit_kib_per_s is a Proxmox VE setting")
                .hasMessageContaining("multifd_channels").hasMessageNotContaining("\n");
    }

    @Test
    void unknownSettingsAndBadValuesNameTheKey() {
        assertThatThrownBy(() -> LabConfigLoader.load(withSettings("    compression: [on]\n")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("unknown setting 'compression'");
        assertThatThrownBy(() -> LabConfigLoader.load(withSettings("    multifd_channels: [-1]\n")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("multifd_channels: '-1' is not a whole number >= 0");
        assertThatThrownBy(() -> LabConfigLoader.load(withSettings("    postcopy: [on, true]\n")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("lists a value twice");
    }

    @Test
    void aTunableFixedInQmpAndVariedAsAnAxisIsRefused() throws Exception {
        String text = Files.readString(CI).replace("  # downtime_limit_ms: 300", "  downtime_limit_ms: 300");
        Path config = dir.resolve("both.yaml");
        Files.writeString(config, text.replace("  max_consecutive_failures: 3\n",
                "  max_consecutive_failures: 3\n  migration_settings:\n    downtime_limit_ms: [100, 300]\n"));

        assertThatThrownBy(() -> LabConfigLoader.load(config)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("both in 'qmp' and as an axis");
    }

    @Test
    void proxmoxDecimalsAndNetworksAreCanonical() {
        assertThat(MigrationSetting.MIGRATE_DOWNTIME_S.canonical(0.10)).isEqualTo("0.1");
        assertThat(MigrationSetting.MIGRATION_NETWORK.canonical("10.77.0.0/24")).isEqualTo("10.77.0.0/24");
        assertThatThrownBy(() -> MigrationSetting.MIGRATION_TYPE.canonical("fast"))
                .hasMessageContaining("secure or insecure");
    }

    private Path withSettings(String settings) throws Exception {
        Path config = dir.resolve("lab.yaml");
        Files.writeString(config, Files.readString(CI).replace("  max_consecutive_failures: 3\n",
                "  max_consecutive_failures: 3\n  migration_settings:\n" + settings));
        return config;
    }
}
