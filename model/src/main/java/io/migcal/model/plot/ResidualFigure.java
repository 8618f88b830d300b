package io.migcal.model.plot;

import io.migcal.model.fit.FittedModel;
import io.migcal.model.fit.TransferTimePredictor;
import io.migcal.model.measure.FitObservation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Residuals in percent of the measured time against preset RTT, one series per memory level (thinned
 * past {@value ShownRows#MAX_POINTS} rows, with every cell's mean and spread, see {@link ShownRows}).
 */
public final class ResidualFigure {

    private ResidualFigure() {
    }

    public static void write(Path pngWithoutExt, List<FitObservation> observations, TransferTimePredictor model,
            String title) throws IOException {
        write(pngWithoutExt, observations, model, title, ShownRows.of(observations.size()));
    }

    static void write(Path pngWithoutExt, List<FitObservation> observations, TransferTimePredictor model,
            String title, ShownRows shown) throws IOException {
        XYChart chart = new XYChartBuilder().width(800).height(420).title(title).xAxisTitle("preset RTT (ms)")
                .yAxisTitle("residual (% of measured time)").build();
        FigureFiles.style(chart);
        List<List<FitObservation>> levels = MemoryLevels.of(observations).levels();
        double maxRtt = observations.stream().mapToDouble(FitObservation::rttMs).max().orElse(1);
        for (int i = 0; i < levels.size(); i++) {
            List<FitObservation> level = levels.get(i);
            MeasuredSeries.add(chart, "", String.format(Locale.ROOT, "%.2f GiB",
                    MemoryLevels.meanBytes(level) / (1L << 30)), level,
                    o -> 100 * (o.transferTimeS() - fitted(model, o)) / o.transferTimeS(), shown, FigureFiles.color(i));
        }
        XYSeries zero = chart.addSeries("zero", new double[] {0, Math.max(maxRtt, 1)}, new double[] {0, 0});
        zero.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        zero.setMarker(SeriesMarkers.NONE);
        zero.setLineColor(java.awt.Color.GRAY);
        zero.setShowInLegend(false);
        FigureFiles.write(pngWithoutExt, chart);
    }

    /** A fitted model is asked with the observation's own dirty rate, so pre-copy residuals are honest. */
    private static double fitted(TransferTimePredictor model, FitObservation o) {
        if (model instanceof FittedModel fittedModel) {
            double dirtyRate = o.dirtyRateBytesPerS() == null ? 0 : o.dirtyRateBytesPerS();
            return fittedModel.pointEstimateS(o.guestUsedBytes(), o.rttMs(), dirtyRate);
        }
        return model.predict(o.guestUsedBytes(), o.rttMs()).transferTimeS();
    }
}
