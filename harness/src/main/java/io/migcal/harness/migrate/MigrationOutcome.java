package io.migcal.harness.migrate;

import io.migcal.model.measure.SampleStatus;
import java.util.List;
import java.util.Map;

/**
 * How one migration went. Times are in seconds, downtime in milliseconds; a value the hypervisor
 * did not give is null. {@code transferTimeS} is from the migrate call to the task's end on the
 * harness's monotonic clock; {@code migrationPhaseS} is from the first progress line to completion.
 * {@code details} carries hypervisor-specific facts (UPID, QEMU counters) for the record.
 */
public record MigrationOutcome(
        SampleStatus status,
        Double transferTimeS,
        Double migrationPhaseS,
        Double taskDurationS,
        Double downtimeMs,
        Long transferredBytes,
        Double pollIntervalMs,
        String stage,
        String error,
        List<ProgressPoint> progress,
        Map<String, String> details) {

    /**
     * The {@code details} key under which a driver reports the dirty rate the hypervisor measured
     * during the migration (QEMU's {@code dirty-pages-rate} times the page size), in bytes per second.
     */
    public static final String MEASURED_DIRTY_RATE = "dirty_rate_measured_bytes_per_s";

    public MigrationOutcome {
        progress = progress == null ? List.of() : List.copyOf(progress);
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
