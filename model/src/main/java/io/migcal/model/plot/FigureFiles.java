package io.migcal.model.plot;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Saves a chart as PNG (for the README) and SVG (for a paper), and gives each memory level its colour. */
final class FigureFiles {
    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd), new Color(0xff7f0e),
        new Color(0x8c564b),
    };

    private FigureFiles() {
    }

    static void write(Path withoutExtension, Chart<?, ?> chart) throws IOException {
        String base = withoutExtension.toString();
        BitmapEncoder.saveBitmapWithDPI(chart, base + ".png", BitmapEncoder.BitmapFormat.PNG, 150);
        VectorGraphicsEncoder.saveVectorGraphic(chart, base + ".svg", VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    }

    /** White background and the legend beside the plot, so a figure can go into a paper as it is. */
    static void style(org.knowm.xchart.XYChart chart) {
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        chart.getStyler().setLegendBorderColor(Color.WHITE);
    }

    static Color color(int index) {
        return PALETTE[index % PALETTE.length];
    }
}
