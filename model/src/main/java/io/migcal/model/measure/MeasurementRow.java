package io.migcal.model.measure;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One migration attempt, failures included: one row of {@code measurements.csv}. Optional numbers
 * are {@code null} when they were not (or could not be) measured; they are written as empty cells.
 * The {@code context} map holds what shaped the outcome (sysctls, offloads, qdisc counters...) and is
 * written as trailing columns after the fixed ones, in the order the run declared them. Build one
 * by name with {@link #builder()}; the column meanings (and which time is {@code transferTimeS}) are
 * in docs/record-schema.md.
 */
public record MeasurementRow(
        String runId,
        String sampleId,
        int repetition,
        int orderIndex,
        Instant startedAt,
        String method,
        String vmId,
        String sourceNode,
        String targetNode,
        String direction,
        double rttSetMs,
        Double rttMeasuredMs,
        Integer queueLimitPackets,
        long fillBytes,
        Long guestUsedBytes,
        Double dirtyRateBytesPerS,
        Double transferTimeS,
        Double migrationPhaseS,
        Double taskDurationS,
        Double downtimeMs,
        Long transferredBytes,
        Double pollIntervalMs,
        SampleStatus status,
        String stage,
        String error,
        Map<String, String> context) {

    public MeasurementRow {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(sampleId, "sampleId");
        Objects.requireNonNull(status, "status");
        context = context == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(context));
    }

    public static MeasurementRowBuilder builder() {
        return new MeasurementRowBuilder();
    }
}
