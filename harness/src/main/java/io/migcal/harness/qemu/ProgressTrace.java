package io.migcal.harness.qemu;

import io.migcal.harness.migrate.ProgressPoint;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The query-migrate history as one record-ready value, so every row of measurements.csv keeps its
 * migration's progress: {@code t_s:transferred_bytes:remaining_bytes} per point, space separated,
 * thinned evenly to at most {@link #MAX_POINTS} (first and last always kept). The full history stays
 * in the outcome's {@code progress} list.
 */
final class ProgressTrace {

    static final int MAX_POINTS = 60;

    private ProgressTrace() {
    }

    static String of(List<ProgressPoint> progress) {
        StringJoiner trace = new StringJoiner(" ");
        int n = progress.size();
        int previous = -1;
        for (int i = 0; i < Math.min(n, MAX_POINTS); i++) {
            int index = n <= MAX_POINTS ? i : (int) Math.round(i * (n - 1) / (double) (MAX_POINTS - 1));
            if (index != previous) {
                trace.add(point(progress.get(index)));
                previous = index;
            }
        }
        return trace.toString();
    }

    private static String point(ProgressPoint p) {
        return String.format(Locale.ROOT, "%.3f:%s:%s", p.atS(), text(p.transferredBytes()), text(p.remainingBytes()));
    }

    private static String text(Long value) {
        return value == null ? "" : Long.toString(value);
    }
}
