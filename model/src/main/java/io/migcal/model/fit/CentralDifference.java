package io.migcal.model.fit;

import java.util.function.Function;

/**
 * Derivatives by central differences, for the fit's Jacobian and the prediction interval's gradient:
 * the families' min() has no analytic derivative at its kink, and one rule for both keeps them consistent.
 */
final class CentralDifference {
    private static final double RELATIVE_STEP = 1e-6;
    private static final double SMALLEST_SCALE = 1e-3;

    private CentralDifference() {
    }

    /** d f_i / d p_j for every output i and each index j in {@code indices} (other columns stay zero). */
    static double[][] jacobian(Function<double[], double[]> f, double[] p, int[] indices, int outputs) {
        double[][] jacobian = new double[outputs][p.length];
        for (int j : indices) {
            double step = RELATIVE_STEP * Math.max(Math.abs(p[j]), SMALLEST_SCALE);
            double[] up = p.clone();
            double[] down = p.clone();
            up[j] += step;
            down[j] -= step;
            double[] valuesUp = f.apply(up);
            double[] valuesDown = f.apply(down);
            for (int i = 0; i < outputs; i++) {
                jacobian[i][j] = (valuesUp[i] - valuesDown[i]) / (2 * step);
            }
        }
        return jacobian;
    }
}
