package io.migcal.harness.sweep;

import io.migcal.model.measure.MeasurementRow;

/** Hears nothing; for tests that look at the rows on disk instead. */
public final class SilentListener implements SweepListener {
    @Override
    public void sampleStarted(PlannedSample sample, int doneSoFar, int total) {
    }

    @Override
    public void sampleEnded(MeasurementRow row, int doneSoFar, int total) {
    }

    @Override
    public void note(String line) {
    }
}
