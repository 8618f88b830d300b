package io.migcal.model.fit;

import io.migcal.model.measure.FitObservation;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Cross-validates a family two ways. Random k-fold (a fixed seed, so reruns agree) says how well it
 * interpolates; leave-one-RTT-level-out says how well it predicts an RTT it never saw, which is how a
 * model is judged on real data and what {@code --family auto} selects by. Folds are fitted in parallel
 * on their cells; held-out errors are summed row by row, fold after fold, so they do not depend on the
 * number of threads (a MAPE has no sufficient statistic: it takes one pass over the rows, with one
 * prediction per cell). A family that only interpolates is scored on the folds of interior RTT levels
 * only; every family's error on those folds is kept as well, so that they can be compared.
 */
public final class CrossValidation {
    public static final String RANDOM = "random";
    public static final String GROUPED_BY_RTT = "grouped_by_rtt";

    private CrossValidation() {
    }

    public static CvResult randomKFold(ModelFamily family, List<FitObservation> observations) {
        RowCells rows = RowCells.of(observations);
        return run(family, rows, FoldPlan.randomKFold(rows));
    }

    public static CvResult leaveOneRttLevelOut(ModelFamily family, List<FitObservation> observations) {
        RowCells rows = RowCells.of(observations);
        return run(family, rows, FoldPlan.leaveOneRttLevelOut(rows));
    }

    static CvResult run(ModelFamily family, RowCells rows, FoldPlan plan) {
        if (plan.unavailableReason() != null) {
            return CvResult.unavailable(plan.scheme(), plan.folds(), plan.unavailableReason());
        }
        boolean interiorOnly = family.interpolatesOnly() && CrossValidation.GROUPED_BY_RTT.equals(plan.scheme());
        List<FoldFit> fits = IntStream.range(0, plan.folds()).parallel()
                .mapToObj(fold -> interiorOnly && !plan.interior(fold) ? null : fitFold(family, plan.training().get(fold)))
                .toList();
        HeldOutErrors errors = new HeldOutErrors();
        HeldOutErrors interior = new HeldOutErrors();
        int scored = 0;
        for (int fold = 0; fold < plan.folds(); fold++) {
            FoldFit fit = fits.get(fold);
            if (fit == null) {
                continue;
            }
            if (fit.parameters() == null) {
                return CvResult.unavailable(plan.scheme(), plan.folds(),
                        "fold " + (fold + 1) + " of " + plan.folds() + ": " + fit.failure());
            }
            scored++;
            int heldOut = fold;
            IntPredicate inFold = i -> plan.foldOfRow().applyAsInt(i) == heldOut;
            double[] predicted = rows.perCell(o -> fit.family().transferTimeS(fit.parameters().values(),
                    o.guestUsedBytes(), o.rttMs(), LevenbergMarquardtRun.dirtyRate(o)));
            rows.addErrors(errors, predicted, inFold);
            if (plan.interior(fold)) {
                rows.addErrors(interior, predicted, inFold);
            }
        }
        return new CvResult(plan.scheme(), scored, errors.mapePct(), errors.rmseS(),
                interior.isEmpty() ? null : interior.mapePct(), interiorOnly, null);
    }

    private static FoldFit fitFold(ModelFamily family, ObservationCells training) {
        try {
            LeastSquaresFitter.Bound bound = LeastSquaresFitter.fitBound(family, training);
            return new FoldFit(bound.family(), bound.parameters(), null);
        } catch (NotIdentifiableException e) {
            return new FoldFit(family, null, e.getMessage());
        }
    }

    /** A fold's family (bound to its training data) and parameters, or why it could not be fitted. */
    private record FoldFit(ModelFamily family, FittedParameters parameters, String failure) {
    }
}
