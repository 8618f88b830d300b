package io.migcal.model.fit;

import io.migcal.model.measure.FitObservation;
import io.migcal.model.measure.MeasurementData;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code migcal fit} did before the fitter pooled repetitions into cells: every family, every
 * start and every fold walks all rows, sequentially. Kept in test scope as the reference the cell-wise
 * engine must agree with and as the benchmark's baseline; production code never calls it.
 */
public final class RowWiseComparison {

    private RowWiseComparison() {
    }

    /** The whole comparison with {@code --family auto}, as {@link ModelComparison#compare} does it. */
    public static FitReport compareAuto(MeasurementData data) {
        List<FamilyFit> fits = new ArrayList<>();
        for (ModelFamily family : ModelComparison.applicableFamilies(data)) {
            fits.add(fitOne(family, data.observations()));
        }
        return AutoSelection.select(data, fits);
    }

    static FamilyFit fitOne(ModelFamily family, List<FitObservation> observations) {
        CvResult random = RowWiseCrossValidation.randomKFold(family, observations);
        CvResult grouped = RowWiseCrossValidation.leaveOneRttLevelOut(family, observations);
        try {
            ModelFamily bound = family.forCells(observations);
            FittedParameters parameters = RowWiseFitter.fit(bound, observations);
            FittedModel model = new FittedModel(bound, parameters, FitRange.of(observations),
                    medianDirtyRate(family, observations));
            return new FamilyFit(family, model, FitStatistics.of(model, observations), random, grouped, null);
        } catch (NotIdentifiableException e) {
            return new FamilyFit(family, null, null, random, grouped, e.getMessage());
        }
    }

    private static double medianDirtyRate(ModelFamily family, List<FitObservation> observations) {
        if (!family.needsDirtyRate()) {
            return 0;
        }
        double[] rates = observations.stream().mapToDouble(LevenbergMarquardtRun::dirtyRate).sorted().toArray();
        return rates[rates.length / 2];
    }
}
