package io.migcal.model.sim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class SummaryTest {
    @Test
    void theIntervalUsesStudentsTWithNMinusOneDegreesOfFreedom() {
        Summary s = Summary.of(new double[] {1, 2, 3, 4, 5});

        assertThat(s.mean()).isEqualTo(3.0);
        assertThat(s.sd()).isCloseTo(Math.sqrt(2.5), offset(1e-12));
        // t(0.975, 4) = 2.776445
        assertThat(s.ci95High() - s.mean()).isCloseTo(2.776445 * Math.sqrt(2.5) / Math.sqrt(5), offset(1e-5));
        assertThat(s.ci95Low()).isCloseTo(2 * s.mean() - s.ci95High(), offset(1e-12));
    }

    @Test
    void oneRunHasNoSpread() {
        Summary s = Summary.of(new double[] {7});

        assertThat(s.mean()).isEqualTo(7.0);
        assertThat(s.sd()).isNaN();
        assertThat(s.ci95Low()).isNaN();
    }
}
