package io.migcal.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.migcal.harness.lab.VirtualLab;
import io.migcal.harness.lab.VirtualLabSettings;
import io.migcal.harness.lab.truth.GroundTruthParameters;
import io.migcal.harness.lab.truth.GuestSlowdownLaw;
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
 * The dirty-rate axis and the guest's slowdown through the real CLI, SSH and HTTPS clients against the
 * virtual lab: the guest's writer is started at each rate, a rate the link cannot keep up with makes
 * pre-copy run until the sample's timeout (a recorded row), the progress meter's record gives the
 * ground truth's slowdown, and {@code migcal fit} puts the precopy family's non-convergence rate (the
 * 1 Gbit/s link's 112 MiB/s) inside the bracket the rows give.
 */
class DirtyRateSweepOnVirtualLabTest {
    /** Low, so the harness's own milliseconds (multiplied by it) barely move the copy's window on the guest's clock. */
    private static final double COMPRESSION = 5;
    private static final long MIB = 1024L * 1024;
    private static final String SWEEP = "  rtt_ms: [0, 4]\n  fill_bytes: [536870912]\n  repetitions: 1\n  order: grid\n"
            + "  settle_s: 1\n  sample_timeout_s: 60\n"
            + "  dirty_rate_bytes_per_s: [0, 33554432, 67108864, 167772160]\n";
    private static final String GUEST_LOAD = "  dirty_working_set_bytes: 268435456\n  progress_meter: true\n";

    @TempDir
    Path dir;
    VirtualLab lab;
    final StringWriter out = new StringWriter();
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
    void everyRateIsSetInTheGuestAndTheOneAboveTheLinkRateDoesNotConverge() throws Exception {
        Path config = VirtualLabYaml.write(lab.descriptor(), dir, SWEEP, GUEST_LOAD);
        CommandLine cli = new CommandLine(new SweepCommand(new ProxmoxLabConnector(lab.clock(), COMPRESSION), lab.clock()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int code = cli.execute("--config", config.toString());

        assertThat(code).as(out + "\n" + err).isEqualTo(ExitCode.GRID_INCOMPLETE);
        assertThat(out.toString()).contains("plan: 8 samples (2 RTTs x 1 fills x 4 dirty rates x 1 repetitions)");
        List<Map<String, String>> rows = rows();
        assertThat(rows).extracting(r -> Double.parseDouble(r.get("dirty_rate_bytes_per_s")))
                .containsExactly(0.0, 32.0 * MIB, 64.0 * MIB, 160.0 * MIB, 0.0, 32.0 * MIB, 64.0 * MIB, 160.0 * MIB);
        assertThat(rows).extracting(r -> r.get("status"))
                .containsExactly("ok", "ok", "ok", "timeout", "ok", "ok", "ok", "timeout");
        assertThat(Long.parseLong(rows.get(1).get("guest_used_bytes")))
                .as("the writer's working set is held before the migration").isGreaterThan(512 * MIB + 256 * MIB);
        double[] times = rows.subList(0, 3).stream().mapToDouble(r -> Double.parseDouble(r.get("task_duration_s"))).toArray();
        assertThat(times[1]).as("pre-copy re-sends what the guest dirties").isGreaterThan(times[0]);
        assertThat(times[2]).isGreaterThan(times[1]);
        assertThat(rows.get(3).get("error")).contains("timeout");
        assertThat(Double.parseDouble(rows.get(3).get("dirty_rate_measured_bytes_per_s")) / MIB)
                .as("the task log names the rate the guest out-dirties the link with (set + the idle 2 MiB/s)")
                .isBetween(161.9, 162.1);
        assertThat(rows.get(2).get("dirty_rate_measured_bytes_per_s")).as("below the link rate the log names none").isEmpty();

        GroundTruthParameters truth = lab.state().groundTruth().parameters();
        double linkBytesPerS = truth.linkGoodputBytesPerS();
        // the copy's window on the guest's clock leans on the harness's own latency, which the lab's clock
        // multiplies: on a loaded machine a window can slip off the copy (it then reads 1.0), so most rows,
        // not every row, must match the law; none may read more than it
        int matching = 0;
        for (Map<String, String> row : List.of(rows.get(0), rows.get(1), rows.get(2), rows.get(4), rows.get(5), rows.get(6))) {
            double dirty = Double.parseDouble(row.get("dirty_rate_bytes_per_s")) + truth.idleDirtyRateBytesPerS();
            double expected = GuestSlowdownLaw.BASE_FACTOR + GuestSlowdownLaw.DIRTY_FACTOR * dirty / linkBytesPerS;
            double measured = Double.parseDouble(row.get("guest_progress_slowdown_ratio"));
            assertThat(measured).as("slowdown at %s B/s", row.get("dirty_rate_bytes_per_s"))
                    .isBetween(1.0, expected * 1.02);
            matching += Math.abs(measured / expected - 1) <= 0.02 ? 1 : 0;
            assertThat(Integer.parseInt(row.get("guest_work_units_during_migration"))).isGreaterThan(10);
        }
        assertThat(matching).as("converged rows whose slowdown is within 2 %% of the law").isGreaterThanOrEqualTo(4);
        assertThat(lab.state().stopGuestActivity()).as("the writer and the meter were stopped").isZero();
        assertThat(lab.state().stopStress()).as("the fill was stopped").isZero();

        StringWriter fitOut = new StringWriter();
        CommandLine fit = new CommandLine(new FitCommand());
        fit.setOut(new PrintWriter(fitOut, true));
        fit.setErr(new PrintWriter(err, true));
        assertThat(fit.execute("--data", measurements().toString(), "--out", dir.resolve("fit").toString()))
                .as(err.toString()).isZero();
        assertThat(fitOut.toString()).as("the timeout rows inform the rate the fit (on completed rows) cannot see")
                .containsPattern("RTT   0.00 ms: 1\\d\\d\\.\\d MiB/s \\(model, within the rows' bracket\\); model 1\\d\\d\\.\\d MiB/s; "
                        + "converged up to 64.0 MiB/s; did not converge from 160.0 MiB/s \\(1 rows\\)")
                .contains("RTT   4.00 ms:");
        assertThat(dir.resolve("fit").resolve("precopy-convergence.json")).exists();
    }

    private Path measurements() throws Exception {
        try (Stream<Path> runs = Files.list(dir.resolve("results"))) {
            return runs.findFirst().orElseThrow().resolve("measurements.csv");
        }
    }

    private List<Map<String, String>> rows() throws Exception {
        try (Stream<Path> runs = Files.list(dir.resolve("results"))) {
            return MeasurementsOnDisk.read(runs.findFirst().orElseThrow().resolve("measurements.csv")).rows();
        }
    }
}
