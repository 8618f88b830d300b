package io.migcal.model.measure;

import java.util.List;

/**
 * What {@link MeasurementCsvReader} took from a file: the usable observations, how many rows were
 * skipped because their status was not {@code ok}, which RTT column was used and the file's SHA-256.
 * The reader's observations are held as columns ({@link ObservationColumns}), not copied.
 */
public record MeasurementData(
        String sourceName, String inputSha256, List<FitObservation> observations, int skippedRows,
        String rttColumn) {

    public MeasurementData {
        observations = observations instanceof ObservationColumns read ? read : List.copyOf(observations);
    }

    /** True when every observation recorded the delay box's queue limit, so the queue-loss family can use it. */
    public boolean hasQueueLimits() {
        return !observations.isEmpty() && observations.stream().allMatch(o -> o.path().hasQueueLimit());
    }

    /** True when every observation carries a dirty rate, so the pre-copy family can be fitted. */
    public boolean hasDirtyRates() {
        return !observations.isEmpty() && observations.stream().allMatch(o -> o.dirtyRateBytesPerS() != null);
    }
}
