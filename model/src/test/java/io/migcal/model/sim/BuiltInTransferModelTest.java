package io.migcal.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuiltInTransferModelTest {
    private static final double GIB = 1024.0 * 1024 * 1024;
    private final BuiltInTransferModel model = new BuiltInTransferModel();

    @Test
    void sixMillisecondsTakeMoreThanTwiceZeroAsInThePapersFigures() {
        for (double gib : new double[] {0.6, 1.0}) {
            assertThat(model.predict(gib * GIB, 6).transferTimeS())
                    .isGreaterThan(2 * model.predict(gib * GIB, 0).transferTimeS());
        }
    }

    @Test
    void oneGibTakesLongerThanPointSixAtEveryRtt() {
        for (double rttMs = 0; rttMs <= 60; rttMs += 0.5) {
            assertThat(model.predict(1.0 * GIB, rttMs).transferTimeS())
                    .isGreaterThan(model.predict(0.6 * GIB, rttMs).transferTimeS());
        }
    }

    @Test
    void theWindowLimitsTheRateAboveTheBandwidthDelayProduct() {
        // 1 GiB at 10 ms: 262,144 B per 10 ms = 26,214,400 B/s, so 40.96 s plus 2 s setup
        assertThat(model.predict(GIB, 10).transferTimeS()).isEqualTo(42.96, org.assertj.core.data.Offset.offset(1e-9));
        // at 0 ms the link rate of 117 MB/s applies
        assertThat(model.predict(117e6, 0).transferTimeS()).isEqualTo(3.0);
    }
}
