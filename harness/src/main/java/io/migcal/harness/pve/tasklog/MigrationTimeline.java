package io.migcal.harness.pve.tasklog;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a migration task log says happened, in order. Times are the source node's local wall clock at
 * 1 s resolution; a fact the log did not contain is null. Setup facts are what Proxmox set on QEMU:
 * the speed limit (bytes/s), the downtime limit as first set and as last raised (ms), the xbzrle
 * cache size. {@code durationS} is Proxmox's own {@code (duration HH:MM:SS)} of a finished or aborted run.
 * {@code dirtyRateBytesPerS} is the last {@code VM dirties lots of memory: X/s} a progress line named
 * (qemu-server 6.4 and later add it only while the guest dirties faster than the stream sends).
 */
public record MigrationTimeline(
        LogFormat format,
        boolean startedByHa,
        LocalDateTime startedAt,
        MigrationType migrationType,
        Long speedLimitBytesPerS,
        Double downtimeLimitMs,
        Double finalDowntimeLimitMs,
        Long cacheSizeBytes,
        LocalDateTime migrateCommandAt,
        List<LogProgress> progress,
        Long downtimeMs,
        Long completedTransferredBytes,
        LocalDateTime completedAt,
        LocalDateTime finishedAt,
        boolean finishedSuccessfully,
        Long durationS,
        List<String> errors,
        TaskEnd taskEnd,
        Long dirtyRateBytesPerS) {

    /** Which era's progress lines the log carries; {@code UNKNOWN} before the first progress line. */
    public enum LogFormat { RAW_BYTES_BEFORE_6_4, RENDERED_SINCE_6_4, UNKNOWN }

    public MigrationTimeline {
        progress = List.copyOf(progress);
        errors = List.copyOf(errors);
    }

    /** From the first progress line to {@code migration status: completed}, in whole seconds; null if either is missing. */
    public Long migrationPhaseS() {
        if (progress.isEmpty() || completedAt == null) {
            return null;
        }
        return Duration.between(progress.get(0).at(), completedAt).toSeconds();
    }

    /** The bytes QEMU last reported sent: the completion line (qemu-server 8.3.9+) or the last progress line. */
    public Long transferredBytes() {
        if (completedTransferredBytes != null) {
            return completedTransferredBytes;
        }
        return progress.isEmpty() ? null : progress.get(progress.size() - 1).transferredBytes();
    }
}
