package io.migcal.harness.sweep;

import io.migcal.model.csv.CsvNumbers;

/**
 * One point of the sweep: which RTT, which fill, which repetition, and where it falls in the run's
 * order. The id depends only on the grid point, so it is the same when a run is resumed.
 */
public record PlannedSample(String sampleId, int orderIndex, int repetition, double rttMs, long fillBytes) {

    static PlannedSample of(double rttMs, long fillBytes, int repetition) {
        String id = "rtt" + CsvNumbers.format(rttMs) + "ms-fill" + fillBytes + "B-rep" + repetition;
        return new PlannedSample(id, -1, repetition, rttMs, fillBytes);
    }

    PlannedSample at(int index) {
        return new PlannedSample(sampleId, index, repetition, rttMs, fillBytes);
    }
}
