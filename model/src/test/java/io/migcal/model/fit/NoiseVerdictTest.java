package io.migcal.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.migcal.model.measure.FitObservation;
import io.migcal.model.measure.MeasurementData;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoiseVerdictTest {
    private static final double[] RTTS_MS = {0, 10, 20, 26, 29, 32, 35};

    @Test
    void pooledRelativeSdOfRepetitionsMatchesTheNoiseDrawn() {
        List<FitObservation> data = SyntheticData.generate(WindowCapFamily.windowCap(), new double[] {0.3, 0.01, 120, 2},
                new double[] {0, 5, 10, 20}, new double[] {0.5, 1}, 8, 0.03, 7);
        assertThat(MeasurementNoise.of(data).relativeSd()).isCloseTo(0.03, offset(0.005));
        assertThat(MeasurementNoise.of(data).degreesOfFreedom()).isEqualTo(8 * 7);
    }

    @Test
    void aKneeTheChosenModelCannotBendIsNotWithinNoiseAndNamesTheLevelsToMeasureNext() {
        List<FitObservation> data = SyntheticData.generate(new QueueLossFamily(), new double[] {1.0, 0.02, 110, 2.9, 6},
                RTTS_MS, new double[] {0.6, 1.0}, 2, 0.01, 3);
        FitReport linear = ModelComparison.compare(new MeasurementData("knee", "0", data, 0, "rtt_set_ms"), "linear");
        assertThat(linear.noise().withinNoise()).isFalse();
        assertThat(linear.noise().nextRttMs()).isNotEmpty();
        assertThat(linear.noise().sweepLine()).matches("sweep\\.rtt_ms: \\[[0-9.]+(, [0-9.]+)*\\]");
        assertThat(SummaryTable.render(linear)).contains("NOT within noise", "measure next: sweep.rtt_ms: [");

        FitReport auto = ModelComparison.compare(new MeasurementData("knee", "0", data, 0, "rtt_set_ms"), "auto");
        assertThat(auto.chosen().family().name()).isEqualTo("queue-loss");
        assertThat(auto.noise().withinNoise()).isTrue();
        assertThat(TransferModelFile.toJson(auto, "t")).contains("\"within_noise\" : true");
    }
}
