package io.migcal.model.fit;

import io.migcal.model.measure.FitObservation;
import java.util.Comparator;
import java.util.List;

/**
 * A data set prepared once for every family: the rows pooled into cells (with each row's cell and time,
 * see {@link RowCells}) and both cross-validation plans. The rows as read are not needed after this.
 */
record PooledObservations(RowCells rows, FoldPlan randomFolds, FoldPlan groupedFolds) {

    static PooledObservations of(List<FitObservation> observations) {
        RowCells rows = RowCells.of(observations);
        return new PooledObservations(rows, FoldPlan.randomKFold(rows), FoldPlan.leaveOneRttLevelOut(rows));
    }

    ObservationCells cells() {
        return rows.cells();
    }

    /** The median of the rows' dirty rates (the upper one for an even count), found on the cells. */
    double medianDirtyRateBytesPerS() {
        List<ObservationCell> byRate = cells().cells().stream()
                .sorted(Comparator.comparingDouble(c -> LevenbergMarquardtRun.dirtyRate(c.inputs()))).toList();
        long middle = cells().rowCount() / 2;
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
