package io.migcal.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migcal.model.measure.FitObservation;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class LeastSquaresFitterTest {
    private static final double[] RTTS = {0, 5, 10, 20, 30, 40};
    private static final double[] MEMORIES = {0.5, 1, 2};

    @Test
    void fitRecoversKnownWindowCapParametersWithinTheirIntervals() {
        double[] truth = {0.3, 0.01, 120, 2.0};
        ModelFamily family = WindowCapFamily.windowCap();
        List<FitObservation> data = SyntheticData.generate(family, truth, RTTS, MEMORIES, 3, 0.01, 7);
        FittedModel model = new FittedModel(family, LeastSquaresFitter.fit(family, data), FitRange.of(data), 0);
        assertTruthWithinIntervals(model, truth);
    }

    @Test
    void fitRecoversTheExtraMemoryTermWhenSomeObservationsAreWindowBound() {
        double[] truth = {0.3, 0.01, 120, 2.0, 100};
        ModelFamily family = WindowCapFamily.windowCapWithExtraMemory();
        List<FitObservation> data = SyntheticData.generate(family, truth, RTTS, MEMORIES, 3, 0.01, 13);
        FittedModel model = new FittedModel(family, LeastSquaresFitter.fit(family, data), FitRange.of(data), 0);
        assertTruthWithinIntervals(model, truth);
    }

    @Test
    void theExtraMemoryTermIsNotIdentifiableWhenTheCapAloneBinds() {
        ModelFamily family = WindowCapFamily.windowCapWithExtraMemory();
        List<FitObservation> data = SyntheticData.generate(family, new double[] {0.3, 0.01, 120, 1e6, 100},
                new double[] {0, 10, 20}, MEMORIES, 2, 0.01, 17);
        assertThatThrownBy(() -> LeastSquaresFitter.fit(family, data)).isInstanceOf(NotIdentifiableException.class)
                .hasMessageContaining("cannot be separated");
    }

    @Test
    void fitRecoversKnownLinearParametersWithinTheirIntervals() {
        double[] truth = {0.5, 7.0, 0.02, 0.05};
        ModelFamily family = new LinearInteractionFamily();
        List<FitObservation> data = SyntheticData.generate(family, truth, RTTS, MEMORIES, 3, 0.005, 11);
        FittedModel model = new FittedModel(family, LeastSquaresFitter.fit(family, data), FitRange.of(data), 0);
        assertTruthWithinIntervals(model, truth);
    }

    @Property(tries = 12)
    void fitFindsTheKinkWhereverTheWindowStartsToBind(
            @ForAll @DoubleRange(min = 60, max = 1200) double capMibPerS,
            @ForAll @DoubleRange(min = 0.3, max = 0.9) double bindsAtFractionOfMaxRtt) {
        double windowMib = capMibPerS * 0.040 * bindsAtFractionOfMaxRtt;
        double[] truth = {0.2, 0.005, capMibPerS, windowMib};
        ModelFamily family = WindowCapFamily.windowCap();
        List<FitObservation> data = SyntheticData.generate(family, truth, RTTS, MEMORIES, 2, 0.001, 3);
        double[] fitted = LeastSquaresFitter.fit(family, data).values();
        assertThat(fitted[WindowCapFamily.CAP]).isCloseTo(capMibPerS, org.assertj.core.data.Percentage.withPercentage(2));
        assertThat(fitted[WindowCapFamily.WINDOW]).isCloseTo(windowMib, org.assertj.core.data.Percentage.withPercentage(2));
    }

    @Test
    void aWindowThatNeverBindsIsReportedAsUnboundedNotGuessed() {
        double[] truth = {0.2, 0.01, 120, 1e6};
        ModelFamily family = WindowCapFamily.windowCap();
        List<FitObservation> data = SyntheticData.generate(family, truth, new double[] {0, 10, 20}, MEMORIES, 2, 0.005, 5);
        FittedParameters fitted = LeastSquaresFitter.fit(family, data);
        assertThat(fitted.free()[WindowCapFamily.WINDOW]).isFalse();
        assertThat(fitted.values()[WindowCapFamily.WINDOW]).isInfinite();
        assertThat(fitted.values()[WindowCapFamily.CAP]).isCloseTo(120, org.assertj.core.data.Percentage.withPercentage(3));
    }

    @Test
    void oneRttLevelIsReportedAsNotIdentifiable() {
        ModelFamily family = WindowCapFamily.windowCap();
        List<FitObservation> data = SyntheticData.generate(family, new double[] {0.2, 0.01, 120, 2}, new double[] {10},
                MEMORIES, 2, 0.01, 5);
        assertThatThrownBy(() -> LeastSquaresFitter.fit(family, data)).isInstanceOf(NotIdentifiableException.class)
                .hasMessageContaining("at least 2 RTT levels");
    }

    @Test
    void predictionIntervalCoversTheTruthAndWidensOutsideTheData() {
        double[] truth = {0.3, 0.01, 120, 2.0};
        ModelFamily family = WindowCapFamily.windowCap();
        List<FitObservation> data = SyntheticData.generate(family, truth, RTTS, MEMORIES, 3, 0.01, 9);
        FittedModel model = new FittedModel(family, LeastSquaresFitter.fit(family, data), FitRange.of(data), 0);
        Prediction inside = model.predict(1 * SyntheticData.GIB, 15);
        Prediction outside = model.predict(8 * SyntheticData.GIB, 80);
        assertThat(family.transferTimeS(truth, SyntheticData.GIB, 15, 0)).isBetween(inside.lowerS(), inside.upperS());
        assertThat(inside.extrapolated()).isFalse();
        assertThat(outside.extrapolated()).isTrue();
        assertThat((outside.upperS() - outside.lowerS()) / outside.transferTimeS())
                .isGreaterThan((inside.upperS() - inside.lowerS()) / inside.transferTimeS());
    }

    /** Each true parameter lies inside its fitted 95 % confidence interval. */
    static void assertTruthWithinIntervals(FittedModel model, double[] truth) {
        for (int i = 0; i < truth.length; i++) {
            double value = model.parameters().values()[i];
            double half = model.confidenceHalfWidth(i);
            assertThat(truth[i]).as(model.family().parameters().get(i).name()).isBetween(value - half, value + half);
        }
    }
}
