package io.migcal.model.fit;

import io.migcal.model.measure.FitObservation;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Cross-validates a family two ways. Random k-fold (a fixed seed, so reruns agree) says how well it
 * interpolates; leave-one-RTT-level-out says how well it predicts an RTT it never saw, which is how a
 * model is judged on real data and what {@code --family auto} selects by. Folds are fitted in parallel
 * on their cells; held-out errors are summed row by row, fold after fold, so they do not depend on the
 * number of threads (a MAPE has no sufficient statistic: it takes one pass over the rows, with one
 * prediction per cell).
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
        List<FoldFit> fits = IntStream.range(0, plan.folds()).parallel()
                .mapToObj(fold -> fitFold(family, plan.training().get(fold))).toList();
        HeldOutErrors errors = new HeldOutErrors();
        for (int fold = 0; fold < plan.folds(); fold++) {
            FittedParameters fitted = fits.get(fold).parameters();
            if (fitted == null) {
                return CvResult.unavailable(plan.scheme(), plan.folds(),
                        "fold " + (fold + 1) + " of " + plan.folds() + ": " + fits.get(fold).failure());
            }
            int heldOut = fold;
            rows.addErrors(errors, rows.perCell(o -> family.transferTimeS(fitted.values(), o.guestUsedBytes(),
                    o.rttMs(), LevenbergMarquardtRun.dirtyRate(o))), i -> plan.foldOfRow().applyAsInt(i) == heldOut);
        }
        return new CvResult(plan.scheme(), plan.folds(), errors.mapePct(), errors.rmseS(), null);
    }

    private static FoldFit fitFold(ModelFamily family, ObservationCells training) {
        try {
            return new FoldFit(LeastSquaresFitter.fit(family, training), null);
        } catch (NotIdentifiableException e) {
            return new FoldFit(null, e.getMessage());
        }
    }

    /** A fold's parameters, or why it could not be fitted. */
    private record FoldFit(FittedParameters parameters, String failure) {
    }
}
