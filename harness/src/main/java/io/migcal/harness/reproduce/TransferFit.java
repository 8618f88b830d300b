package io.migcal.harness.reproduce;

import io.migcal.model.MigcalVersion;
import io.migcal.model.fit.FitReport;
import io.migcal.model.fit.FittedModel;
import io.migcal.model.fit.ModelComparison;
import io.migcal.model.fit.SummaryTable;
import io.migcal.model.fit.TransferModelFile;
import io.migcal.model.measure.FitObservation;
import io.migcal.model.measure.MeasurementCsvReader;
import io.migcal.model.plot.RttTimeFigure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Fits the sweep's measurements exactly as {@code migcal fit} does, writes {@code transfer-model.json},
 * and draws the paper's Figs. 2 and 3: preset RTT against transfer time, one figure per RAM usage,
 * with the fitted curve and its prediction band.
 */
final class TransferFit {
    private TransferFit() {
    }

    /** The fit and the figures' file names (relative to the output folder), in RAM-usage order. */
    record Result(FitReport report, FittedModel model, List<Double> ramUsageBytes, List<String> figureFiles,
            String summaryTable) {
    }

    static Result fitAndDraw(Path outDir, List<Double> ramUsageGib) throws IOException {
        FitReport report = ModelComparison.compare(MeasurementCsvReader.read(outDir.resolve("measurements.csv")), "auto");
        TransferModelFile.write(outDir.resolve(TransferModelFile.FILE_NAME), report, MigcalVersion.current());
        FittedModel model = report.chosen().model();
        List<FitObservation> observations = report.data().observations();
        List<Double> levels = ramUsageGib.stream().map(gib -> meanUsedNear(observations, gib * (1 << 30))).toList();
        List<String> figures = new java.util.ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            String name = "fig" + (i + 2);
            String title = String.format(Locale.ROOT, "Fig. %d: preset RTT vs transfer time, RAM usage %.2f GiB",
                    i + 2, ramUsageGib.get(i));
            RttTimeFigure.write(outDir.resolve(name), observations, model, levels.get(i), title);
            figures.add(name + ".png");
        }
        return new Result(report, model, levels, figures, SummaryTable.render(report));
    }

    /** The mean guest memory of the observations closest to a RAM usage (the guest's own baseline varies). */
    private static double meanUsedNear(List<FitObservation> observations, double targetBytes) {
        return observations.stream()
                .filter(o -> Math.abs(o.guestUsedBytes() - targetBytes) <= 0.05 * targetBytes)
                .mapToDouble(FitObservation::guestUsedBytes).average().orElse(targetBytes);
    }
}
