package io.migcal.model.fit;

import io.migcal.model.measure.FitObservation;
import java.util.List;

/**
 * The shape-free family's starting point, close to its optimum: at each RTT level a straight line
 * T = a + g*M fitted on relative residuals (a kept >= 0), then the slopes made non-decreasing in RTT by
 * weighted pool-adjacent-violators (isotonic regression, each slope weighted by its precision), then
 * each level's intercept refitted under its pooled slope. Levenberg-Marquardt polishes it jointly.
 */
final class ShapeFreeStart {
    private static final double GIB = 1024.0 * 1024.0 * 1024.0;
    private static final double SINGULAR = 1e-12;

    private ShapeFreeStart() {
    }

    /** Intercepts (s) then slopes (s/GiB), one per knot; {@code levelOf} maps an RTT to its knot. */
    static double[][] interceptsAndSlopes(List<FitObservation> cells, int knots, java.util.function.DoubleToIntFunction levelOf) {
        double[][] sums = new double[knots][5]; // sum u^2, u v, v^2, u, v with u = 1/T, v = M/T (GiB/s)
        for (FitObservation o : cells) {
            double u = 1 / o.transferTimeS();
            double v = o.guestUsedBytes() / GIB / o.transferTimeS();
            double[] s = sums[levelOf.applyAsInt(o.rttMs())];
            s[0] += u * u;
            s[1] += u * v;
            s[2] += v * v;
            s[3] += u;
            s[4] += v;
        }
        double[] intercepts = new double[knots];
        double[] slopes = new double[knots];
        double[] weights = new double[knots];
        for (int k = 0; k < knots; k++) {
            double[] s = sums[k];
            double det = s[0] * s[2] - s[1] * s[1];
            double a = Math.abs(det) > SINGULAR * s[0] * s[2] ? (s[3] * s[2] - s[4] * s[1]) / det : -1;
            slopes[k] = a >= 0 ? (s[0] * s[4] - s[1] * s[3]) / det : s[4] / s[2];
            weights[k] = s[2];
        }
        double[] pooled = isotonic(slopes, weights);
        for (int k = 0; k < knots; k++) {
            double[] s = sums[k];
            intercepts[k] = Math.max(0, (s[3] - pooled[k] * s[1]) / s[0]);
        }
        return new double[][] {intercepts, pooled};
    }

    /** Weighted pool-adjacent-violators: the non-decreasing sequence closest to {@code values} in weighted squares. */
    static double[] isotonic(double[] values, double[] weights) {
        int n = values.length;
        double[] blockValue = new double[n];
        double[] blockWeight = new double[n];
        int[] blockSize = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            blockValue[blocks] = values[i];
            blockWeight[blocks] = Math.max(weights[i], SINGULAR);
            blockSize[blocks] = 1;
            blocks++;
            while (blocks > 1 && blockValue[blocks - 2] > blockValue[blocks - 1]) {
                double w = blockWeight[blocks - 2] + blockWeight[blocks - 1];
                blockValue[blocks - 2] = (blockValue[blocks - 2] * blockWeight[blocks - 2]
                        + blockValue[blocks - 1] * blockWeight[blocks - 1]) / w;
                blockWeight[blocks - 2] = w;
                blockSize[blocks - 2] += blockSize[blocks - 1];
                blocks--;
            }
        }
        double[] result = new double[n];
        int next = 0;
        for (int b = 0; b < blocks; b++) {
            for (int j = 0; j < blockSize[b]; j++) {
                result[next++] = blockValue[b];
            }
        }
        return result;
    }
}
