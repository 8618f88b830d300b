package io.migcal.harness.sweep;

import io.migcal.harness.time.MonotonicClock;
import io.migcal.model.measure.MeasurementRow;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * One line per finished sample on stderr: a bar, the count, an ETA from the mean time per sample
 * so far, and what the sample gave. Lines, not carriage returns, so the output reads well in logs.
 */
public final class ProgressBar implements SweepListener {
    private static final int WIDTH = 20;
    private final PrintWriter err;
    private final MonotonicClock clock;
    private long startNs = -1;
    private int startDone;

    public ProgressBar(PrintWriter err, MonotonicClock clock) {
        this.err = err;
        this.clock = clock;
    }

    @Override
    public void sampleStarted(PlannedSample sample, int doneSoFar, int total) {
        if (startNs < 0) {
            startNs = clock.nanoTime();
            startDone = doneSoFar;
        }
    }

    @Override
    public void sampleEnded(MeasurementRow row, int doneSoFar, int total) {
        int filled = total == 0 ? WIDTH : WIDTH * doneSoFar / total;
        String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
        String took = row.transferTimeS() == null ? "" : String.format(Locale.ROOT, " %.1f s", row.transferTimeS());
        err.printf(Locale.ROOT, "[%s] %d/%d  eta %s  %s %s %s%s%n", bar, doneSoFar, total,
                eta(doneSoFar, total), row.sampleId(), row.direction() == null ? "-" : row.direction(),
                row.status().csvName(), took);
        err.flush();
    }

    private String eta(int doneSoFar, int total) {
        int doneHere = doneSoFar - startDone;
        if (doneHere <= 0) {
            return "?";
        }
        long perSampleNs = (clock.nanoTime() - startNs) / doneHere;
        return format(Duration.ofNanos(perSampleNs * (total - doneSoFar)));
    }

    /** {@code h:mm:ss}, for the plan's estimate and the running ETA alike. */
    public static String format(Duration duration) {
        long s = duration.toSeconds();
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    @Override
    public void note(String line) {
        err.println(line);
        err.flush();
    }
}
