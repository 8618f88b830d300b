package io.migcal.model.plot;

import io.migcal.model.fit.FitReport;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The figures as {@code migcal fit} drew them before thinning: every row a marker, however many rows
 * there are. Test scope only, the baseline of the fit command benchmark.
 */
public final class EveryRowFigures {

    private EveryRowFigures() {
    }

    /** One figure after the other, as they were drawn then. */
    public static void write(Path dir, FitReport report) throws IOException {
        ShownRows everyRow = ShownRows.everyRow(report.data().observations().size());
        String family = report.chosen().family().name();
        RttTimeFigure.writeAllLevels(dir.resolve(FitFigures.RTT_VS_TIME), report.data().observations(),
                report.chosen().model(), "Transfer time vs preset RTT (fit: " + family + ", 95% prediction band)",
                everyRow);
        ResidualFigure.write(dir.resolve(FitFigures.RESIDUALS), report.data().observations(), report.chosen().model(),
                "Residuals of the " + family + " fit", everyRow);
    }
}
