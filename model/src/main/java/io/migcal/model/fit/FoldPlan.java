package io.migcal.model.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntUnaryOperator;

/**
 * How one cross-validation scheme splits a data set, planned once and shared by every family: which
 * fold each row is held out in, and each fold's training data pooled into cells. Random k-fold splits
 * rows (a cell's repetitions may land in different folds); leave-one-RTT-level-out splits cells.
 */
record FoldPlan(String scheme, int folds, List<ObservationCells> training, IntUnaryOperator foldOfRow,
        String unavailableReason) {
    private static final int DEFAULT_FOLDS = 5;
    private static final long SEED = 20_180_101L;

    FoldPlan {
        training = List.copyOf(training);
    }

    /** Whether a fold leaves out an interior RTT level (neither the lowest nor the highest). */
    boolean interior(int fold) {
        return CrossValidation.GROUPED_BY_RTT.equals(scheme) && fold > 0 && fold < folds - 1;
    }

    /** Rows dealt round-robin into folds after a seeded shuffle, the shuffle of {@code Collections.shuffle}. */
    static FoldPlan randomKFold(RowCells rows) {
        int folds = Math.min(DEFAULT_FOLDS, rows.rowCount());
        int[] order = new int[rows.rowCount()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(SEED);
        for (int i = order.length; i > 1; i--) {
            int j = random.nextInt(i);
            int swapped = order[i - 1];
            order[i - 1] = order[j];
            order[j] = swapped;
        }
        byte[] foldOf = new byte[rows.rowCount()];
        for (int position = 0; position < order.length; position++) {
            foldOf[order[position]] = (byte) (position % folds);
        }
        List<ObservationCells> training = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            int heldOut = fold;
            training.add(rows.cellsOfRows(i -> foldOf[i] != heldOut));
        }
        return new FoldPlan(CrossValidation.RANDOM, folds, training, i -> foldOf[i], null);
    }

    static FoldPlan leaveOneRttLevelOut(RowCells rows) {
        ObservationCells cells = rows.cells();
        LevelGrouping levels = LevelGrouping.of(cells.distinctRttsMs(), 0.5);
        if (levels.count() < 3) {
            return new FoldPlan(CrossValidation.GROUPED_BY_RTT, levels.count(), List.of(), i -> -1,
                    "needs at least 3 RTT levels so that 2 remain in each fit, the data have " + levels.count());
        }
        List<ObservationCells> training = new ArrayList<>();
        for (int fold = 0; fold < levels.count(); fold++) {
            int heldOut = fold;
            training.add(cells.filter(o -> levels.levelOf(o.rttMs()) != heldOut));
        }
        int[] levelOfCell = cells.cells().stream().mapToInt(c -> levels.levelOf(c.inputs().rttMs())).toArray();
        return new FoldPlan(CrossValidation.GROUPED_BY_RTT, levels.count(), training,
                i -> levelOfCell[rows.cellOf(i)], null);
    }
}
