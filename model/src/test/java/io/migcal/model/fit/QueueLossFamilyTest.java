package io.migcal.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import io.migcal.model.measure.FitObservation;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueLossFamilyTest {
    private static final double[] RTTS_MS = {0, 10, 20, 26, 29, 32, 35};
    private final QueueLossFamily family = new QueueLossFamily();

    @Test
    void flatThenSteeperThanOneOverRtt() {
        double[] p = {1.0, 0.02, 110, 2.9, 4};
        double atZero = family.transferTimeS(p, SyntheticData.GIB, 0, 0);
        assertThat(family.transferTimeS(p, SyntheticData.GIB, 20, 0)).isLessThan(atZero * 1.1);
        double memoryAt30 = family.transferTimeS(p, SyntheticData.GIB, 30, 0) - 1.0 - 0.6;
        double memoryAt35 = family.transferTimeS(p, SyntheticData.GIB, 35, 0) - 1.0 - 0.7;
        assertThat(memoryAt35 / memoryAt30).as("1/RTT would give 35/30").isGreaterThan(35.0 / 30 * 1.2);
    }

    @Test
    void recoversTheKneeAndTheLossGrowthFromNoisyData() {
        double[] truth = {1.0, 0.02, 110, 2.9, 4};
        List<FitObservation> data = SyntheticData.generate(family, truth, RTTS_MS, new double[] {0.6, 1.0}, 3, 0.02, 11);
        FittedParameters fitted = LeastSquaresFitter.fit(family, data);
        assertThat(fitted.values()[QueueLossFamily.CAP]).isCloseTo(110, withPercentage(5));
        assertThat(fitted.values()[QueueLossFamily.QUEUE]).isCloseTo(2.9, withPercentage(5));
        assertThat(fitted.values()[QueueLossFamily.LOSS_EXPONENT]).isCloseTo(4, withPercentage(30));
    }

    /** The complaint: window-cap answered this shape with a negative set-up time. */
    @Test
    void parametersStayPhysicalEvenWhenAnotherFamilyGoesNegative() {
        double[] truth = {0.3, 0.0, 110, 2.9, 6};
        List<FitObservation> data = SyntheticData.generate(family, truth, RTTS_MS, new double[] {0.6, 1.0}, 2, 0.02, 5);
        FittedParameters windowCap = LeastSquaresFitter.fit(WindowCapFamily.windowCap(), data);
        FittedParameters queueLoss = LeastSquaresFitter.fit(family, data);
        assertThat(windowCap.values()[WindowCapFamily.T0]).isNegative();
        for (int i = 0; i < queueLoss.values().length; i++) {
            assertThat(queueLoss.values()[i]).as(family.parameters().get(i).name()).isGreaterThanOrEqualTo(0);
        }
    }
}
