package io.migcal.model.fit;

import io.migcal.model.measure.MeasurementData;
import java.util.List;

/** Every family fitted to one data set, the one chosen, why, and whether it is within the measurement noise. */
public record FitReport(MeasurementData data, List<FamilyFit> families, FamilyFit chosen, String selectionReason,
        NoiseVerdict noise) {

    public FitReport {
        families = List.copyOf(families);
    }

    /** Judges the chosen family against the noise of the repetitions (held out level by level). */
    public FitReport(MeasurementData data, List<FamilyFit> families, FamilyFit chosen, String selectionReason) {
        this(data, families, chosen, selectionReason, NoiseVerdict.of(chosen, data.observations()));
    }
}
