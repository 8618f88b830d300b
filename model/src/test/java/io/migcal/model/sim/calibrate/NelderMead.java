package io.migcal.model.sim.calibrate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/** The Nelder-Mead simplex search (standard coefficients), bounded by an evaluation budget. */
final class NelderMead {
    record Result(double[] point, double value) {
    }

    private NelderMead() {
    }

    static Result minimise(ToDoubleFunction<double[]> f, double[] start, double step, int budget) {
        int n = start.length;
        double[][] simplex = new double[n + 1][];
        double[] values = new double[n + 1];
        simplex[0] = start.clone();
        for (int i = 0; i < n; i++) {
            simplex[i + 1] = start.clone();
            simplex[i + 1][i] += start[i] + step <= 1 ? step : -step;
        }
        for (int i = 0; i <= n; i++) {
            values[i] = f.applyAsDouble(simplex[i]);
        }
        int evaluations = n + 1;
        while (evaluations < budget) {
            Integer[] order = new Integer[n + 1];
            for (int i = 0; i <= n; i++) {
                order[i] = i;
            }
            double[] v = values;
            Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
            double[][] s2 = new double[n + 1][];
            double[] v2 = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                s2[i] = simplex[order[i]];
                v2[i] = values[order[i]];
            }
            simplex = s2;
            values = v2;
            double[] centroid = new double[n];
            for (int i = 0; i < n; i++) {
                for (int d = 0; d < n; d++) {
                    centroid[d] += simplex[i][d] / n;
                }
            }
            double[] reflected = along(centroid, simplex[n], -1.0);
            double fr = f.applyAsDouble(reflected);
            evaluations++;
            if (fr < values[0]) {
                double[] expanded = along(centroid, simplex[n], -2.0);
                double fe = f.applyAsDouble(expanded);
                evaluations++;
                simplex[n] = fe < fr ? expanded : reflected;
                values[n] = Math.min(fe, fr);
            } else if (fr < values[n - 1]) {
                simplex[n] = reflected;
                values[n] = fr;
            } else {
                double[] contracted = along(centroid, simplex[n], 0.5);
                double fc = f.applyAsDouble(contracted);
                evaluations++;
                if (fc < values[n]) {
                    simplex[n] = contracted;
                    values[n] = fc;
                } else {
                    for (int i = 1; i <= n; i++) {
                        simplex[i] = along(simplex[0], simplex[i], 0.5);
                        values[i] = f.applyAsDouble(simplex[i]);
                    }
                    evaluations += n;
                }
            }
        }
        int best = 0;
        for (int i = 1; i <= n; i++) {
            if (values[i] < values[best]) {
                best = i;
            }
        }
        return new Result(simplex[best], values[best]);
    }

    /** centroid + t * (point - centroid). */
    private static double[] along(double[] centroid, double[] point, double t) {
        double[] x = new double[centroid.length];
        for (int d = 0; d < x.length; d++) {
            x[d] = centroid[d] + t * (point[d] - centroid[d]);
        }
        return x;
    }
}
