package io.migcal.model.fit;

import io.migcal.model.measure.FitObservation;
import java.util.List;

/** The RTT and memory range a model was fitted on; predictions outside it are extrapolations. */
public record FitRange(double rttMinMs, double rttMaxMs, double guestUsedMinBytes, double guestUsedMaxBytes) {
    private static final double TOLERANCE = 1e-9;

    public static FitRange of(List<FitObservation> observations) {
        return new FitRange(
                observations.stream().mapToDouble(FitObservation::rttMs).min().orElseThrow(),
                observations.stream().mapToDouble(FitObservation::rttMs).max().orElseThrow(),
                observations.stream().mapToDouble(FitObservation::guestUsedBytes).min().orElseThrow(),
                observations.stream().mapToDouble(FitObservation::guestUsedBytes).max().orElseThrow());
    }

    /** The same range from the cells: their inputs are the rows' inputs, so the bounds are the same numbers. */
    static FitRange of(ObservationCells cells) {
        return of(cells.cells().stream().map(ObservationCell::inputs).toList());
    }

    public boolean contains(double guestUsedBytes, double rttMs) {
        return within(rttMs, rttMinMs, rttMaxMs) && within(guestUsedBytes, guestUsedMinBytes, guestUsedMaxBytes);
    }

    private static boolean within(double value, double min, double max) {
        double slack = TOLERANCE * Math.max(Math.abs(max), 1);
        return value >= min - slack && value <= max + slack;
    }
}
