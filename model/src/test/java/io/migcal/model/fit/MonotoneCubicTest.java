package io.migcal.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class MonotoneCubicTest {
    private static final double[] KNOTS = {0, 10, 20, 25, 40};

    @Test
    void passesThroughEveryKnot() {
        double[] values = {1, 1.2, 3, 7, 8};
        MonotoneCubic curve = new MonotoneCubic(KNOTS, values);
        for (int i = 0; i < KNOTS.length; i++) {
            assertThat(curve.at(KNOTS[i])).isCloseTo(values[i], offset(1e-12));
        }
    }

    @Test
    void staysNonDecreasingWithoutOvershootWhereTheDataRiseSteeply() {
        MonotoneCubic curve = new MonotoneCubic(KNOTS, new double[] {1, 1, 1, 9, 9});
        double previous = Double.NEGATIVE_INFINITY;
        for (double x = 0; x <= 40; x += 0.25) {
            double y = curve.at(x);
            assertThat(y).isGreaterThanOrEqualTo(previous - 1e-12).isBetween(1.0 - 1e-12, 9.0 + 1e-12);
            previous = y;
        }
    }

    @Test
    void aNaturalCubicSplineWouldDipBelowTheFlatPartThisDoesNot() {
        // the flat stretch before a jump is where an ordinary spline rings; PCHIP keeps it flat
        MonotoneCubic curve = new MonotoneCubic(KNOTS, new double[] {2, 2, 2, 6, 6.5});
        assertThat(curve.at(5)).isEqualTo(2.0, offset(1e-12));
        assertThat(curve.at(15)).isEqualTo(2.0, offset(1e-12));
    }

    @Test
    void continuesAlongTheEndIntervalsOutsideTheKnots() {
        MonotoneCubic curve = new MonotoneCubic(KNOTS, new double[] {1, 2, 3, 4, 7});
        assertThat(curve.at(50)).isCloseTo(7 + 10 * (7 - 4) / 15.0, offset(1e-12));
        assertThat(curve.at(-10)).isCloseTo(0, offset(1e-12));
    }

    @Test
    void isotonicRegressionPoolsAdjacentViolatorsByWeight() {
        assertThat(ShapeFreeStart.isotonic(new double[] {1, 3, 2, 4}, new double[] {1, 1, 1, 1}))
                .containsExactly(new double[] {1, 2.5, 2.5, 4}, offset(1e-12));
        assertThat(ShapeFreeStart.isotonic(new double[] {5, 1, 1}, new double[] {2, 1, 1}))
                .containsExactly(new double[] {3, 3, 3}, offset(1e-12));
        assertThat(ShapeFreeStart.isotonic(new double[] {1, 2, 3}, new double[] {1, 1, 1}))
                .containsExactly(new double[] {1, 2, 3}, offset(1e-12));
    }
}
