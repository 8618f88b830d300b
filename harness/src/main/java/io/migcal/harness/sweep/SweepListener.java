package io.migcal.harness.sweep;

import io.migcal.model.measure.MeasurementRow;

/** Hears how a sweep goes: the progress bar on stderr and the run's log file listen. */
public interface SweepListener {

    void sampleStarted(PlannedSample sample, int doneSoFar, int total);

    void sampleEnded(MeasurementRow row, int doneSoFar, int total);

    void note(String line);

    /** Tells both, in order. */
    static SweepListener both(SweepListener first, SweepListener second) {
        return new SweepListener() {
            @Override
            public void sampleStarted(PlannedSample sample, int doneSoFar, int total) {
                first.sampleStarted(sample, doneSoFar, total);
                second.sampleStarted(sample, doneSoFar, total);
            }

            @Override
            public void sampleEnded(MeasurementRow row, int doneSoFar, int total) {
                first.sampleEnded(row, doneSoFar, total);
                second.sampleEnded(row, doneSoFar, total);
            }

            @Override
            public void note(String line) {
                first.note(line);
                second.note(line);
            }
        };
    }
}
