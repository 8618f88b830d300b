package io.migcal.model.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.migcal.model.fit.Prediction;
import io.migcal.model.fit.TransferTimePredictor;
import io.migcal.model.measure.FitObservation;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.junit.jupiter.api.io.TempDir;

class RttTimeFigureTest {
    private static final double GIB = 1024.0 * 1024.0 * 1024.0;
    private static final TransferTimePredictor LINE = (bytes, rtt) -> {
        double t = 1 + bytes / GIB * 5 + rtt * 0.1;
        return new Prediction(t, t * 0.9, t * 1.1, false);
    };

    @TempDir
    Path dir;

    @Test
    void oneMemoryLevelFigureHasOnlyThatLevelsPointsAndCurve() throws Exception {
        List<FitObservation> level = List.of(new FitObservation(0, 0.6 * GIB, 4.1),
                new FitObservation(6, 0.6 * GIB, 4.8));
        RttTimeFigure.write(dir.resolve("fig2"), level, LINE, 0.6 * GIB, "Fig. 2: 0.60 GiB");
        BufferedImage png = ImageIO.read(dir.resolve("fig2.png").toFile());
        assertThat(png.getWidth()).isGreaterThan(800);
        String svg = Files.readString(dir.resolve("fig2.svg"));
        assertThat(svg).startsWith("<?xml").contains("<svg");
        assertThat(RttTimeFigure.chart(List.of(level), List.of(0.6 * GIB), LINE, "t").getSeriesMap())
                .containsOnlyKeys("measured 0.60 GiB", "fit 0.60 GiB", "95% band 0.60 GiB", "band low 0.60 GiB");
    }

    @Test
    void allLevelsFigureSeparatesMemoryLevelsDespiteJitter() {
        List<FitObservation> observations = List.of(new FitObservation(0, 300e6, 2.1), new FitObservation(0, 310e6, 2.2),
                new FitObservation(10, 515e6, 3.8), new FitObservation(10, 520e6, 3.9));
        MemoryLevels levels = MemoryLevels.of(observations);
        assertThat(levels.levels()).hasSize(2);
        assertThat(RttTimeFigure.chart(levels.levels(), List.of(305e6, 517.5e6), LINE, "t").getSeriesMap())
                .containsKeys("measured 0.28 GiB", "fit 0.48 GiB", "95% band 0.48 GiB");
    }

    @Test
    void upToTwoThousandRowsEveryRowIsDrawnAndNothingElse() {
        List<FitObservation> rows = rows(2_000);
        XYChart chart = RttTimeFigure.chart(List.of(rows), List.of(0.5 * GIB), LINE, "t");
        assertThat(chart.getSeriesMap()).containsOnlyKeys("measured 0.50 GiB", "fit 0.50 GiB", "95% band 0.50 GiB",
                "band low 0.50 GiB");
        assertThat(chart.getSeriesMap().get("measured 0.50 GiB").getXData()).hasSize(2_000);
    }

    /**
     * 19,992 rows cycling through RTT 0, 10, 20 and 30 ms, times 2 s above and below 10 + RTT/10 s in
     * turn: every 10th row of each RTT level is drawn (a stride of 10 over the file would skip the
     * 10 and 30 ms levels), said in the legend, with each level's mean (10 to 13 s) and sd over all rows.
     */
    @Test
    void beyondTwoThousandRowsAStatedShareOfEachCellIsDrawnWithItsMeanAndSpreadOverAllRows() {
        XYChart chart = RttTimeFigure.chart(List.of(rows(19_992)), List.of(0.5 * GIB), LINE, "t");
        XYSeries points = chart.getSeriesMap().get("measured 0.50 GiB, 1 row in 10 of 19,992");
        assertThat(points.getXData()).hasSize(2_000);
        assertThat(Arrays.stream(points.getXData()).filter(x -> x == 10).count()).isEqualTo(500);
        assertThat(Arrays.stream(points.getXData()).filter(x -> x == 30).count()).isEqualTo(500);
        XYSeries means = chart.getSeriesMap().get("mean +/- sd 0.50 GiB, all rows");
        assertThat(means.getXData()).containsExactly(0.0, 10.0, 20.0, 30.0);
        assertThat(means.getYData()).containsExactly(new double[] {10, 11, 12, 13}, within(1e-9));
        double sd = 2 * Math.sqrt(4_998.0 / 4_997);
        assertThat(means.getExtraValues()).containsExactly(new double[] {sd, sd, sd, sd}, within(1e-9));
    }

    /** Rows cycling through RTT 0, 10, 20, 30 ms; within each RTT level the time is 2 s above, then below. */
    private static List<FitObservation> rows(int count) {
        List<FitObservation> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double rtt = 10.0 * (i % 4);
            double offset = (i / 4) % 2 == 0 ? 2 : -2;
            rows.add(new FitObservation(rtt, 0.5 * GIB, 10 + rtt / 10 + offset));
        }
        return rows;
    }
}
