package io.migcal.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.migcal.harness.sweep.LabDoubles;
import io.migcal.harness.sweep.MeasurementsOnDisk;
import io.migcal.harness.sweep.ScriptedHypervisor.Answer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code migcal sweep --refine RUN_DIR} on a lab of doubles: levels added by hand to a finished run of
 * RTT 0 and 4 ms (1 fill, 2 repetitions), a refinement stopped by a lab fault and continued with
 * {@code --resume}, and every input it refuses, each with one line and its exit code.
 */
class SweepRefineCommandTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    Path run;
    byte[] firstRows;

    int sweep(LabDoubles lab, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = new CommandLine(new SweepCommand(SweepCommandTest.connectorTo(lab), lab.clock));
        cli.setExecutionExceptionHandler(new OneLineErrors());
        cli.setParameterExceptionHandler(new OneLineErrors());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @BeforeEach
    void aFinishedRun() throws Exception {
        assertThat(sweep(new LabDoubles(), "--config", SweepCommandTest.labYaml(dir).toString())).isZero();
        try (Stream<Path> runs = Files.list(dir.resolve("results"))) {
            run = runs.findFirst().orElseThrow();
        }
        firstRows = Files.readAllBytes(csv());
    }

    Path csv() {
        return run.resolve("measurements.csv");
    }

    JsonNode manifest() throws Exception {
        return new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
    }

    @Test
    void levelsGivenByHandAreMeasuredInTheSameRunAndRecordedInItsManifest() throws Exception {
        LabDoubles lab = new LabDoubles();

        assertThat(sweep(lab, "--refine", run.toString(), "--rtt-ms", "8,2")).as(err.toString()).isZero();

        assertThat(out.toString()).contains("plan: 8 samples (4 RTTs x 1 fills x 2 repetitions)")
                .contains("refining now: + RTT 2, 8 ms (4 samples) from --rtt-ms given by hand")
                .contains("4 already done, 4 to run").contains("sweep done: 4 rows written (4 ok)")
                .contains("next: fit it with 'migcal fit --data " + csv());
        assertThat(lab.hypervisor.requests).hasSize(4);
        byte[] now = Files.readAllBytes(csv());
        assertThat(Arrays.copyOf(now, firstRows.length)).as("the first rows, byte for byte").isEqualTo(firstRows);
        List<Map<String, String>> rows = MeasurementsOnDisk.read(csv()).rows();
        assertThat(rows.subList(4, 8)).extracting(r -> r.get("sample_id")).containsExactlyInAnyOrder(
                "rtt2ms-fill1000B-rep1", "rtt2ms-fill1000B-rep2", "rtt8ms-fill1000B-rep1", "rtt8ms-fill1000B-rep2");
        assertThat(rows.subList(4, 8)).extracting(r -> r.get("order_index")).containsExactlyInAnyOrder("4", "5", "6", "7");
        assertThat(rows.subList(4, 8)).extracting(r -> r.get("rtt_set_ms")).containsOnly("2", "8");
        JsonNode manifest = manifest();
        JsonNode refinement = manifest.path("refinements").get(0);
        assertThat(refinement.path("added_rtt_ms").toString()).isEqualTo("[2.0,8.0]");
        assertThat(refinement.path("samples_added").asInt()).isEqualTo(4);
        assertThat(refinement.path("source").asText()).isEqualTo("--rtt-ms given by hand");
        assertThat(refinement.has("recommendation")).isFalse();
        assertThat(refinement.path("added_at").asText()).isNotEmpty();
        assertThat(manifest.path("samples_planned").asInt()).isEqualTo(8);
        assertThat(manifest.path("config").path("sweep").path("rtt_ms").toString()).isEqualTo("[0.0,4.0]");
        assertThat(manifest.path("ending").asText()).isEqualTo("completed");
        assertThat(lab.restored()).isTrue();
    }

    @Test
    void theReportOfARefinedRunListsTheRefinementAfterTheConfigItBeganWith() throws Exception {
        assertThat(sweep(new LabDoubles(), "--refine", run.toString(), "--rtt-ms", "8,2.5")).isZero();
        CommandLine report = Migcal.commandLine();
        report.setOut(new PrintWriter(new StringWriter(), true));
        report.setErr(new PrintWriter(err, true));

        assertThat(report.execute("report", "--simulation-runs", "1", run.toString())).as(err.toString()).isZero();

        String markdown = Files.readString(run.resolve("report.md"));
        assertThat(markdown).contains("| config.sweep.rtt_ms | 0.0, 4.0 |").containsPattern(
                "\\| refinements\\.1 \\| \\S+: \\+ RTT 2\\.5, 8 ms \\(4 samples\\) from --rtt-ms given by hand \\|");
    }

    @Test
    void aDryRunRefinementPrintsThePlanAndTouchesNothing() throws Exception {
        byte[] manifestBefore = Files.readAllBytes(run.resolve("manifest.json"));
        assertThat(new String(manifestBefore, java.nio.charset.StandardCharsets.UTF_8))
                .as("a run never refined has no refinements key").doesNotContain("refinements");
        LabDoubles lab = new LabDoubles();

        assertThat(sweep(lab, "--refine", run.toString(), "--rtt-ms", "2", "--dry-run")).isZero();

        assertThat(out.toString()).contains("refining now: + RTT 2 ms (2 samples)").contains("4 already done, 2 to run");
        assertThat(lab.hypervisor.requests).isEmpty();
        assertThat(Files.readAllBytes(run.resolve("manifest.json"))).isEqualTo(manifestBefore);
        assertThat(Files.readAllBytes(csv())).isEqualTo(firstRows);
    }

    @Test
    void aRefinementStoppedByALabFaultIsContinuedByResumeNotByASecondRefinement() throws Exception {
        LabDoubles faulty = new LabDoubles();
        faulty.hypervisor.then(Answer.OK, Answer.LOST_CONNECTION);
        assertThat(sweep(faulty, "--refine", run.toString(), "--rtt-ms", "2,8")).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("continue with: migcal sweep --resume " + run);

        assertThat(sweep(new LabDoubles(), "--refine", run.toString(), "--rtt-ms", "8")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("RTT 8 ms was added by the refinement of ")
                .contains(", which is not finished; continue it with 'migcal sweep --resume " + run + "'").hasLineCount(1);

        LabDoubles second = new LabDoubles();
        assertThat(sweep(second, "--resume", run.toString())).as(err.toString()).isZero();

        assertThat(second.hypervisor.requests).hasSize(3);
        List<Map<String, String>> rows = MeasurementsOnDisk.read(csv()).rows();
        assertThat(rows.stream().filter(r -> !r.get("status").equals("interrupted")).map(r -> r.get("sample_id")))
                .doesNotHaveDuplicates().hasSize(8);
        assertThat(Arrays.copyOf(Files.readAllBytes(csv()), firstRows.length)).isEqualTo(firstRows);
        JsonNode manifest = manifest();
        assertThat(manifest.path("refinements")).hasSize(1);
        assertThat(manifest.path("resumed_at")).hasSize(1);
        assertThat(manifest.path("samples_planned").asInt()).isEqualTo(8);

        assertThat(sweep(new LabDoubles(), "--refine", run.toString(), "--rtt-ms", "2")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("RTT 2 ms was already added by the refinement of ").contains("and measured")
                .hasLineCount(1);
    }

    @Test
    void aMissingFolderIsOneLineAndExit2() {
        assertRefused(ExitCode.BAD_INPUT, "no such folder", "--refine", dir.resolve("nope").toString(), "--rtt-ms", "2");
    }

    @Test
    void aFolderThatIsNoRunIsOneLineAndExit2() {
        assertRefused(ExitCode.BAD_INPUT, "is not a migcal run folder (no manifest.json)", "--refine", dir.toString());
    }

    @Test
    void aLevelTheRunAlreadyHasIsOneLineAndExit2() {
        assertRefused(ExitCode.BAD_INPUT, "RTT 4 ms is already in this run (its sweep.rtt_ms: 0, 4)", "--refine",
                run.toString(), "--rtt-ms", "2,4");
    }

    @Test
    void aLevelListedTwiceOrNegativeIsOneLineAndExit2() {
        assertRefused(ExitCode.BAD_INPUT, "RTT level 2 ms is listed twice", "--refine", run.toString(), "--rtt-ms", "2,2.0");
        assertRefused(ExitCode.BAD_INPUT, "an RTT level is a number of milliseconds, 0 or more", "--refine",
                run.toString(), "--rtt-ms=-1");
    }

    @Test
    void aRunWithoutAFitIsToldWhatToRun() {
        assertRefused(ExitCode.BAD_INPUT, "has no fit yet (no fit/transfer-model.json or transfer-model.json): fit it with "
                + "'migcal fit --data " + csv() + " --out " + run.resolve("fit") + "'", "--refine", run.toString());
    }

    @Test
    void aFitWithinNoiseRecommendsNothingAndEndsTheLoopWithItsOwnCode() throws Exception {
        writeFit("queue-loss", sha256(firstRows), "{\"relative_sd\": 0.012, \"held_out_mape_pct\": 1.9, "
                + "\"within_noise\": true, \"held_out_by_rtt_level\": [{\"rtt_ms\": 0}], \"next_rtt_ms\": []}");

        assertRefused(ExitCode.NOTHING_TO_REFINE, "the fit is within the measurement noise (queue-loss: held-out 1.9 % "
                + "vs noise limit 2.4 %) and recommends no RTT level", "--refine", run.toString());
    }

    @Test
    void aFitThatCannotJudgeTheNoiseIsOneLineAndExit2() throws Exception {
        writeFit("window-cap", sha256(firstRows), "{\"relative_sd\": null, \"within_noise\": null, "
                + "\"held_out_by_rtt_level\": [], \"next_rtt_ms\": []}");

        assertRefused(ExitCode.BAD_INPUT, "it needs 3 or more RTT levels", "--refine", run.toString());
    }

    @Test
    void aFitOfOtherRowsIsStale() throws Exception {
        writeFit("window-cap", sha256("other rows".getBytes()), "{\"next_rtt_ms\": [2]}");

        assertRefused(ExitCode.BAD_INPUT, "was fitted on other rows than " + csv() + " holds now", "--refine",
                run.toString());
    }

    @Test
    void optionsThatGoWithOtherModesAreRefused() throws Exception {
        assertRefused(ExitCode.BAD_INPUT, "--rtt-ms goes with --refine RUN_DIR", "--resume", run.toString(),
                "--rtt-ms", "2");
        assertRefused(ExitCode.BAD_INPUT, "--retry-failed goes with --resume RUN_DIR", "--refine", run.toString(),
                "--rtt-ms", "2", "--retry-failed");
        assertThat(sweep(new LabDoubles(), "--refine", run.toString(), "--config", dir.resolve("lab.yaml").toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("mutually exclusive");
    }

    private void assertRefused(int code, String message, String... args) {
        LabDoubles lab = new LabDoubles();
        assertThat(sweep(lab, args)).as(err.toString()).isEqualTo(code);
        assertThat(err.toString()).startsWith("migcal: ").contains(message).doesNotContain("\tat ").hasLineCount(1);
        assertThat(lab.hypervisor.requests).isEmpty();
        try {
            assertThat(Files.readAllBytes(csv())).isEqualTo(firstRows);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void writeFit(String family, String sha, String noise) throws Exception {
        Files.createDirectories(run.resolve("fit"));
        Files.writeString(run.resolve("fit/transfer-model.json"), "{\"input_sha256\": \"" + sha + "\", \"family\": \""
                + family + "\", \"noise\": " + noise + "}");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
