package io.migcal.model.fit;

import java.util.Arrays;

/**
 * Groups measured values into levels (the RTT or memory settings of a sweep): sorted values start a
 * new level when they differ from the level's first value by more than 5 % and more than a small
 * absolute tolerance, so repetitions with a little jitter stay in one level.
 */
public final class LevelGrouping {
    private final double[] levelStarts;

    private LevelGrouping(double[] levelStarts) {
        this.levelStarts = levelStarts;
    }

    public static LevelGrouping of(double[] values, double absoluteTolerance) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] starts = new double[sorted.length];
        int count = 0;
        for (double value : sorted) {
            if (count == 0 || value - starts[count - 1] > Math.max(absoluteTolerance, 0.05 * starts[count - 1])) {
                starts[count++] = value;
            }
        }
        return new LevelGrouping(Arrays.copyOf(starts, count));
    }

    public int count() {
        return levelStarts.length;
    }

    /** The index of the level a value falls in. */
    public int levelOf(double value) {
        int level = 0;
        for (int i = 0; i < levelStarts.length; i++) {
            if (value >= levelStarts[i]) {
                level = i;
            }
        }
        return level;
    }
}
