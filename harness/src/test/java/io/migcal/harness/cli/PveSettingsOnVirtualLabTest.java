package io.migcal.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.harness.lab.VirtualLab;
import io.migcal.harness.lab.VirtualLabSettings;
import io.migcal.harness.lab.pve.EmulatedRelease;
import io.migcal.harness.sweep.MeasurementsOnDisk;
import io.migcal.harness.sweep.connect.ProxmoxLabConnector;
import io.migcal.harness.sweep.connect.VirtualLabYaml;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Proxmox VE migration settings as sweep axes against the virtual lab, through the real API and qm
 * clients: each level reaches Proxmox (migrate parameters, VM options), shows in the task log's
 * in-force values, changes the ground truth's migration, is recorded per row; and a version or a
 * login that cannot take a setting is refused before anything is measured.
 */
class PveSettingsOnVirtualLabTest {
    private static final double COMPRESSION = 400;
    private static final String GRID = "  rtt_ms: [0]\n  fill_bytes: [209715200]\n  repetitions: 1\n  settle_s: 1\n"
            + "  sample_timeout_s: 300\n  order: grid\n  migration_settings:\n";

    @TempDir
    Path dir;
    VirtualLab lab;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @AfterEach
    void stopLab() {
        if (lab != null) {
            lab.close();
        }
    }

    private void start(EmulatedRelease release) throws Exception {
        lab = VirtualLab.start(VirtualLabSettings.defaults(dir.resolve("vlab")).withTimeCompression(COMPRESSION)
                .withPveVersion(release));
    }

    private int sweep(String settings, boolean qm) throws Exception {
        Path config = VirtualLabYaml.write(lab.descriptor(), dir, GRID + settings);
        if (qm) {
            String yaml = Files.readString(config);
            Files.writeString(config, "proxmox:\n  driver: qm-ssh\n" + yaml.substring(yaml.indexOf("ssh:\n")));
        }
        CommandLine cli = new CommandLine(new SweepCommand(new ProxmoxLabConnector(lab.clock(), COMPRESSION),
                lab.clock()));
        cli.setExecutionExceptionHandler(new OneLineErrors());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute("--config", config.toString());
    }

    private List<Map<String, String>> rows() throws Exception {
        try (Stream<Path> runs = Files.list(dir.resolve("results"))) {
            return MeasurementsOnDisk.read(runs.findFirst().orElseThrow().resolve("measurements.csv")).rows();
        }
    }

    private static String detail(Map<String, String> row, String key) {
        for (String pair : row.get("migration_details").split(";")) {
            if (pair.startsWith(key + "=")) {
                return pair.substring(key.length() + 1);
            }
        }
        return null;
    }

    @Test
    void bwlimitAndMigrateDowntimeReachProxmoxAndShapeTheMigration() throws Exception {
        start(EmulatedRelease.parse("8.2"));
        lab.state().setVmOptions(Map.of("migrate_downtime", "0.3"));

        int code = sweep("    bwlimit_kib_per_s: [20480, 1048576]\n    migrate_downtime_s: [0.05, 0.5]\n", false);

        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("x 4 settings combinations x 1 repetitions)");
        List<Map<String, String>> rows = rows();
        assertThat(rows).hasSize(4).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("ok"));
        for (Map<String, String> row : rows) {
            long bwlimit = Long.parseLong(row.get("setting_bwlimit_kib_per_s"));
            double downtimeS = Double.parseDouble(row.get("setting_migrate_downtime_s"));
            assertThat(row.get("sample_id")).contains("bwlimit_kib_per_s=" + bwlimit);
            assertThat(Double.parseDouble(detail(row, "speedLimitBytesPerS"))).as("the task log's speed limit")
                    .isCloseTo(bwlimit * 1024.0, org.assertj.core.data.Percentage.withPercentage(1));
            assertThat(Double.parseDouble(detail(row, "downtimeLimitMs"))).isEqualTo(downtimeS * 1000);
        }
        double slow = rows.stream().filter(r -> r.get("setting_bwlimit_kib_per_s").equals("20480"))
                .mapToDouble(r -> Double.parseDouble(r.get("transfer_time_s"))).min().orElseThrow();
        double fast = rows.stream().filter(r -> r.get("setting_bwlimit_kib_per_s").equals("1048576"))
                .mapToDouble(r -> Double.parseDouble(r.get("transfer_time_s"))).max().orElseThrow();
        assertThat(slow).as("200 MiB at a 20 MiB/s limit take longer than at the 1 Gbit/s link").isGreaterThan(2 * fast);
        assertThat(lab.state().vmOptions()).as("the VM's own option is back after the sweep")
                .isEqualTo(Map.of("migrate_downtime", "0.3"));
        assertThat(out.toString()).contains("VM options as before");
    }

    @Test
    void qmTakesTheMigrationTypeAndTheVmsMigrateSpeed() throws Exception {
        start(EmulatedRelease.parse("8.2"));

        int code = sweep("    migration_type: [secure, insecure]\n    migrate_speed_mib_per_s: [50]\n", true);

        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
        List<Map<String, String>> rows = rows();
        assertThat(rows).hasSize(2).extracting(r -> r.get("method")).containsOnly("qm-ssh");
        assertThat(rows).extracting(r -> detail(r, "migrationType")).containsExactly("secure", "insecure");
        assertThat(rows).extracting(r -> detail(r, "speedLimitBytesPerS")).allSatisfy(limit ->
                assertThat(Double.parseDouble(limit)).isEqualTo(50.0 * 1024 * 1024));
        assertThat(lab.state().vmOptions()).as("qm set --delete: the VM had no migrate_speed before").isEmpty();
    }

    @Test
    void aTokenCannotSetTheMigrationTypeAndTheSweepSaysSoBeforeMeasuring() throws Exception {
        start(EmulatedRelease.parse("8.2"));

        int code = sweep("    migration_type: [insecure]\n", false);

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).contains("root@pam with a password only").contains("qm-ssh")
                .doesNotContain("\n").doesNotContain("Exception");
        assertThat(lab.state().allTasks()).isEmpty();
    }

    @Test
    void bwlimitOnProxmox51IsRefusedBeforeMeasuringAndTheLabRefusesItToo() throws Exception {
        start(EmulatedRelease.parse("5.1"));

        int code = sweep("    bwlimit_kib_per_s: [102400]\n", true);

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).contains("Proxmox VE 5.1").contains("has no bwlimit (added in 5.4)")
                .contains("migrate_speed_mib_per_s").doesNotContain("\n");
        assertThat(lab.state().allTasks()).isEmpty();
    }
}
