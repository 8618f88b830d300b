package io.migcal.model.plot;

import io.migcal.model.measure.FitObservation;
import java.awt.Color;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The measured points of one memory level against RTT, thinned as {@link ShownRows} says; when
 * thinned, each RTT level's mean over all rows with its standard deviation as error bars beside them.
 */
final class MeasuredSeries {
    private MeasuredSeries() {
    }

    /**
     * @param prefix what the points' legend entry puts before {@code label} (the memory level)
     */
    static void add(XYChart chart, String prefix, String label, List<FitObservation> level,
            ToDoubleFunction<FitObservation> value, ShownRows shown, Color color) {
        if (level.isEmpty()) {
            return;
        }
        List<FitObservation> points = shown.of(level);
        XYSeries measured = chart.addSeries(prefix + label + shown.legendNote(),
                points.stream().mapToDouble(FitObservation::rttMs).toArray(),
                points.stream().mapToDouble(value).toArray());
        measured.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        measured.setMarker(SeriesMarkers.CIRCLE);
        measured.setMarkerColor(shown.thinned() ? translucent(color) : color);
        if (shown.thinned()) {
            CellSummary cells = CellSummary.of(level, value);
            XYSeries means = chart.addSeries("mean +/- sd " + label + ", all rows", cells.rttMs(), cells.mean(),
                    cells.sd());
            means.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            means.setMarker(SeriesMarkers.DIAMOND);
            means.setMarkerColor(color.darker());
            means.setLineColor(color.darker());
            chart.getStyler().setErrorBarsColorSeriesColor(true);
        }
    }

    /** Thinned points stay visible but let the means drawn over them stand out. */
    private static Color translucent(Color color) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), 110);
    }
}
