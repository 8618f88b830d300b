package io.migcal.harness.migrate;

/**
 * One progress observation of a running migration: seconds since the migrate call on the harness's
 * monotonic clock, and what the hypervisor said (null where it did not say): its status and, on QMP,
 * the dirty-sync count (the RAM pass the migration is in).
 */
public record ProgressPoint(double atS, Long transferredBytes, Long remainingBytes, Long totalBytes,
        Double rateBytesPerS, String status, Long dirtySyncCount) {

    /** A point without status or pass (a task log's progress line). */
    public ProgressPoint(double atS, Long transferredBytes, Long remainingBytes, Long totalBytes,
            Double rateBytesPerS) {
        this(atS, transferredBytes, remainingBytes, totalBytes, rateBytesPerS, null, null);
    }
}
