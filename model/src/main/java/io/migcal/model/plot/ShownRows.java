package io.migcal.model.plot;

import io.migcal.model.fit.LevelGrouping;
import io.migcal.model.measure.FitObservation;
import java.util.ArrayList;
import java.util.List;

/**
 * Which measured rows a figure draws as points. Up to {@value #MAX_POINTS} rows, every one, so the
 * spread of the repetitions shows as it is. Beyond that a cloud of a hundred thousand markers is ink,
 * not information, and costs seconds to draw and megabytes of SVG: a figure then draws every k-th
 * row of each cell in file order (the same rows on every run, every cell thinned alike), says so in its legend,
 * and draws each cell's mean and standard deviation over all its rows beside them (see
 * {@link CellSummary}).
 */
record ShownRows(int stride, int totalRows) {
    static final int MAX_POINTS = 2_000;

    /** The stride for {@code totalRows} rows spread over all the series of one figure. */
    static ShownRows of(int totalRows) {
        return new ShownRows(Math.max(1, (totalRows + MAX_POINTS - 1) / MAX_POINTS), totalRows);
    }

    /** Every row however many there are: how figures were drawn before thinning (the benchmark's baseline). */
    static ShownRows everyRow(int totalRows) {
        return new ShownRows(1, totalRows);
    }

    boolean thinned() {
        return stride > 1;
    }

    /**
     * Of one memory level's rows, every {@code stride}-th row of each RTT level, starting with its first.
     * Per RTT level, not over the file: a sweep writes its cells in a fixed cycle, and a stride that
     * shares a factor with the cycle would skip whole cells.
     */
    List<FitObservation> of(List<FitObservation> rows) {
        if (!thinned()) {
            return rows;
        }
        LevelGrouping levels = LevelGrouping.of(rows.stream().mapToDouble(FitObservation::rttMs).toArray(), 0.5);
        int[] seen = new int[levels.count()];
        List<FitObservation> kept = new ArrayList<>(rows.size() / stride + levels.count());
        for (FitObservation row : rows) {
            if (seen[levels.levelOf(row.rttMs())]++ % stride == 0) {
                kept.add(row);
            }
        }
        return kept;
    }

    /** What the legend adds to a series of measured points: nothing, or how thinned they are. */
    String legendNote() {
        return thinned() ? String.format(java.util.Locale.ROOT, ", 1 row in %d of %,d", stride, totalRows) : "";
    }
}
