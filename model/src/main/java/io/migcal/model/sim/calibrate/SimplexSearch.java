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

    static Point minimise(ToDoubleFunction<double[]> f, double[] start, double step, int budget) {
        double[] bestPoint = start.clone();
        double[] bestValue = {Double.POSITIVE_INFINITY};
        ToDoubleFunction<double[]> tracked = x -> {
            double v = f.applyAsDouble(x);
            if (v < bestValue[0]) {
                bestValue[0] = v;
                System.arraycopy(x, 0, bestPoint, 0, x.length);
            }
            return v;
        };
        double[] steps = new double[start.length];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = start[i] + step <= 1 ? step : -step;
        }
        try {
            new SimplexOptimizer(1e-7, 1e-9).optimize(new MaxEval(budget),
                    new ObjectiveFunction(tracked::applyAsDouble), GoalType.MINIMIZE,
                    new InitialGuess(start), new NelderMeadSimplex(steps));
        } catch (TooManyEvaluationsException budgetSpent) {
            // The answer is the best point seen, tracked above.
        }
        return new Point(Arrays.copyOf(bestPoint, bestPoint.length), bestValue[0]);
    }
}
