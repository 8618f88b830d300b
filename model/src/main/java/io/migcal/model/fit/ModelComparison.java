package io.migcal.model.fit;

import io.migcal.model.BadInputException;
import io.migcal.model.measure.FitObservation;
import io.migcal.model.measure.MeasurementData;
import java.util.List;

/**
 * Fits every applicable family to the same data and cross-validates each, then picks one: the one
 * asked for, or with {@code auto} the lowest held-out error (see {@link AutoSelection}). The data are
 * pooled into cells and split into folds once; families are fitted in parallel, in catalog order.
 */
public final class ModelComparison {

    private ModelComparison() {
    }

    public static FitReport compare(MeasurementData data, String familyChoice) {
        if (!FamilyCatalog.AUTO.equals(familyChoice)) {
            FamilyCatalog.byName(familyChoice);
        }
        PooledObservations pooled = PooledObservations.of(data.observations());
        List<FamilyFit> fits = applicableFamilies(data).parallelStream().map(family -> fitOne(family, pooled)).toList();
        if (FamilyCatalog.AUTO.equals(familyChoice)) {
            return AutoSelection.select(data, fits);
        }
        ModelFamily asked = FamilyCatalog.byName(familyChoice);
        FamilyFit chosen = fits.stream().filter(f -> f.family().name().equals(asked.name())).findFirst()
                .orElseThrow(() -> new BadInputException(data.sourceName() + ": --family " + asked.name()
                        + " needs a dirty_rate_bytes_per_s value in every ok row; use --family auto"));
        if (!chosen.identifiable()) {
            throw new BadInputException(data.sourceName() + ": family " + asked.name() + " cannot be fitted: "
                    + chosen.notIdentifiableReason() + "; measure more levels or use --family auto");
        }
        return new FitReport(data, fits, chosen, "asked for with --family " + asked.name());
    }

    /** Every family, except pre-copy when some row has no dirty rate. */
    public static List<ModelFamily> applicableFamilies(MeasurementData data) {
        return FamilyCatalog.all().stream().filter(f -> !f.needsDirtyRate() || data.hasDirtyRates()).toList();
    }

    static FamilyFit fitOne(ModelFamily family, List<FitObservation> observations) {
        return fitOne(family, PooledObservations.of(observations));
    }

    private static FamilyFit fitOne(ModelFamily family, PooledObservations data) {
        CvResult random = CrossValidation.run(family, data.rows(), data.randomFolds());
        CvResult grouped = CrossValidation.run(family, data.rows(), data.groupedFolds());
        try {
            LeastSquaresFitter.Bound bound = LeastSquaresFitter.fitBound(family, data.cells());
            FittedModel model = new FittedModel(bound.family(), bound.parameters(), FitRange.of(data.cells()),
                    family.needsDirtyRate() ? data.medianDirtyRateBytesPerS() : 0);
            return new FamilyFit(family, model, FitStatistics.of(model, data.rows()), random, grouped, null);
        } catch (NotIdentifiableException e) {
            return new FamilyFit(family, null, null, random, grouped, e.getMessage());
        }
    }
}
