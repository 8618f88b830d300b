package io.migcal.model.fit;

import io.migcal.model.measure.MeasurementData;
import java.util.List;

/** Every family fitted to one data set, the one chosen, and why. */
public record FitReport(MeasurementData data, List<FamilyFit> families, FamilyFit chosen, String selectionReason) {

    public FitReport {
        families = List.copyOf(families);
    }
}
