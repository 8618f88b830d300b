package io.migcal.model.fit;

import io.migcal.model.measure.FitObservation;
import java.util.Comparator;
import java.util.List;

/**
 * A data set prepared once for every family: the rows as read, their cells, and both cross-validation
 * plans. The rows are only walked (for MAPE, held-out errors and AICc's sum of ln T), never copied.
 */
record PooledObservations(List<FitObservation> rows, ObservationCells cells, FoldPlan randomFolds,
        FoldPlan groupedFolds) {

    static PooledObservations of(List<FitObservation> rows) {
        ObservationCells cells = ObservationCells.of(rows);
        return new PooledObservations(rows, cells, FoldPlan.randomKFold(rows),
                FoldPlan.leaveOneRttLevelOut(rows, cells));
    }

    /** The median of the rows' dirty rates (the upper one for an even count), found on the cells. */
    double medianDirtyRateBytesPerS() {
        List<ObservationCell> byRate = cells.cells().stream()
                .sorted(Comparator.comparingDouble(c -> LevenbergMarquardtRun.dirtyRate(c.inputs()))).toList();
        long middle = cells.rowCount() / 2;
        long seen = 0;
        for (ObservationCell cell : byRate) {
            seen += cell.times().count();
            if (seen > middle) {
                return LevenbergMarquardtRun.dirtyRate(cell.inputs());
            }
        }
        throw new IllegalStateException("no rows");
    }
}
