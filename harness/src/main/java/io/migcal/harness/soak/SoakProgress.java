package io.migcal.harness.soak;

import io.migcal.harness.sweep.PlannedSample;
import io.migcal.harness.sweep.SweepListener;
import io.migcal.model.measure.MeasurementRow;
import java.io.PrintWriter;

/** A line every ten finished samples and one per note worth seeing (repeats, restores), on stderr. */
final class SoakProgress implements SweepListener {
    private final PrintWriter err;
    private final int planned;

    SoakProgress(PrintWriter err, int planned) {
        this.err = err;
        this.planned = planned;
    }

    @Override
    public void sampleStarted(PlannedSample sample, int doneSoFar, int total) {
        // one line per ten samples is enough for a soak
    }

    @Override
    public void sampleEnded(MeasurementRow row, int doneSoFar, int total) {
        if (doneSoFar % 10 == 0) {
            err.println("soak: " + doneSoFar + "/" + planned + " samples done");
            err.flush();
        }
    }

    @Override
    public void note(String line) {
        if (line.contains("disturbed") || line.contains("NOT fully restored")) {
            err.println("soak: " + line);
            err.flush();
        }
    }
}
