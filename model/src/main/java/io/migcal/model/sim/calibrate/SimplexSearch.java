package io.migcal.model.sim.calibrate;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * commons-math3's Nelder-Mead ({@link SimplexOptimizer} with a {@link NelderMeadSimplex}) under an
 * evaluation budget. The objective is a mean over simulated runs, so the search rarely meets a
 * convergence test: when the budget runs out, the best point seen so far is the answer.
 */
final class SimplexSearch {
    /** A point of the unit cube and the objective's value there. */
    record Point(double[] unit, double value) {
    }

    private SimplexSearch() {
    }

    /**
     * Nelder-Mead over the coordinates marked {@code free} only; the others keep their value in
     * {@code start}. Held coordinates are taken out of the simplex, not just ignored by {@code f}:
     * a flat direction still costs a vertex and its evaluations, and with most coordinates held the
     * budget would go on moves that cannot change the objective.
     */
    static Point minimise(ToDoubleFunction<double[]> f, double[] start, boolean[] free, double step, int budget) {
        int[] index = java.util.stream.IntStream.range(0, start.length).filter(i -> free[i]).toArray();
        double[] bestPoint = start.clone();
        double[] bestValue = {Double.POSITIVE_INFINITY};
        ToDoubleFunction<double[]> tracked = reduced -> {
            double[] x = expand(start, index, reduced);
            double v = f.applyAsDouble(x);
            if (v < bestValue[0]) {
                bestValue[0] = v;
                System.arraycopy(x, 0, bestPoint, 0, x.length);
            }
            return v;
        };
        double[] reducedStart = new double[index.length];
        double[] steps = new double[index.length];
        for (int k = 0; k < index.length; k++) {
            reducedStart[k] = start[index[k]];
            steps[k] = reducedStart[k] + step <= 1 ? step : -step;
        }
        if (index.length == 0) {
            return new Point(start.clone(), f.applyAsDouble(start));
        }
        try {
            new SimplexOptimizer(1e-7, 1e-9).optimize(new MaxEval(budget),
                    new ObjectiveFunction(tracked::applyAsDouble), GoalType.MINIMIZE,
                    new InitialGuess(reducedStart), new NelderMeadSimplex(steps));
        } catch (TooManyEvaluationsException budgetSpent) {
            // The answer is the best point seen, tracked above.
        }
        return new Point(Arrays.copyOf(bestPoint, bestPoint.length), bestValue[0]);
    }

    private static double[] expand(double[] start, int[] index, double[] reduced) {
        double[] x = start.clone();
        for (int k = 0; k < index.length; k++) {
            x[index[k]] = reduced[k];
        }
        return x;
    }
}
