package io.migcal.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.migcal.model.measure.FitObservation;
import java.util.ArrayList;
import java.util.List;
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
    void theStartPoolsASlopeThatFallsAndKeepsEveryInterceptAtOrAboveZero() {
        // levels 0, 10, 20 ms, lines 1 + 8m, 1 + 10m, 1 + 9m (m in GiB) and a fourth, -1 + 10m, whose
        // own intercept is negative: the middle two pool at 9.5, the fourth goes through the origin
        double[][] lines = {{1, 8}, {1, 10}, {1, 9}, {-1, 12}};
        List<FitObservation> cells = new ArrayList<>();
        for (int level = 0; level < lines.length; level++) {
            for (double m : new double[] {0.5, 1.0}) {
                cells.add(new FitObservation(10.0 * level, m * SyntheticData.GIB, lines[level][0] + lines[level][1] * m));
            }
        }
        double[] ones = new double[cells.size()];
        java.util.Arrays.fill(ones, 1);
        double[] centres = cells.stream().mapToDouble(FitObservation::transferTimeS).toArray();
        double[][] solved = ShapeFreeStart.solve(cells, ones, centres, 4, rtt -> (int) Math.round(rtt / 10), 0);
        assertThat(solved[1]).containsExactly(new double[] {8, 9.5, 9.5, (5.0 * 0.5 + 11 * 1.0) / 1.25}, offset(1e-9));
        assertThat(solved[0]).containsExactly(new double[] {1, (17 - 9.5 * 1.5) / 2, (15.5 - 9.5 * 1.5) / 2, 0},
                offset(1e-9));
    }
}
