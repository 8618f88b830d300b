package io.migcal.model.plot;

import io.migcal.model.fit.FitReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The figures {@code migcal fit} writes next to {@code transfer-model.json}. */
public final class FitFigures {
    public static final String RTT_VS_TIME = "fig-rtt-vs-time";
    public static final String RESIDUALS = "fig-residuals";

    private FitFigures() {
    }

    public static void write(Path dir, FitReport report) throws IOException {
        write(dir, report, ShownRows.of(report.data().observations().size()));
    }

    /** The two figures are drawn at the same time: each is its own chart, and encoding them is most of the work. */
    static void write(Path dir, FitReport report, ShownRows shown) throws IOException {
        String family = report.chosen().family().name();
        CompletableFuture<Void> residuals = CompletableFuture.runAsync(() -> {
            try {
                ResidualFigure.write(dir.resolve(RESIDUALS), report.data().observations(), report.chosen().model(),
                        "Residuals of the " + family + " fit", shown);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        RttTimeFigure.writeAllLevels(dir.resolve(RTT_VS_TIME), report.data().observations(), report.chosen().model(),
                "Transfer time vs preset RTT (fit: " + family + ", 95% prediction band)", shown);
        try {
            residuals.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }
}
