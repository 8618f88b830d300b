package io.migcal.model.fit;

import io.migcal.model.measure.FitObservation;
import java.util.List;
import java.util.function.Predicate;

/**
 * Observations pooled into cells of identical inputs, in the order each cell first appears, so a fit
 * on them is deterministic and its cost grows with the cells, not with the repetitions.
 */
final class ObservationCells {
    private final List<ObservationCell> cells;
    private final long rowCount;

    private ObservationCells(List<ObservationCell> cells) {
        this.cells = List.copyOf(cells);
        this.rowCount = cells.stream().mapToLong(c -> c.times().count()).sum();
    }

    /** The rows pooled into cells; see {@link RowCells} for a fit that also needs the rows. */
    static ObservationCells of(List<FitObservation> rows) {
        return RowCells.of(rows).cells();
    }

    static ObservationCells ofCells(List<ObservationCell> cells) {
        return new ObservationCells(cells);
    }

    /** The cells whose inputs pass {@code include}, as they are (a cell is never split). */
    ObservationCells filter(Predicate<FitObservation> include) {
        return new ObservationCells(cells.stream().filter(c -> include.test(c.inputs())).toList());
    }

    List<ObservationCell> cells() {
        return cells;
    }

    int size() {
        return cells.size();
    }

    /** How many measured rows the cells hold: the n of the residual degrees of freedom and of AICc. */
    long rowCount() {
        return rowCount;
    }

    /** One observation per cell, its time the cell's mean: what families see for starts and bounds. */
    List<FitObservation> representatives() {
        return cells.stream().map(ObservationCell::representative).toList();
    }

    double[] distinctRttsMs() {
        return cells.stream().mapToDouble(c -> c.inputs().rttMs()).distinct().toArray();
    }

    double[] distinctGuestUsedBytes() {
        return cells.stream().mapToDouble(c -> c.inputs().guestUsedBytes()).distinct().toArray();
    }
}
