package io.migcal.harness.sweep;

import io.migcal.harness.config.SettingValues;
import io.migcal.model.csv.CsvNumbers;

/**
 * One point of the sweep: which RTT, which fill, which migration settings, which dirty rate (null
 * when the sweep has no dirty-rate axis), which repetition, and where it falls in the run's order.
 * The id depends only on the grid point, so it is the same when a run is resumed; a sweep without
 * settings or dirty-rate axes keeps the ids it always had.
 */
public record PlannedSample(String sampleId, int orderIndex, int repetition, double rttMs, long fillBytes,
        SettingValues settings, Long dirtyRateBytesPerS) {

    public PlannedSample {
        settings = settings == null ? SettingValues.NONE : settings;
    }

    public PlannedSample(String sampleId, int orderIndex, int repetition, double rttMs, long fillBytes) {
        this(sampleId, orderIndex, repetition, rttMs, fillBytes, SettingValues.NONE, null);
    }

    static PlannedSample of(double rttMs, long fillBytes, int repetition) {
        return of(rttMs, fillBytes, SettingValues.NONE, null, repetition);
    }

    static PlannedSample of(double rttMs, long fillBytes, SettingValues settings, int repetition) {
        return of(rttMs, fillBytes, settings, null, repetition);
    }

    static PlannedSample of(double rttMs, long fillBytes, SettingValues settings, Long dirtyRateBytesPerS,
            int repetition) {
        String point = "rtt" + CsvNumbers.format(rttMs) + "ms-fill" + fillBytes + "B"
                + (dirtyRateBytesPerS == null ? "" : "-dirty" + dirtyRateBytesPerS + "Bps");
        String id = settings.isEmpty() ? point + "-rep" + repetition
                : point + "-" + settings.label() + "-rep" + repetition;
        return new PlannedSample(id, -1, repetition, rttMs, fillBytes, settings, dirtyRateBytesPerS);
    }

    PlannedSample at(int index) {
        return new PlannedSample(sampleId, index, repetition, rttMs, fillBytes, settings, dirtyRateBytesPerS);
    }

    /** Whether the guest dirties memory at a set rate during this sample. */
    boolean dirties() {
        return dirtyRateBytesPerS != null && dirtyRateBytesPerS > 0;
    }
}
