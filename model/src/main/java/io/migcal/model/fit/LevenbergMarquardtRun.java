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
 * One Levenberg-Marquardt search over a family's free parameters from one starting point. A row's
 * residual is (measured - predicted) / scale, the scale being 1 s or the measured time (see
 * {@link ResidualScale}); the search runs on cells, one residual w (c - f) per cell (see
 * {@link TimeMoments}), plus one constant residual carrying what the cells' spread adds, plus zero
 * residuals so that there are as many as the rows would give up to the number of parameters (the
 * optimizer solves for min(residuals, parameters) directions). The cost, J'J and J'r are then those of
 * the row-wise problem, so the search takes the same steps to the same optimum. The Jacobian is taken by
 * central differences because min() has no derivative at its kink.
 */
final class LevenbergMarquardtRun {
    private static final int MAX_EVALUATIONS = 5000;

    private final ModelFamily family;
    private final List<FitObservation> inputs;
    private final double[] weights;
    private final boolean[] free;
    private final double[] start;
    private final int residualCount;
    private final double[] target;

    LevenbergMarquardtRun(ModelFamily family, ObservationCells cells, boolean[] free, double[] start) {
        this.family = family;
        this.inputs = cells.cells().stream().map(ObservationCell::inputs).toList();
        this.weights = cells.cells().stream()
                .mapToDouble(c -> Math.sqrt(c.times().weightSquared(family.residualScale()))).toArray();
        this.free = free.clone();
        this.start = start.clone();
        int parameters = LeastSquaresFitter.freeIndices(free).length;
        this.residualCount = (int) Math.min(cells.rowCount(), Math.max(inputs.size() + 1, parameters));
        this.target = target(cells);
    }

    private double[] target(ObservationCells cells) {
        double[] target = new double[residualCount];
        double within = 0;
        for (int i = 0; i < inputs.size(); i++) {
            TimeMoments times = cells.cells().get(i).times();
            target[i] = weights[i] * times.centreS(family.residualScale());
            within += times.withinSquares(family.residualScale());
        }
        if (inputs.size() < residualCount) {
            target[inputs.size()] = Math.sqrt(Math.max(within, 0));
        } // else every cell is one row and there is no spread to carry
        return target;
    }

    Optimum optimize() {
        return new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                .start(compress(start, free))
                .model(this::valueAndJacobian)
                .target(target)
                .parameterValidator(v -> new ArrayRealVector(compress(family.clamp(expand(v.toArray(), free, start)), free)))
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

    /** w f per cell; the constant and padding residuals predict nothing. */
    private double[] values(double[] freeValues) {
        double[] p = expand(freeValues, free, start);
        double[] values = new double[residualCount];
        for (int i = 0; i < inputs.size(); i++) {
            FitObservation o = inputs.get(i);
            values[i] = weights[i] * family.transferTimeS(p, o.guestUsedBytes(), o.rttMs(), dirtyRate(o));
        }
        return values;
    }

    static double dirtyRate(FitObservation o) {
        return o.dirtyRateBytesPerS() == null ? 0 : o.dirtyRateBytesPerS();
    }

    static double[] compress(double[] full, boolean[] free) {
        int[] indices = LeastSquaresFitter.freeIndices(free);
        double[] compact = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            compact[i] = full[indices[i]];
        }
        return compact;
    }

    /** The full parameter vector: free values in order, fixed ones taken from {@code fixedFrom}. */
    static double[] expand(double[] freeValues, boolean[] free, double[] fixedFrom) {
        double[] full = new double[free.length];
        int next = 0;
        for (int i = 0; i < free.length; i++) {
            full[i] = free[i] ? freeValues[next++] : fixedFrom[i];
        }
        return full;
    }
}
