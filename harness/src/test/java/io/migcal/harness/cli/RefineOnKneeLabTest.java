package io.migcal.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.migcal.harness.config.LabConfig;
import io.migcal.harness.config.SweepConfig;
import io.migcal.harness.lab.VirtualLab;
import io.migcal.harness.lab.VirtualLabConfig;
import io.migcal.harness.lab.VirtualLabSettings;
import io.migcal.harness.lab.truth.CongestionControl;
import io.migcal.harness.lab.truth.DelayBoxSettings;
import io.migcal.harness.lab.truth.GroundTruth;
import io.migcal.harness.lab.truth.GroundTruthParameters;
import io.migcal.harness.lab.truth.QueueLossLaw;
import io.migcal.harness.reproduce.VirtualLabWiring;
import io.migcal.harness.sweep.LabSession;
import io.migcal.harness.sweep.MeasurementsOnDisk;
import io.migcal.harness.sweep.SweepJob;
import io.migcal.harness.sweep.SweepOutcome;
import io.migcal.model.fit.FittedModel;
import io.migcal.model.fit.TransferModelFile;
import io.migcal.model.measure.FitObservation;
import io.migcal.model.measure.MeasurementCsvReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The measure-fit-refine loop on the virtual lab's knee (netem's queue of 1000 packets, CUBIC, half the
 * delay each way, offloads off), through the real commands: a coarse sweep, {@code migcal fit},
 * {@code migcal sweep --refine RUN} with the levels the fit recommends, {@code migcal fit} again. The
 * refined fit predicts the added levels better than the coarse fit predicted them, the coarse run's
 * rows are untouched, and the manifest records the refinement and the recommendation it followed.
 */
class RefineOnKneeLabTest {
    private static final List<Double> COARSE_RTTS_MS = List.of(0.0, 10.0, 20.0, 30.0, 40.0);
    private static final List<Double> RAM_USAGE_GIB = List.of(0.6, 1.0);
    private static final int REPETITIONS = 2;
    private static final int QUEUE_LIMIT_PACKETS = 1000;
    private static final double TIME_COMPRESSION = 10;
    private static final GroundTruthParameters TRUTH = GroundTruthParameters.paperLab()
            .withQueueLossLaw(QueueLossLaw.knee(4));

    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @Test
    void aRefinedRunFitsTheAddedLevelsBetterThanTheCoarseFitPredictedThem() throws Exception {
        VirtualLabSettings labSettings = VirtualLabSettings.defaults(dir.resolve("lab")).withSeed(5)
                .withTimeCompression(TIME_COMPRESSION).withTruth(TRUTH);
        VirtualLabWiring wiring = LabConnectors.virtualLab();
        try (VirtualLab lab = wiring.start(labSettings)) {
            Path run = coarseSweep(lab, wiring, labSettings.topology().guestBaselineUsedBytes());
            Path csv = run.resolve("measurements.csv");
            byte[] coarseRows = Files.readAllBytes(csv);

            assertThat(migcal(new FitCommand(), "--data", csv.toString(), "--out", run.resolve("fit").toString()))
                    .as(err.toString()).isZero();
            System.out.print(out);
            Path coarseModel = Files.copy(run.resolve("fit/transfer-model.json"), dir.resolve("coarse-model.json"));
            List<Double> recommended = nextRttMs(coarseModel);
            assertThat(recommended).as("the coarse fit is not within noise on the knee and names levels: " + out)
                    .isNotEmpty();

            SweepCommand sweep = new SweepCommand(wiring.connector(lab.clock(), TIME_COMPRESSION), lab.clock());
            assertThat(migcal(sweep, "--refine", run.toString())).as(err.toString()).isEqualTo(ExitCode.OK);
            System.out.print(out);

            assertThat(out.toString()).contains("refining now: + RTT").contains("from fit/transfer-model.json")
                    .contains("next: fit it with 'migcal fit --data " + csv);
            byte[] refinedRows = Files.readAllBytes(csv);
            assertThat(java.util.Arrays.copyOf(refinedRows, coarseRows.length)).as("the coarse rows, byte for byte")
                    .isEqualTo(coarseRows);
            List<Map<String, String>> rows = MeasurementsOnDisk.read(csv).rows();
            assertThat(rows).hasSize(COARSE_RTTS_MS.size() * RAM_USAGE_GIB.size() * REPETITIONS
                    + recommended.size() * RAM_USAGE_GIB.size() * REPETITIONS);
            assertThat(rows).extracting(r -> r.get("sample_id")).doesNotHaveDuplicates();
            assertManifestRecords(run, recommended, sha256(coarseRows));

            assertThat(migcal(sweep, "--refine", run.toString())).as("a fit made before the refinement is stale")
                    .isEqualTo(ExitCode.BAD_INPUT);
            assertThat(err.toString()).contains("rows were added since").contains("migcal fit --data");

            assertThat(migcal(new FitCommand(), "--data", csv.toString(), "--out", run.resolve("fit").toString()))
                    .as(err.toString()).isZero();
            System.out.print(out);
            assertRefinedFitBetterAt(recommended, TransferModelFile.read(coarseModel),
                    TransferModelFile.read(run.resolve("fit/transfer-model.json")), csv);
        }
    }

