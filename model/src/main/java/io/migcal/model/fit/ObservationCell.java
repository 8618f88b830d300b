package io.migcal.model.fit;

import io.migcal.model.measure.FitObservation;

/**
 * The repetitions of one set of model inputs (RTT, memory and, where there is one, dirty rate): the
 * inputs and the moments of the measured times. A model predicts the same time for every row of a
 * cell, so least squares needs the moments only (see {@link TimeMoments}).
 */
record ObservationCell(FitObservation inputs, TimeMoments times) {

    /**
     * The key of the cell a row belongs to: the row with its time and line blanked. Every model input
     * of {@link FitObservation} must stay in it, so a new input field is a new cell boundary.
     */
    static FitObservation keyOf(FitObservation row) {
        return new FitObservation(row.rttMs(), row.guestUsedBytes(), 0, row.dirtyRateBytesPerS(), 0, row.path());
    }

    /** A new, empty cell for the inputs of {@code row}; its line is that row's. */
    static ObservationCell startedBy(FitObservation row) {
        return new ObservationCell(new FitObservation(row.rttMs(), row.guestUsedBytes(), 0, row.dirtyRateBytesPerS(),
                row.line(), row.path()), new TimeMoments());
    }

    /** The cell as one observation whose time is the mean of its repetitions, for the families' heuristics. */
    FitObservation representative() {
        return new FitObservation(inputs.rttMs(), inputs.guestUsedBytes(), times.meanS(),
                inputs.dirtyRateBytesPerS(), inputs.line(), inputs.path());
    }
}
