package io.migcal.harness.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.harness.cli.LabConnectors;
import io.migcal.harness.cli.Migcal;
import io.migcal.harness.sweep.SweepOutcome;
import io.migcal.model.fit.FittedModel;
import io.migcal.model.fit.TransferModelFile;
import io.migcal.model.measure.MeasurementCsvReader;
import io.migcal.model.measure.FitObservation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on a small virtual-lab sweep: the harness measures, the fitter fits, and the
 * fitted curve must recover the lab's ground truth (an independent formula) within its own band.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReproductionTest {
    private static final List<Double> RTTS_MS = List.of(0.0, 2.0, 4.0, 6.0, 10.0, 20.0, 30.0);

    private Path out;

    private SweepOutcome outcome;
    private final StringWriter log = new StringWriter();

    @BeforeAll
    void reproduceOnASmallSweep(@TempDir Path dir) throws Exception {
        out = dir;
        ReproduceSettings settings = new ReproduceSettings(out, RTTS_MS, ReproduceSettings.PAPER_RAM_USAGE_GIB, 2, 3,
                7, 100);
        outcome = new Reproduction(new PrintWriter(log, true), LabConnectors.virtualLab()).run(settings);
    }

    @Test
    void everySampleIsMeasuredThroughTheHarness() {
        assertThat(outcome.ending()).isEqualTo(SweepOutcome.Ending.COMPLETED);
        assertThat(outcome.okRows()).isEqualTo(RTTS_MS.size() * 2 * 2);
    }

    @Test
    void theFittedCurveHoldsTheGroundTruthInsideItsPredictionBand() {
        FittedModel model = TransferModelFile.read(out.resolve("transfer-model.json"));
        List<FitObservation> observations = MeasurementCsvReader.read(out.resolve("measurements.csv")).observations();
        List<Double> levels = List.of(meanUsed(observations, 0.6), meanUsed(observations, 1.0));

        GroundTruthCheck check = GroundTruthCheck.of(model, levels, RTTS_MS, LabSweep.APPLIANCE_QUEUE_LIMIT_PACKETS);

        assertThat(check.points()).hasSize(2 * RTTS_MS.size()).allSatisfy(p -> assertThat(p.insideBand())
                .as("truth %.2f s at %.2f GiB, %.0f ms against fit %s", p.truthS(), p.ramUsageBytes() / (1 << 30),
                        p.rttMs(), p.fitted())
                .isTrue());
    }

    @Test
    void thePapersFindingsHoldOnTheMeasurements() {
        List<FitObservation> observations = MeasurementCsvReader.read(out.resolve("measurements.csv")).observations();
        for (double gib : ReproduceSettings.PAPER_RAM_USAGE_GIB) {
            assertThat(meanTime(observations, gib, 6)).isGreaterThan(2 * meanTime(observations, gib, 0));
        }
        for (double rtt : RTTS_MS) {
            assertThat(meanTime(observations, 1.0, rtt)).isGreaterThan(meanTime(observations, 0.6, rtt));
        }
    }

    @Test
    void theOutputFolderHoldsFiguresReportAndADeclaredTimeCompression() throws Exception {
        for (String file : List.of("fig2.png", "fig2.svg", "fig3.png", "fig3.svg", "report.md", "report.html",
                "manifest.json", "lab.yaml")) {
            assertThat(out.resolve(file)).isNotEmptyFile();
        }
        assertThat(Files.readString(out.resolve("manifest.json"), StandardCharsets.UTF_8))
                .contains("\"time_compression\" : 100.0");
        assertThat(Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8))
                .contains("<img src=\"fig2.png\"", "708.4", "1053.4");
    }

    @Test
    void theReportIsMigcalReportsWithTheGroundTruthSectionAdded() throws Exception {
        String md = Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8);

        assertThat(md).startsWith("# migcal reproduce: the paper on the virtual lab\n");
        assertThat(md).contains("## Measured against the model, per cell", "## The fitted transfer-time model",
                "## Does the fit recover the virtual lab's ground truth?", "## Tables 3 and 5",
                "## The run's context", "| lab_versions.hypervisor | proxmox-ve");
        assertThat(md.indexOf("## Does the fit recover")).isBetween(md.indexOf("## The fitted transfer-time model"),
                md.indexOf("## Tables 3 and 5"));
        long truthRows = md.lines().dropWhile(l -> !l.startsWith("## Does the fit recover"))
                .dropWhile(l -> !l.startsWith("| RAM")).skip(2).takeWhile(l -> l.startsWith("|")).count();
        assertThat(truthRows).isEqualTo(2L * RTTS_MS.size());
    }

    @Test
    void reportOnlyWritesTheSameSectionsFromTheMeasurementsAlone(@TempDir Path again) throws Exception {
        for (String file : List.of("measurements.csv", "manifest.json")) {
            Files.copy(out.resolve(file), again.resolve(file));
        }

        int code = Migcal.run("reproduce", "--report-only", "--quick", "--seed", "7", "--out", again.toString());

        assertThat(code).isZero();
        assertThat(again.resolve("fig2.png")).isNotEmptyFile();
        assertThat(again.resolve("fig3.png")).isNotEmptyFile();
        assertThat(Files.readString(again.resolve("report.md"), StandardCharsets.UTF_8))
                .contains("## Does the fit recover the virtual lab's ground truth?")
                .containsPattern("[0-9]+ of " + 2 * RTTS_MS.size() + " points of the noise-free ground truth");
    }

    @Test
    void noPrivateKeyOrTokenLeavesTheScratchFolder() throws Exception {
        try (var files = Files.list(out)) {
            for (Path file : files.toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(text).as(file.toString()).doesNotContain("PRIVATE KEY").doesNotContain("PVEAPIToken=");
            }
        }
    }

    private static double meanUsed(List<FitObservation> observations, double gib) {
        double target = gib * (1 << 30);
        return observations.stream().filter(o -> Math.abs(o.guestUsedBytes() - target) < 0.05 * target)
                .mapToDouble(FitObservation::guestUsedBytes).average().orElseThrow();
    }

    private static double meanTime(List<FitObservation> observations, double gib, double rttMs) {
        double target = gib * (1 << 30);
        return observations.stream().filter(o -> Math.abs(o.guestUsedBytes() - target) < 0.05 * target)
                .filter(o -> o.rttMs() == rttMs).mapToDouble(FitObservation::transferTimeS).average().orElseThrow();
    }
}
