package io.migcal.model.fit;

import io.migcal.model.measure.FitObservation;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer.Optimum;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Fits a family by Levenberg-Marquardt from each of its starting points and keeps the best. A
 * throughput limit that binds on no observation is fixed at +infinity and the rest refitted, because
 * the data say nothing about it but a lower bound. The covariance is the asymptotic one,
 * sigma^2 (J'J)^-1; a singular J'J means the family is not identifiable on this data. The work runs on
 * cells of repeated inputs ({@link ObservationCells}); the starts run in parallel and the best is
 * chosen in start order, so the result does not depend on the number of threads.
 */
public final class LeastSquaresFitter {
    private static final double SINGULARITY_THRESHOLD = 1e-12;

    private LeastSquaresFitter() {
    }

    public static FittedParameters fit(ModelFamily family, List<FitObservation> observations) {
        return fit(family, ObservationCells.of(observations));
    }

    /** A family bound to the data it was fitted on (see {@link ModelFamily#forCells}) and its parameters. */
    record Bound(ModelFamily family, FittedParameters parameters) {
    }

    /** Binds the family to the cells, then fits it: what every fit of the comparison does. */
    static Bound fitBound(ModelFamily family, ObservationCells cells) {
        ModelFamily bound = family.forCells(cells.representatives());
        return new Bound(bound, fit(bound, cells));
    }

    static FittedParameters fit(ModelFamily family, ObservationCells cells) {
        requireLevels(cells);
        List<FitObservation> representatives = cells.representatives();
        boolean[] free = new boolean[family.parameters().size()];
        Arrays.fill(free, true);
        Optimum best = bestOfStarts(family, cells, representatives, free);
        double[] values = LevenbergMarquardtRun.expand(best.getPoint().toArray(), free, null);
        boolean fixedAny = false;
        for (int limit : family.limitsThatMayNotBind()) {
            if (representatives.stream().noneMatch(o -> family.binds(limit, values, o))) {
                free[limit] = false;
                values[limit] = Double.POSITIVE_INFINITY;
                fixedAny = true;
            }
        }
        if (fixedAny) {
            best = new LevenbergMarquardtRun(family, cells, free, values).optimize();
        }
        return withCovariance(best, free, LevenbergMarquardtRun.expand(best.getPoint().toArray(), free, values),
                cells.rowCount());
    }

    private static void requireLevels(ObservationCells cells) {
        int rttLevels = LevelGrouping.of(cells.distinctRttsMs(), 0.5).count();
        int memoryLevels = LevelGrouping.of(cells.distinctGuestUsedBytes(), 1 << 20).count();
        if (rttLevels < 2) {
            throw new NotIdentifiableException("needs at least 2 RTT levels, the data have " + rttLevels);
        }
        if (memoryLevels < 2) {
            throw new NotIdentifiableException("needs at least 2 memory levels, the data have " + memoryLevels);
        }
    }

    private static Optimum bestOfStarts(ModelFamily family, ObservationCells cells,
            List<FitObservation> representatives, boolean[] free) {
        List<double[]> starts = family.startingPoints(representatives,
                cells.cells().stream().mapToDouble(c -> c.times().weightSquared(family.residualScale())).toArray(),
                cells.cells().stream().mapToDouble(c -> c.times().centreS(family.residualScale())).toArray());
        List<Optional<Optimum>> optima = IntStream.range(0, starts.size()).parallel()
                .mapToObj(i -> optimizeFrom(family, cells, free, starts.get(i))).toList();
        Optimum best = null;
        for (Optional<Optimum> optimum : optima) {
            if (optimum.isPresent() && (best == null || optimum.get().getCost() < best.getCost())) {
                best = optimum.get();
            }
        }
        if (best == null) {
            throw new NotIdentifiableException("Levenberg-Marquardt converged from none of the starting points");
        }
        return best;
    }

    private static Optional<Optimum> optimizeFrom(ModelFamily family, ObservationCells cells, boolean[] free,
            double[] start) {
        try {
            return Optional.of(new LevenbergMarquardtRun(family, cells, free, start).optimize());
        } catch (MathIllegalStateException e) {
            return Optional.empty(); // this start did not converge; the others may
        }
    }

    private static FittedParameters withCovariance(Optimum optimum, boolean[] free, double[] values, long rows) {
        int n = Math.toIntExact(rows);
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
        int[] freeIndex = freeIndices(free);
        for (int i = 0; i < freeIndex.length; i++) {
            for (int j = 0; j < freeIndex.length; j++) {
                covariance[freeIndex[i]][freeIndex[j]] = sigma2 * unscaled.getEntry(i, j);
            }
        }
        return new FittedParameters(values, free.clone(), covariance, Math.sqrt(sigma2), dof, sumOfSquares);
    }

    static int[] freeIndices(boolean[] free) {
        int[] indices = new int[free.length];
        int count = 0;
        for (int i = 0; i < free.length; i++) {
            if (free[i]) {
                indices[count++] = i;
            }
        }
        return Arrays.copyOf(indices, count);
    }
}
