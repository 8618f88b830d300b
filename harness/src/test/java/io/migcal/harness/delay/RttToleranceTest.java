package io.migcal.harness.delay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RttToleranceTest {
    private static PingSummary averaging(double avgMs) {
        return new PingSummary(5, 5, 0, avgMs, avgMs, avgMs, 0);
    }

    @Test
    void rttWithinOneMillisecondPlusTenPercentPasses() {
        RttCheck check = RttTolerance.DEFAULT.check(20, averaging(22.9));

        assertThat(check.withinTolerance()).isTrue();
        assertThat(check.allowedDeviationMs()).isEqualTo(3.0);
        assertThat(check.flagReason()).isEmpty();
    }

    @Test
    void rttFurtherOffIsFlaggedWithTheNumbers() {
        RttCheck check = RttTolerance.DEFAULT.check(20, averaging(23.5));

        assertThat(check.withinTolerance()).isFalse();
        assertThat(check.flagReason()).isEqualTo("measured RTT 23.500 ms is 3.500 ms off the 20.000 ms set (allowed 3.000 ms)");
    }

    @Test
    void rttBelowTheSetOneIsFlaggedToo() {
        assertThat(new RttTolerance(0.5, 0).check(6, averaging(0.2)).withinTolerance()).isFalse();
    }

    @Test
    void noReplyIsAlwaysFlagged() {
        RttCheck check = new RttTolerance(1000, 1).check(0, new PingSummary(5, 0, 100, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN));

        assertThat(check.withinTolerance()).isFalse();
        assertThat(check.flagReason()).isEqualTo("no ping reply before the sample (RTT set 0.000 ms)");
    }
}