    private Path coarseSweep(VirtualLab lab, VirtualLabWiring wiring, long baselineBytes) throws Exception {
        List<Long> fills = RAM_USAGE_GIB.stream().map(gib -> Math.round(gib * (1L << 30)) - baselineBytes).toList();
        SweepConfig coarse = new SweepConfig(COARSE_RTTS_MS, fills, REPETITIONS, SweepConfig.Order.RANDOM, 5L, 1.0,
                600.0, 1.0, null, 3);
        LabConfig config = VirtualLabConfig.from(lab.descriptor(), coarse, QUEUE_LIMIT_PACKETS, dir.resolve("runs"));
        SweepJob job = SweepJob.fresh(config, lab.clock(), () -> 5L);
        SweepOutcome outcome;
        try (LabSession session = wiring.connector(lab.clock(), TIME_COMPRESSION).connect(config)) {
            outcome = job.execute(session, new io.migcal.harness.sweep.SilentListener());
        }
        assertThat(outcome.okRows()).isEqualTo(COARSE_RTTS_MS.size() * RAM_USAGE_GIB.size() * REPETITIONS);
        return job.directory().path();
    }

    private void assertManifestRecords(Path run, List<Double> recommended, String coarseSha) throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
        assertThat(manifest.path("refinements")).hasSize(1);
        JsonNode refinement = manifest.path("refinements").get(0);
        List<Double> added = new ArrayList<>();
        refinement.path("added_rtt_ms").forEach(level -> added.add(level.asDouble()));
        assertThat(added).containsExactlyElementsOf(recommended.stream().sorted().toList());
        assertThat(refinement.path("samples_added").asInt()).isEqualTo(recommended.size() * 4);
        assertThat(refinement.path("added_at").asText()).isNotEmpty();
        assertThat(refinement.path("recommendation").path("model_file").asText()).isEqualTo("fit/transfer-model.json");
        assertThat(refinement.path("recommendation").path("input_sha256").asText()).isEqualTo(coarseSha);
        assertThat(manifest.path("samples_planned").asInt()).isEqualTo(20 + recommended.size() * 4);
        assertThat(manifest.path("config").path("sweep").path("rtt_ms")).as("the config stays the one the run began with")
                .hasSize(COARSE_RTTS_MS.size());
        assertThat(manifest.path("ending").asText()).isEqualTo("completed");
    }

    /**
     * Per added level and fill: the error of each fit against the mean measured there (and, printed,
     * against the lab's noise-free truth). The refined fit has seen those levels, the coarse one had to
     * interpolate: the loop is worth its lab time only if that shows.
     */
    private void assertRefinedFitBetterAt(List<Double> levels, FittedModel coarse, FittedModel refined, Path csv)
            throws Exception {
        List<FitObservation> observations = MeasurementCsvReader.read(csv).observations();
        GroundTruth truth = new GroundTruth(TRUTH);
        DelayBoxSettings box = DelayBoxSettings.symmetric(0, QUEUE_LIMIT_PACKETS, false, CongestionControl.CUBIC);
        double coarseError = 0;
        double refinedError = 0;
        for (double level : levels) {
            for (double gib : RAM_USAGE_GIB) {
                List<FitObservation> cell = observations.stream().filter(o -> o.rttMs() == level)
                        .filter(o -> Math.abs(o.guestUsedBytes() / (gib * (1L << 30)) - 1) < 0.05).toList();
                assertThat(cell).hasSize(REPETITIONS);
                double used = cell.stream().mapToDouble(FitObservation::guestUsedBytes).average().orElseThrow();
                double measured = cell.stream().mapToDouble(FitObservation::transferTimeS).average().orElseThrow();
                double before = coarse.predict(used, level).transferTimeS();
                double after = refined.predict(used, level).transferTimeS();
                coarseError += Math.abs(before / measured - 1);
                refinedError += Math.abs(after / measured - 1);
                System.out.printf(Locale.ROOT, "%s ms, %.1f GiB: measured %.2f s (truth %.2f s), coarse fit %.2f s "
                        + "(%+.1f %%), refined fit %.2f s (%+.1f %%)%n", level, gib, measured,
                        truth.transferTimeS(Math.round(used), level, box), before, 100 * (before / measured - 1), after,
                        100 * (after / measured - 1));
            }
        }
        assertThat(refinedError).as("mean |error| at the added levels: refined vs coarse fit").isLessThan(coarseError);
    }

    private static List<Double> nextRttMs(Path model) throws Exception {
        List<Double> next = new ArrayList<>();
        new ObjectMapper().readTree(model.toFile()).path("noise").path("next_rtt_ms").forEach(l -> next.add(l.asDouble()));
        return next;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private int migcal(Object command, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = new CommandLine(command);
        cli.setExecutionExceptionHandler(new OneLineErrors());
        cli.setParameterExceptionHandler(new OneLineErrors());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
