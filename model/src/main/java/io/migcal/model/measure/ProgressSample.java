package io.migcal.model.measure;

/**
 * One progress observation of one migration, a line of {@code progress/<sample-id>.csv}: seconds
 * since the migrate command on the harness's clock (or, for a Proxmox task log, since its first line
 * at 1 s resolution), the hypervisor's status and counters; null where it did not say.
 */
public record ProgressSample(double atS, String status, Long transferredBytes, Long remainingBytes,
        Long totalBytes, Double rateBytesPerS, Long dirtySyncCount) {
}
