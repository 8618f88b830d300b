package io.migcal.model.fit;

import io.migcal.model.measure.FitObservation;
import java.util.List;

/**
 * One family fitted and cross-validated, as {@code migcal fit} does for each family, by the cell-wise
 * engine or by the row-wise reference: the two things the fit benchmark times. Test scope only.
 */
public final class FitEntryPoints {

    private FitEntryPoints() {
    }

    public static FamilyFit cellWise(String family, List<FitObservation> rows) {
        return ModelComparison.fitOne(FamilyCatalog.byName(family), rows);
    }

    public static FamilyFit rowWise(String family, List<FitObservation> rows) {
        return RowWiseComparison.fitOne(FamilyCatalog.byName(family), rows);
    }
}
