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

    public static void write(Path dir, FitReport report) throws IOException {
        FitFigures.write(dir, report, ShownRows.everyRow(report.data().observations().size()));
    }
}
