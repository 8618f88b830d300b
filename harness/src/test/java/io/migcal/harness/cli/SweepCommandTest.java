package io.migcal.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.migcal.harness.config.LabConfig;
import io.migcal.harness.sweep.LabConnector;
import io.migcal.harness.sweep.LabDoubles;
import io.migcal.harness.sweep.LabSession;
import io.migcal.harness.sweep.MeasurementsOnDisk;
import io.migcal.harness.sweep.ScriptedHypervisor.Answer;
import io.migcal.harness.sweep.check.PreflightCheck;
import io.migcal.harness.sweep.check.SessionChecks;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SweepCommandTest {
    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    static LabConnector connectorTo(LabDoubles lab) {
        return new LabConnector() {
            @Override
            public LabSession connect(LabConfig config) {
                return lab.session();
            }

            @Override
            public List<PreflightCheck> preflight(LabConfig config, LabSession session) {
                return SessionChecks.of(session, config.migration());
            }
        };
    }

    int sweep(LabDoubles lab, String... args) {
        CommandLine cli = new CommandLine(new SweepCommand(connectorTo(lab), lab.clock));
        cli.setExecutionExceptionHandler(new OneLineErrors());
        cli.setParameterExceptionHandler(new OneLineErrors());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** The example config with a small sweep and results under the test's folder. */
    static Path labYaml(Path dir) throws Exception {
        String text = Files.readString(Path.of("lab.example.yaml"))
                .replace("  rtt_ms: [0, 2, 4, 6, 8, 10]", "  rtt_ms: [0, 4]")
                .replace("  fill_bytes: [644245094, 1073741824]", "  fill_bytes: [1000]")
                .replace("  repetitions: 5", "  repetitions: 2")
                .replace("  results_dir: results", "  results_dir: " + dir.resolve("results"));
        return Files.writeString(dir.resolve("lab.yaml"), text);
    }

    Path onlyRun() throws Exception {
        try (Stream<Path> runs = Files.list(dir.resolve("results"))) {
            List<Path> all = runs.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    @Test
    void aSweepWritesEveryRowAndAManifestWithTheSeedAndSecretReferencesOnly() throws Exception {
        LabDoubles lab = new LabDoubles();

        int code = sweep(lab, "--config", labYaml(dir).toString());

        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("plan: 4 samples (2 RTTs x 1 fills x 2 repetitions), order random")
                .contains("sweep done: 4 rows written (4 ok)").contains("delay cleared").contains("load stopped");
        assertThat(err.toString()).contains("4/4");
        Path run = onlyRun();
        assertThat(MeasurementsOnDisk.read(run.resolve("measurements.csv")).finishedSampleIds()).containsExactlyInAnyOrder(
                "rtt0ms-fill1000B-rep1", "rtt0ms-fill1000B-rep2", "rtt4ms-fill1000B-rep1", "rtt4ms-fill1000B-rep2");
        JsonNode manifest = new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
        assertThat(manifest.path("seed").asLong()).isEqualTo(manifest.path("config").path("sweep").path("seed").asLong());
        assertThat(manifest.path("config").path("proxmox").path("auth").path("token").path("secret").asText())
                .isEqualTo("file:~/.config/migcal/pve-token");
        assertThat(manifest.path("lab_versions").path("hypervisor").asText()).isEqualTo("scripted 1.0");
        assertThat(manifest.path("jdk").asText()).contains(System.getProperty("java.runtime.version"));
        assertThat(manifest.path("ending").asText()).isEqualTo("completed");
        assertThat(manifest.path("ended_at").asText()).isNotEmpty();
        assertThat(manifest.has("time_compression")).isFalse();
        assertThat(lab.restored()).isTrue();
    }

    @Test
    void aDryRunPrintsThePlanAndTouchesNothing() throws Exception {
        LabDoubles lab = new LabDoubles();

        assertThat(sweep(lab, "--config", labYaml(dir).toString(), "--dry-run")).isEqualTo(ExitCode.OK);

        // 4 samples x (10 s settle + 10 s overhead)
        assertThat(out.toString()).contains("plan: 4 samples").contains("0 already done, 4 to run, estimated 0:01:20");
        assertThat(lab.hypervisor.requests).isEmpty();
        try (Stream<Path> runs = Files.list(dir.resolve("results"))) {
            assertThat(runs).isEmpty();
        }
    }

    @Test
    void aLostConnectionStopsTheSweepAndResumeFinishesItWithoutRepeats() throws Exception {
        LabDoubles first = new LabDoubles();
        first.hypervisor.then(Answer.OK, Answer.LOST_CONNECTION);

        int code = sweep(first, "--config", labYaml(dir).toString());

        assertThat(code).isEqualTo(ExitCode.FAILURE);
        Path run = onlyRun();
        assertThat(err.toString()).contains("migcal: sweep stopped (lab fault)").contains("connection reset by peer")
                .contains("2 rows written (1 ok)").contains("continue with: migcal sweep --resume " + run);
        assertThat(first.restored()).isTrue();

        LabDoubles second = new LabDoubles();
        assertThat(sweep(second, "--resume", run.toString())).as(err.toString()).isEqualTo(ExitCode.OK);

        List<Map<String, String>> rows = MeasurementsOnDisk.read(run.resolve("measurements.csv")).rows();
        assertThat(rows).extracting(r -> r.get("status")).containsExactly("ok", "interrupted", "ok", "ok", "ok");
        List<String> finished = rows.stream().filter(r -> !r.get("status").equals("interrupted"))
                .map(r -> r.get("sample_id")).toList();
        assertThat(finished).doesNotHaveDuplicates().hasSize(4);
        assertThat(second.hypervisor.requests).hasSize(3);
        assertThat(out.toString()).contains("1 already done, 3 to run");
        JsonNode manifest = new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
        assertThat(manifest.path("resumed_at")).hasSize(1);
        assertThat(second.restored()).isTrue();
    }

    @Test
    void aMissingConfigIsOneLineAndExit2() {
        assertThat(sweep(new LabDoubles(), "--config", dir.resolve("nope.yaml").toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).startsWith("migcal: lab config ").contains("does not exist").hasLineCount(1);
    }

    @Test
    void aConfigThatIsNotYamlIsOneLineAndExit2() throws Exception {
        Path bad = Files.writeString(dir.resolve("lab.yaml"), "proxmox: [unclosed\n  : :\n");
        assertThat(sweep(new LabDoubles(), "--config", bad.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("is not valid YAML").doesNotContain("\tat ").hasLineCount(1);
    }

    @Test
    void aConfigOfTheWrongShapeIsOneLineAndExit2() throws Exception {
        Path bad = Files.writeString(dir.resolve("lab.yaml"), "sweep: 5\n");
        assertThat(sweep(new LabDoubles(), "--config", bad.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("lab.yaml").doesNotContain("\tat ").hasLineCount(1);
    }

    @Test
    void resumingAFolderThatIsNoRunIsOneLineAndExit2() {
        assertThat(sweep(new LabDoubles(), "--resume", dir.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("is not a migcal run folder").hasLineCount(1);
    }

    @Test
    void configAndResumeTogetherAreRefused() throws Exception {
        assertThat(sweep(new LabDoubles(), "--config", labYaml(dir).toString(), "--resume", dir.toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("mutually exclusive");
    }
}
