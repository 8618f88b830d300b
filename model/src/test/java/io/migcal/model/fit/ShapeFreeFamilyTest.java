package io.migcal.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import io.migcal.model.BadInputException;
import io.migcal.model.measure.FitObservation;
import io.migcal.model.measure.MeasurementData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A path with a loss law of its own that no family's formula has: a policer whose burst covers the
 * stream's window at short RTTs and not past about 20 ms, so the throughput steps down smoothly from
 * 120 to 40 MiB/s and then stays there (a logistic in RTT), with a set-up time growing 10 ms per ms.
 * The window and queue laws either never flatten again or never fall this way; the shape-free family
 * follows it between measured levels.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShapeFreeFamilyTest {
    private static final double GIB = 1024.0 * 1024.0 * 1024.0;
    private static final double[] RTTS_MS = {0, 5, 10, 15, 20, 25, 30, 35, 40};
    private static final double[] MEMORIES_GIB = {0.6, 1.0};

    private List<FitObservation> data;
    private FitReport auto;

    static double policedTruthS(double gib, double rttMs) {
        double rateMibPerS = 40 + 80 / (1 + Math.exp((rttMs - 20) / 4));
        return 0.5 + 0.01 * rttMs + gib * 1024 / rateMibPerS;
    }

    @BeforeAll
    void fitThePolicedPath() {
        Random random = new Random(11);
        data = new ArrayList<>();
        for (double rtt : RTTS_MS) {
            for (double gib : MEMORIES_GIB) {
                for (int r = 0; r < 3; r++) {
                    data.add(new FitObservation(rtt, gib * GIB, policedTruthS(gib, rtt) * (1 + 0.01 * random.nextGaussian())));
                }
            }
        }
        auto = ModelComparison.compare(new MeasurementData("policed", "0", data, 0, "rtt_set_ms"), "auto");
    }

    @Test
    void autoChoosesTheShapeFreeFamilyBecauseNoFormulaIsWithinTheNoiseBetweenLevels() {
        assertThat(auto.chosen().family().name()).isEqualTo("shape-free");
        assertThat(auto.selectionReason()).contains("interior RTT levels", "beyond the noise limit");
        double noiseLimit = NoiseVerdict.NOISE_MULTIPLE * auto.noise().noise().relativeSdPct();
        for (FamilyFit fit : auto.families()) {
            if (fit.identifiable() && !fit.family().interpolatesOnly() && fit.groupedCv().available()) {
                assertThat(fit.groupedCv().interiorMapePct()).as(fit.family().name()).isGreaterThan(noiseLimit);
            }
        }
        assertThat(auto.chosen().groupedCv().interiorOnly()).isTrue();
        assertThat(auto.chosen().groupedCv().folds()).isEqualTo(RTTS_MS.length - 2);
    }

    @Test
    void eachLeftOutInteriorLevelIsPredictedWithinFivePercentOfTheNoiseFreeTruth() {
        List<String> misses = new ArrayList<>();
        for (int level = 1; level < RTTS_MS.length - 1; level++) {
            double left = RTTS_MS[level];
            List<FitObservation> training = data.stream().filter(o -> o.rttMs() != left).toList();
            LeastSquaresFitter.Bound fit = LeastSquaresFitter.fitBound(new ShapeFreeFamily(), ObservationCells.of(training));
            for (double gib : MEMORIES_GIB) {
                double predicted = fit.family().transferTimeS(fit.parameters().values(), gib * GIB, left, 0);
                double error = predicted / policedTruthS(gib, left) - 1;
                if (Math.abs(error) > 0.05) {
                    misses.add(String.format(Locale.ROOT, "%s ms %.1f GiB: %+.1f %%", left, gib, 100 * error));
                }
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void theSlopeNeverFallsWithRttAndNoTimeIsNegative() {
        FittedModel model = auto.chosen().model();
        double previous = 0;
        for (double rtt = -5; rtt <= 50; rtt += 0.5) {
            double slope = model.pointEstimateS(GIB, rtt, 0) - model.pointEstimateS(0, rtt, 0);
            assertThat(slope).as("s per GiB at %s ms", rtt).isGreaterThanOrEqualTo(previous - 1e-9);
            assertThat(model.pointEstimateS(0, rtt, 0)).isGreaterThanOrEqualTo(0);
            previous = slope;
        }
    }

    @Test
    void aLevelMeasuredFasterThanTheOneBeforeItIsPooledNotFollowed() {
        List<FitObservation> bumpy = new ArrayList<>();
        double[] secondsPerGib = {8, 10, 9, 14};
        for (int level = 0; level < secondsPerGib.length; level++) {
            for (double gib : MEMORIES_GIB) {
                bumpy.add(new FitObservation(level * 10.0, gib * GIB, 0.4 + gib * secondsPerGib[level]));
                bumpy.add(new FitObservation(level * 10.0, gib * GIB, (0.4 + gib * secondsPerGib[level]) * 1.01));
            }
        }
        LeastSquaresFitter.Bound fit = LeastSquaresFitter.fitBound(new ShapeFreeFamily(), ObservationCells.of(bumpy));
        double[] p = fit.parameters().values();
        for (int i = 0; i < 4; i++) {
            assertThat(p[i]).as("intercept %d", i).isGreaterThanOrEqualTo(0);
            assertThat(p[4 + i]).as("slope rise %d", i).isGreaterThanOrEqualTo(0);
        }
        double at10 = p[4] + p[5];
        double at20 = at10 + p[6];
        assertThat(at20).isCloseTo(at10, offset(1e-6)).isBetween(9.0, 10.0);
    }

    @Test
    void theBandIsNarrowBetweenLevelsHoldsTheTruthAndWidensOutside() {
        Prediction inside = auto.chosen().model().predict(0.8 * GIB, 22.5);
        double truth = policedTruthS(0.8, 22.5);
        assertThat(inside.extrapolated()).isFalse();
        assertThat(inside.lowerS()).isPositive();
        assertThat((inside.upperS() - inside.lowerS()) / inside.transferTimeS()).isBetween(0.01, 0.15);
        assertThat(truth).isBetween(inside.lowerS() * 0.97, inside.upperS() * 1.03);
        Prediction outside = auto.chosen().model().predict(0.8 * GIB, 60);
        assertThat(outside.extrapolated()).isTrue();
        assertThat(outside.transferTimeS()).isGreaterThan(auto.chosen().model().predict(0.8 * GIB, 40).transferTimeS());
        assertThat((outside.upperS() - outside.lowerS()) / outside.transferTimeS())
                .isGreaterThan((inside.upperS() - inside.lowerS()) / inside.transferTimeS());
    }

    @Test
    void theModelFileCarriesItsKnotsAndReadsBackToTheSamePredictions(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(TransferModelFile.FILE_NAME);
        TransferModelFile.write(file, auto, "test");
        String json = Files.readString(file);
        assertThat(json).contains("\"family\" : \"shape-free\"", "\"knots_rtt_ms\" : [ 0.0, 5.0, 10.0",
                "\"slope_rise_s_per_gib_to_25ms\"", "\"interior_mape_pct\"");
        FittedModel read = TransferModelFile.read(file);
        for (double rtt : new double[] {0, 7.5, 22.5, 40, 45}) {
            Prediction fitted = auto.chosen().model().predict(0.8 * GIB, rtt);
            Prediction back = read.predict(0.8 * GIB, rtt);
            assertThat(back.transferTimeS()).isCloseTo(fitted.transferTimeS(), offset(1e-4 * fitted.transferTimeS()));
            assertThat(back.upperS()).isCloseTo(fitted.upperS(), offset(1e-3 * fitted.upperS()));
            assertThat(back.extrapolated()).isEqualTo(fitted.extrapolated());
        }
        Files.writeString(file, json.replaceFirst("\"knots_rtt_ms\" : \\[[^]]*\\],", ""));
        assertThatThrownBy(() -> TransferModelFile.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("needs knots_rtt_ms");
    }
}
