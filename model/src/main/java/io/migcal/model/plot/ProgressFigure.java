package io.migcal.model.plot;

import io.migcal.model.measure.ProgressSample;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One migration's progress over time, as QEMU's guestperf draws it: transferred and remaining MiB
 * against seconds since the migrate command, and the dirty-sync count (the RAM pass) on a second
 * axis where the hypervisor gave it.
 */
public final class ProgressFigure {
    private static final double MIB = 1024.0 * 1024.0;

    private ProgressFigure() {
    }

    public static void write(Path pngWithoutExt, List<ProgressSample> samples, String title) throws IOException {
        XYChart chart = new XYChartBuilder().width(800).height(400).title(title)
                .xAxisTitle("seconds since the migrate command").yAxisTitle("MiB").build();
        FigureFiles.style(chart);
        line(chart, "transferred", samples, ProgressSample::transferredBytes, 0);
        line(chart, "remaining", samples, ProgressSample::remainingBytes, 1);
        List<ProgressSample> passes = samples.stream().filter(s -> s.dirtySyncCount() != null).toList();
        if (!passes.isEmpty()) {
            XYSeries pass = chart.addSeries("RAM pass (dirty-sync count)",
                    passes.stream().mapToDouble(ProgressSample::atS).toArray(),
                    passes.stream().mapToDouble(s -> s.dirtySyncCount()).toArray());
            pass.setYAxisGroup(1);
            pass.setMarker(SeriesMarkers.NONE);
            pass.setLineColor(FigureFiles.color(2));
            chart.setYAxisGroupTitle(1, "RAM pass");
        }
        FigureFiles.write(pngWithoutExt, chart);
    }

    private static void line(XYChart chart, String name, List<ProgressSample> samples,
            Function<ProgressSample, Long> bytes, int colour) {
        List<ProgressSample> known = samples.stream().filter(s -> bytes.apply(s) != null).toList();
        if (known.isEmpty()) {
            return;
        }
        XYSeries series = chart.addSeries(name, known.stream().mapToDouble(ProgressSample::atS).toArray(),
                known.stream().mapToDouble(s -> bytes.apply(s) / MIB).toArray());
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(FigureFiles.color(colour));
    }
}
