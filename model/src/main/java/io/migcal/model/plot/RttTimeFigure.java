package io.migcal.model.plot;

import io.migcal.model.fit.Prediction;
import io.migcal.model.fit.TransferTimePredictor;
import io.migcal.model.measure.FitObservation;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Transfer time against preset RTT: for each memory level the measured points (every repetition, so
 * the spread shows; past {@value ShownRows#MAX_POINTS} rows a stated share of them and every cell's
 * mean and spread, see {@link ShownRows}), the fitted curve and its 95 % prediction band. Used by
 * {@code migcal fit} for all levels at once and by {@code migcal report} for one level (the paper's Figs. 2 and 3).
 */
public final class RttTimeFigure {
    private static final int CURVE_POINTS = 60;
    private static final BasicStroke BAND = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {5f, 4f}, 0f);

    private RttTimeFigure() {
    }

    /**
     * Writes {@code <pngWithoutExt>.png} and {@code .svg} for one memory level: the caller passes that
     * level's observations and the memory the curve is drawn at (usually their mean). {@code model}
     * null: the measured points alone (data no model could be fitted to).
     */
    public static void write(Path pngWithoutExt, List<FitObservation> levelObservations, TransferTimePredictor model,
            double memoryLevelBytes, String title) throws IOException {
        FigureFiles.write(pngWithoutExt, chart(List.of(levelObservations), List.of(memoryLevelBytes), model, title));
    }

    /** Writes the figure with one series per memory level found in the observations. */
    public static void writeAllLevels(Path pngWithoutExt, List<FitObservation> observations,
            TransferTimePredictor model, String title) throws IOException {
        writeAllLevels(pngWithoutExt, observations, model, title, ShownRows.of(observations.size()));
    }

    static void writeAllLevels(Path pngWithoutExt, List<FitObservation> observations, TransferTimePredictor model,
            String title, ShownRows shown) throws IOException {
        MemoryLevels levels = MemoryLevels.of(observations);
        List<Double> means = levels.levels().stream().map(MemoryLevels::meanBytes).toList();
        FigureFiles.write(pngWithoutExt, chart(levels.levels(), means, model, title, shown));
    }

    static XYChart chart(List<List<FitObservation>> levels, List<Double> memoryBytes, TransferTimePredictor model,
            String title) {
        return chart(levels, memoryBytes, model, title, ShownRows.of(levels.stream().mapToInt(List::size).sum()));
    }

    private static XYChart chart(List<List<FitObservation>> levels, List<Double> memoryBytes,
            TransferTimePredictor model, String title, ShownRows shown) {
        XYChart chart = new XYChartBuilder().width(800).height(560).title(title).xAxisTitle("preset RTT (ms)")
                .yAxisTitle("transfer time (s)").build();
        FigureFiles.style(chart);
        double maxRtt = levels.stream().flatMap(List::stream).mapToDouble(FitObservation::rttMs).max().orElse(1);
        for (int i = 0; i < levels.size(); i++) {
            Color color = FigureFiles.color(i);
            String label = String.format(Locale.ROOT, "%.2f GiB", memoryBytes.get(i) / (1L << 30));
            MeasuredSeries.add(chart, "measured ", label, levels.get(i), FitObservation::transferTimeS, shown, color);
            if (model != null) {
                addCurve(chart, model, memoryBytes.get(i), Math.max(maxRtt, 1), label, color);
            }
        }
        return chart;
    }

    private static void addCurve(XYChart chart, TransferTimePredictor model, double memoryBytes, double maxRtt,
            String label, Color color) {
        double[] rtt = new double[CURVE_POINTS];
        double[] fitted = new double[CURVE_POINTS];
        double[] lower = new double[CURVE_POINTS];
        double[] upper = new double[CURVE_POINTS];
        for (int i = 0; i < CURVE_POINTS; i++) {
            rtt[i] = maxRtt * i / (CURVE_POINTS - 1);
            Prediction p = model.predict(memoryBytes, rtt[i]);
            fitted[i] = p.transferTimeS();
            lower[i] = p.lowerS();
            upper[i] = p.upperS();
        }
        line(chart, "fit " + label, rtt, fitted, color, null);
        line(chart, "95% band " + label, rtt, upper, color, BAND);
        line(chart, "band low " + label, rtt, lower, color, BAND).setShowInLegend(false);
    }

    private static XYSeries line(XYChart chart, String name, double[] x, double[] y, Color color, BasicStroke stroke) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(color);
        if (stroke != null) {
            series.setLineStyle(stroke);
        }
        return series;
    }
}
