package io.migcal.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.harness.lab.VirtualLab;
import io.migcal.harness.lab.VirtualLabSettings;
import io.migcal.harness.lab.pve.LabTask;
import io.migcal.harness.lab.truth.GroundTruthTimeline;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The downtime prober against the virtual lab's guest, whose UDP echo is silent while the ground truth
 * has it paused: {@code downtime_observed_ms} beside the hypervisor's own {@code downtime_ms} in every
 * row, through the real config, sweep and UDP code. A slow clock (10x) keeps the prober's resolution
 * (at least 1 ms wall, so 10 lab ms) well under the pause; a scheduling hiccup of the loaded test machine
 * is stretched tenfold, hence the upper margin.
 */
class DowntimeProbeOnVirtualLabTest {
    private static final double COMPRESSION = 10;

    @TempDir
    Path dir;
    VirtualLab lab;
    final StringWriter err = new StringWriter();

    @BeforeEach
    void startLab() throws Exception {
        lab = VirtualLab.start(VirtualLabSettings.defaults(dir.resolve("vlab")).withTimeCompression(COMPRESSION));
    }

    @AfterEach
    void stopLab() {
        lab.close();
    }

    @Test
    void theObservedGapCoversQemusDowntimeAndStaysWithinTheGroundTruthsPause() throws Exception {
        Path config = VirtualLabYaml.write(lab.descriptor(), dir, "  rtt_ms: [0, 6]\n  fill_bytes: [214748364]\n"
                + "  repetitions: 1\n  settle_s: 0.5\n  sample_timeout_s: 300\n  order: grid\n");
        Files.writeString(config, Files.readString(config) + "downtime_probe:\n  kind: udp-echo\n  target: 127.0.0.1:"
                + lab.descriptor().guestUdpEchoPort() + "\n  interval_ms: 10\n  tail_ms: 300\n");
        CommandLine cli = new CommandLine(new SweepCommand(new ProxmoxLabConnector(lab.clock(), COMPRESSION), lab.clock()));
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));

        assertThat(cli.execute("--config", config.toString())).as(err.toString()).isEqualTo(ExitCode.OK);

        List<Map<String, String>> rows;
        try (Stream<Path> runs = Files.list(dir.resolve("results"))) {
            rows = MeasurementsOnDisk.read(runs.findFirst().orElseThrow().resolve("measurements.csv")).rows();
        }
        List<GroundTruthTimeline> truths = new java.util.ArrayList<>(lab.state().allTasks().stream()
                .map(LabTask::timeline).filter(java.util.Objects::nonNull).toList());
        java.util.Collections.reverse(truths);
        assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row.get("status")).isEqualTo("ok"));
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            GroundTruthTimeline truth = truths.get(i);
            double pauseMs = truth.downtimeMs() + truth.phase3S() * 1000;
            double observed = Double.parseDouble(row.get("downtime_observed_ms"));
            assertThat(observed).as("observed from outside vs QEMU's own downtime, " + row.get("sample_id"))
                    .isGreaterThan(Double.parseDouble(row.get("downtime_ms")));
            assertThat(observed).as("within the true pause (%.0f ms) plus the prober's resolution, %s", pauseMs,
                    rows).isBetween(0.7 * pauseMs, pauseMs + 1000);
            assertThat(Integer.parseInt(row.get("downtime_probe_replies"))).isGreaterThan(20);
            assertThat(row.get("migration_details")).doesNotContain("downtime_observed_ms");
        }
        Path run;
        try (Stream<Path> runs = Files.list(dir.resolve("results"))) {
            run = runs.findFirst().orElseThrow();
        }
        CommandLine report = new CommandLine(new ReportCommand());
        report.setOut(new PrintWriter(new StringWriter(), true));
        assertThat(report.execute("--simulation-runs", "2", run.toString())).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(run.resolve("report.md"))).contains("## Downtime seen from outside")
                .contains("Over 2 rows the longest gap").contains("| " + rows.get(0).get("downtime_observed_ms") + " |");
    }
}
