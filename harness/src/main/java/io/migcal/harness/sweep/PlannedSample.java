package io.migcal.harness.sweep;

import io.migcal.model.csv.CsvNumbers;

/**
 * One point of the sweep: which RTT, which fill, which dirty rate (null when the sweep has no
 * dirty-rate axis), which repetition, and where it falls in the run's order. The id depends only on
 * the grid point, so it is the same when a run is resumed; a sweep without the dirty-rate axis keeps
 * the ids it always had.
 */
public record PlannedSample(String sampleId, int orderIndex, int repetition, double rttMs, long fillBytes,
        Long dirtyRateBytesPerS) {

    static PlannedSample of(double rttMs, long fillBytes, int repetition) {
        return of(rttMs, fillBytes, null, repetition);
    }

    static PlannedSample of(double rttMs, long fillBytes, Long dirtyRateBytesPerS, int repetition) {
        String dirty = dirtyRateBytesPerS == null ? "" : "-dirty" + dirtyRateBytesPerS + "Bps";
        String id = "rtt" + CsvNumbers.format(rttMs) + "ms-fill" + fillBytes + "B" + dirty + "-rep" + repetition;
        return new PlannedSample(id, -1, repetition, rttMs, fillBytes, dirtyRateBytesPerS);
    }

    PlannedSample at(int index) {
        return new PlannedSample(sampleId, index, repetition, rttMs, fillBytes, dirtyRateBytesPerS);
    }

    /** Whether the guest dirties memory at a set rate during this sample. */
    boolean dirties() {
        return dirtyRateBytesPerS != null && dirtyRateBytesPerS > 0;
    }
}
