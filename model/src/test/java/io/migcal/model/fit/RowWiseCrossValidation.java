package io.migcal.model.fit;

import io.migcal.model.measure.FitObservation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.IntUnaryOperator;

/**
 * The row-wise reference cross-validation (as it was before cells), test and bench scope only.
 * Cross-validates a family two ways. Random k-fold (a fixed seed, so reruns agree) says how well it
 * interpolates; leave-one-RTT-level-out says how well it predicts an RTT it never saw, which is how a
 * model is judged on real data and what {@code --family auto} selects by.
 */
final class RowWiseCrossValidation {
    private static final int DEFAULT_FOLDS = 5;
    private static final long SEED = 20_180_101L;

    private RowWiseCrossValidation() {
    }

    static CvResult randomKFold(ModelFamily family, List<FitObservation> observations) {
        int folds = Math.min(DEFAULT_FOLDS, observations.size());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < observations.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(SEED));
        int[] foldOf = new int[observations.size()];
        for (int position = 0; position < order.size(); position++) {
            foldOf[order.get(position)] = position % folds;
        }
        return run(CrossValidation.RANDOM, family, observations, folds, i -> foldOf[i]);
    }

    static CvResult leaveOneRttLevelOut(ModelFamily family, List<FitObservation> observations) {
        LevelGrouping levels = LevelGrouping.of(observations.stream().mapToDouble(FitObservation::rttMs).toArray(), 0.5);
        if (levels.count() < 3) {
            return CvResult.unavailable(CrossValidation.GROUPED_BY_RTT, levels.count(),
                    "needs at least 3 RTT levels so that 2 remain in each fit, the data have " + levels.count());
        }
        return run(CrossValidation.GROUPED_BY_RTT, family, observations, levels.count(),
                i -> levels.levelOf(observations.get(i).rttMs()));
    }

    private static CvResult run(String scheme, ModelFamily family, List<FitObservation> observations, int folds,
            IntUnaryOperator foldOf) {
        HeldOutErrors errors = new HeldOutErrors();
        HeldOutErrors interior = new HeldOutErrors();
        boolean grouped = CrossValidation.GROUPED_BY_RTT.equals(scheme);
        boolean interiorOnly = grouped && family.interpolatesOnly();
        int scored = 0;
        for (int fold = 0; fold < folds; fold++) {
            boolean isInterior = grouped && fold > 0 && fold < folds - 1;
            if (interiorOnly && !isInterior) {
                continue;
            }
            List<FitObservation> training = new ArrayList<>();
            List<FitObservation> heldOut = new ArrayList<>();
            for (int i = 0; i < observations.size(); i++) {
                (foldOf.applyAsInt(i) == fold ? heldOut : training).add(observations.get(i));
            }
            ModelFamily bound = family.forCells(training);
            FittedParameters fitted;
            try {
                fitted = RowWiseFitter.fit(bound, training);
            } catch (NotIdentifiableException e) {
                return CvResult.unavailable(scheme, folds, "fold " + (fold + 1) + " of " + folds + ": " + e.getMessage());
            }
            scored++;
            for (FitObservation o : heldOut) {
                double predicted = bound.transferTimeS(fitted.values(), o.guestUsedBytes(), o.rttMs(),
                        LevenbergMarquardtRun.dirtyRate(o));
                errors.add(o.transferTimeS(), predicted);
                if (isInterior) {
                    interior.add(o.transferTimeS(), predicted);
                }
            }
        }
        return new CvResult(scheme, scored, errors.mapePct(), errors.rmseS(),
                interior.isEmpty() ? null : interior.mapePct(), interiorOnly, null);
    }
}
