package io.migcal.harness.migrate;

/**
 * One progress observation of a running migration: seconds since the migrate call on the harness's
 * monotonic clock, and what the hypervisor said (null where it did not say).
 */
public record ProgressPoint(double atS, Long transferredBytes, Long remainingBytes, Long totalBytes,
        Double rateBytesPerS) {
}
