package io.migcal.model.fit;

import io.migcal.model.measure.FitObservation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Rows pooled into cells once, with what the fitter still needs of each row: its cell and its time (12
 * bytes a row). Random k-fold deals rows, and a MAPE or AICc's sum of ln T has no sufficient
 * statistic, so those walk the rows; they do it here, in file order (so every sum is the one a pass over
 * the rows gives, to the last bit), with one prediction per cell instead of one per row, and without
 * pooling the rows again for every fold.
 */
final class RowCells {
    private final ObservationCells cells;
    private final int[] cellOfRow;
    private final double[] timeS;

    private RowCells(ObservationCells cells, int[] cellOfRow, double[] timeS) {
        this.cells = cells;
        this.cellOfRow = cellOfRow;
        this.timeS = timeS;
    }

    static RowCells of(List<FitObservation> rows) {
        Map<FitObservation, Integer> cellOfInputs = new HashMap<>();
        List<ObservationCell> cells = new ArrayList<>();
        int[] cellOfRow = new int[rows.size()];
        double[] timeS = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            FitObservation row = rows.get(i);
            Integer cell = cellOfInputs.get(ObservationCell.keyOf(row));
            if (cell == null) {
                cell = cells.size();
                cellOfInputs.put(ObservationCell.keyOf(row), cell);
                cells.add(ObservationCell.startedBy(row));
            }
            cells.get(cell).times().add(row.transferTimeS());
            cellOfRow[i] = cell;
            timeS[i] = row.transferTimeS();
        }
        return new RowCells(ObservationCells.ofCells(cells), cellOfRow, timeS);
    }

    /** Every row's cell. */
    ObservationCells cells() {
        return cells;
    }

    int rowCount() {
        return cellOfRow.length;
    }

    int cellOf(int row) {
        return cellOfRow[row];
    }

    /**
     * The cells of the rows that pass {@code include}, in the order each first appears among them, the
     * times added in row order: what pooling just those rows gives. A cell's line is its first row's overall.
     */
    ObservationCells cellsOfRows(IntPredicate include) {
        int[] slot = new int[cells.size()];
        java.util.Arrays.fill(slot, -1);
        List<ObservationCell> kept = new ArrayList<>();
        for (int i = 0; i < cellOfRow.length; i++) {
            if (include.test(i)) {
                int cell = cellOfRow[i];
                if (slot[cell] < 0) {
                    slot[cell] = kept.size();
                    kept.add(new ObservationCell(cells.cells().get(cell).inputs(), new TimeMoments()));
                }
                kept.get(slot[cell]).times().add(timeS[i]);
            }
        }
        return ObservationCells.ofCells(kept);
    }

    /** {@code predict} for every cell's inputs, once. */
    double[] perCell(java.util.function.ToDoubleFunction<FitObservation> predict) {
        return cells.cells().stream().mapToDouble(c -> predict.applyAsDouble(c.inputs())).toArray();
    }

    /** The errors of a per-cell prediction on the rows that pass {@code include}, added in row order. */
    void addErrors(HeldOutErrors errors, double[] predictedPerCell, IntPredicate include) {
        for (int i = 0; i < cellOfRow.length; i++) {
            if (include.test(i)) {
                errors.add(timeS[i], predictedPerCell[cellOfRow[i]]);
            }
        }
    }

    /** sum |predicted / T - 1| over the rows that pass {@code include}, in row order. */
    double sumAbsoluteRelativeError(double[] predictedPerCell, IntPredicate include) {
        double sum = 0;
        for (int i = 0; i < cellOfRow.length; i++) {
            if (include.test(i)) {
                sum += Math.abs(predictedPerCell[cellOfRow[i]] / timeS[i] - 1);
            }
        }
        return sum;
    }

    /** sum ln T over all rows, summed as a stream of the rows sums it. */
    double sumLogTime() {
        return IntStream.range(0, timeS.length).mapToDouble(i -> Math.log(timeS[i])).sum();
    }

    /** The mean of a per-cell value over the rows that pass {@code include}, averaged as a stream of the rows does. */
    double rowMean(double[] perCell, IntPredicate include) {
        return IntStream.range(0, cellOfRow.length).filter(include).mapToDouble(i -> perCell[cellOfRow[i]]).average()
                .orElseThrow();
    }
}
