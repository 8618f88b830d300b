package io.migcal.model.fit;

import io.migcal.model.measure.FitObservation;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer.Optimum;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * The row-wise reference (the fitter as it was before cells): one residual per row. Test and bench
 * scope only, for the equivalence test and as the benchmark's baseline; production never runs it.
 * One Levenberg-Marquardt search over a family's free parameters from one starting point. Residuals
 * are (measured - predicted) / scale, the scale being 1 s or the measured time (see {@link ResidualScale});
 * the Jacobian is taken by central differences because min() has no derivative at its kink.
 */
final class RowWiseLevenbergMarquardt {
    private static final int MAX_EVALUATIONS = 5000;

    private final ModelFamily family;
    private final List<FitObservation> observations;
    private final boolean[] free;
    private final double[] start;

    RowWiseLevenbergMarquardt(ModelFamily family, List<FitObservation> observations, boolean[] free, double[] start) {
        this.family = family;
        this.observations = observations;
        this.free = free.clone();
        this.start = start.clone();
    }

    Optimum optimize() {
        double[] target = new double[observations.size()];
        for (int i = 0; i < target.length; i++) {
            FitObservation o = observations.get(i);
            target[i] = o.transferTimeS() / scale(o);
        }
        return new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                .start(LevenbergMarquardtRun.compress(start, free))
                .model(this::valueAndJacobian)
                .target(target)
                .parameterValidator(v -> new ArrayRealVector(LevenbergMarquardtRun.compress(family.clamp(LevenbergMarquardtRun.expand(v.toArray(), free, start)), free)))
                .maxEvaluations(MAX_EVALUATIONS)
                .maxIterations(MAX_EVALUATIONS)
                .lazyEvaluation(false)
                .build());
    }

    private Pair<RealVector, RealMatrix> valueAndJacobian(RealVector point) {
        double[] p = point.toArray();
        double[] values = values(p);
        int[] all = IntStream.range(0, p.length).toArray();
        double[][] jacobian = CentralDifference.jacobian(this::values, p, all, values.length);
        return new Pair<>(new ArrayRealVector(values, false), new Array2DRowRealMatrix(jacobian, false));
    }

    private double[] values(double[] freeValues) {
        double[] p = LevenbergMarquardtRun.expand(freeValues, free, start);
        double[] values = new double[observations.size()];
        for (int i = 0; i < values.length; i++) {
            FitObservation o = observations.get(i);
            values[i] = family.transferTimeS(p, o.guestUsedBytes(), o.rttMs(), LevenbergMarquardtRun.dirtyRate(o)) / scale(o);
        }
        return values;
    }

    private double scale(FitObservation o) {
        return family.residualScale().scaleAt(o.transferTimeS());
    }



}
