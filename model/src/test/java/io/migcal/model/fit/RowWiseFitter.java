package io.migcal.model.fit;

import io.migcal.model.measure.FitObservation;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer.Optimum;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * The row-wise reference fitter (as it was before cells), test and bench scope only. Fits a family
 * by Levenberg-Marquardt from each of its starting points and keeps the best. A
 * throughput limit that binds on no observation is fixed at +infinity and the rest refitted, because
 * the data say nothing about it but a lower bound. The covariance is the asymptotic one,
 * sigma^2 (J'J)^-1; a singular J'J means the family is not identifiable on this data.
 */
final class RowWiseFitter {
    private static final double SINGULARITY_THRESHOLD = 1e-12;

    private RowWiseFitter() {
    }

    static FittedParameters fit(ModelFamily family, List<FitObservation> observations) {
        requireLevels(observations);
        boolean[] free = new boolean[family.parameters().size()];
        Arrays.fill(free, true);
        Optimum best = bestOfStarts(family, observations, free);
        double[] values = LevenbergMarquardtRun.expand(best.getPoint().toArray(), free, null);
        boolean fixedAny = false;
        for (int limit : family.limitsThatMayNotBind()) {
            if (observations.stream().noneMatch(o -> family.binds(limit, values, o))) {
                free[limit] = false;
                values[limit] = Double.POSITIVE_INFINITY;
                fixedAny = true;
            }
        }
        if (fixedAny) {
            best = new RowWiseLevenbergMarquardt(family, observations, free, values).optimize();
        }
        return withCovariance(best, free, LevenbergMarquardtRun.expand(best.getPoint().toArray(), free, values),
                observations.size());
    }

    private static void requireLevels(List<FitObservation> observations) {
        int rttLevels = LevelGrouping.of(observations.stream().mapToDouble(FitObservation::rttMs).toArray(), 0.5)
                .count();
        int memoryLevels = LevelGrouping.of(
                observations.stream().mapToDouble(FitObservation::guestUsedBytes).toArray(), 1 << 20).count();
        if (rttLevels < 2) {
            throw new NotIdentifiableException("needs at least 2 RTT levels, the data have " + rttLevels);
        }
        if (memoryLevels < 2) {
            throw new NotIdentifiableException("needs at least 2 memory levels, the data have " + memoryLevels);
        }
    }

    private static Optimum bestOfStarts(ModelFamily family, List<FitObservation> observations, boolean[] free) {
        Optimum best = null;
        for (double[] start : family.startingPoints(observations)) {
            try {
                Optimum optimum = new RowWiseLevenbergMarquardt(family, observations, free, start).optimize();
                if (best == null || optimum.getCost() < best.getCost()) {
                    best = optimum;
                }
            } catch (MathIllegalStateException e) {
                // this start did not converge; the others may
            }
        }
        if (best == null) {
            throw new NotIdentifiableException("Levenberg-Marquardt converged from none of the starting points");
        }
        return best;
    }

    private static FittedParameters withCovariance(Optimum optimum, boolean[] free, double[] values, int n) {
        int freeCount = optimum.getPoint().getDimension();
        int dof = n - freeCount;
        if (dof < 1) {
            throw new NotIdentifiableException(n + " observations are too few for " + freeCount + " parameters");
        }
        RealMatrix unscaled;
        try {
            unscaled = optimum.getCovariances(SINGULARITY_THRESHOLD);
        } catch (SingularMatrixException e) {
            throw new NotIdentifiableException("parameters cannot be separated on this data (singular Jacobian)");
        }
        double sumOfSquares = optimum.getCost() * optimum.getCost();
        double sigma2 = sumOfSquares / dof;
        double[][] covariance = new double[free.length][free.length];
        int[] freeIndex = LeastSquaresFitter.freeIndices(free);
        for (int i = 0; i < freeIndex.length; i++) {
            for (int j = 0; j < freeIndex.length; j++) {
                covariance[freeIndex[i]][freeIndex[j]] = sigma2 * unscaled.getEntry(i, j);
            }
        }
        return new FittedParameters(values, free.clone(), covariance, Math.sqrt(sigma2), dof, sumOfSquares);
    }

}
