package io.migcal.harness.sweep;

import io.migcal.harness.migrate.MigrationOutcome;
import io.migcal.model.measure.MeasurementRow;
import io.migcal.model.measure.SampleStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one sample has gathered so far. It starts as a failure at the first stage and becomes OK
 * only when every stage is done, so a sample cut short at any point still yields an honest row.
 */
final class SampleRecord {
    private final RunIdentity run;
    private final PlannedSample sample;
    private final Instant startedAt;
    private final Map<String, String> context = new LinkedHashMap<>();
    /** Why the cleanup had to be done over (a command cut off by a link fault), in order. */
    final List<String> cleanupRepeats = new ArrayList<>();
    String sourceNode;
    String targetNode;
    Double rttMeasuredMs;
    Integer queueLimitPackets;
    Long guestUsedBytes;
    MigrationOutcome outcome;
    Double ownTransferTimeS;
    SampleStatus status = SampleStatus.FAILED;
    String stage = Stage.PROVISION.label();
    String error;

    SampleRecord(RunIdentity run, PlannedSample sample, Instant startedAt) {
        this.run = run;
        this.sample = sample;
        this.startedAt = startedAt;
    }

    void context(String column, Object value) {
        context.put(column, value == null ? null : String.valueOf(value));
    }

    void failed(SampleStatus failure, String why) {
        status = failure;
        error = why;
    }

    MeasurementRow toRow() {
        MigrationOutcome o = outcome;
        return new MeasurementRow(run.runId(), sample.sampleId(), sample.repetition(), sample.orderIndex(),
                startedAt, run.method(), run.migration().vmId(), sourceNode, targetNode,
                sourceNode == null ? null : run.direction(sourceNode), sample.rttMs(), rttMeasuredMs,
                queueLimitPackets, sample.fillBytes(), guestUsedBytes, null,
                o != null && o.transferTimeS() != null ? o.transferTimeS() : ownTransferTimeS,
                o == null ? null : o.migrationPhaseS(), o == null ? null : o.taskDurationS(),
                o == null ? null : o.downtimeMs(), o == null ? null : o.transferredBytes(),
                o == null ? null : o.pollIntervalMs(), status, status == SampleStatus.OK ? null : stage, error,
                context);
    }
}
