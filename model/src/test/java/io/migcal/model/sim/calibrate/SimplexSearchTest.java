package io.migcal.model.sim.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SimplexSearchTest {
    /** A bowl with its bottom at 0.3 in every coordinate. */
    private static double bowl(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += (v - 0.3) * (v - 0.3);
        }
        return sum;
    }

    @Test
    void heldCoordinatesKeepTheirValueAndTheFreeOnesReachTheBottomOnASmallBudget() {
        double[] start = new double[PaperParameters.DIMENSIONS];
        Arrays.fill(start, 0.8);
        boolean[] free = new boolean[start.length];
        free[6] = true;
        free[7] = true;

        SimplexSearch.Point found = SimplexSearch.minimise(SimplexSearchTest::bowl, start, free, 0.08, 80);

        assertThat(found.unit()[6]).isCloseTo(0.3, offset(0.01));
        assertThat(found.unit()[7]).isCloseTo(0.3, offset(0.01));
        for (int i = 0; i < start.length; i++) {
            if (!free[i]) {
                assertThat(found.unit()[i]).as("held coordinate %d", i).isEqualTo(0.8);
            }
        }
        assertThat(found.value()).isCloseTo(17 * 0.25, offset(1e-3));
    }
}
