package io.migcal.model.plot;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.model.fit.Prediction;
import io.migcal.model.fit.TransferTimePredictor;
import io.migcal.model.measure.FitObservation;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
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
}
