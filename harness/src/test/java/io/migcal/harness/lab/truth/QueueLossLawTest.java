package io.migcal.harness.lab.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The knee law: netem's default queue of 1000 packets, CUBIC, half the delay each way. */
class QueueLossLawTest {
    private static final long GIB = 1L << 30;
    private final GroundTruth knee = new GroundTruth(GroundTruthParameters.paperLab().withQueueLossLaw(QueueLossLaw.knee(4)));

    private double seconds(GroundTruth truth, double rttMs) {
        return truth.transferTimeS(GIB, rttMs, DelayBoxSettings.symmetric(0, 1000, false, CongestionControl.CUBIC));
    }

    @Test
    void timeIsFlatWhileTheQueueHoldsTheBdpAndRisesFasterThanRttPastIt() {
        double atZero = seconds(knee, 0);
        assertThat(seconds(knee, 20) / atZero).isLessThan(1.15);
        double at30 = seconds(knee, 30);
        double at40 = seconds(knee, 40);
        assertThat(at30).isGreaterThan(1.3 * atZero);
        assertThat(at40 / at30).as("steeper than 1/RTT throughput (40/30 = 1.33)").isGreaterThan(1.6);
        System.out.printf("knee law, 1 GiB: %.1f %.1f %.1f %.1f %.1f s%n", atZero, seconds(knee, 10), seconds(knee, 20), at30, at40);
    }

    @Test
    void theRateIsContinuousAtTheKnee() {
        GroundTruthParameters p = knee.parameters();
        double kneeRttMs = 2 * 1000 * p.mssBytes() / p.linkGoodputBytesPerS() * 1000;
        double before = PathThroughput.of(p, DelayBoxSettings.symmetric(kneeRttMs - 0.01, 1000, false, CongestionControl.CUBIC))
                .effectiveBytesPerS();
        PathThroughput after = PathThroughput.of(p, DelayBoxSettings.symmetric(kneeRttMs + 0.01, 1000, false,
                CongestionControl.CUBIC));
        assertThat(after.effectiveBytesPerS() / before).isCloseTo(1, within(0.01));
        assertThat(after.bottleneck()).isEqualTo(Bottleneck.DELAY_BOX_QUEUE);
        assertThat(after.dropFraction()).isPositive();
    }

    @Test
    void theDefaultLawIsTheSawtoothAndUnchanged() {
        GroundTruth defaults = new GroundTruth(GroundTruthParameters.paperLab());
        assertThat(defaults.parameters().queueLossLaw()).isEqualTo(QueueLossLaw.sawtooth());
        // docs/virtual-lab.md's table: 0.6 GiB, limit 1000, 20 ms takes 14.8 s under the default law
        double t = defaults.transferTimeS(Math.round(0.6 * GIB), 20,
                DelayBoxSettings.symmetric(0, 1000, false, CongestionControl.CUBIC));
        assertThat(t).isCloseTo(14.8, within(0.05));
    }
}
