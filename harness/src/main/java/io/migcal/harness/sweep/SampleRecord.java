package io.migcal.harness.sweep;

import io.migcal.harness.migrate.MigrationOutcome;
import io.migcal.model.measure.MeasurementRow;
import io.migcal.model.measure.MeasurementRowBuilder;
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
    /** The harness's monotonic clock when the migrate call was made (progress points count from it). */
    long migrateCalledNanos;
    SampleStatus status = SampleStatus.FAILED;
    String stage = Stage.PROVISION.label();
    String error;

    SampleRecord(RunIdentity run, PlannedSample sample, Instant startedAt) {
        this.run = run;
        this.sample = sample;
        this.startedAt = startedAt;
        sample.settings().columns().forEach(this::context);
    }

    /** The migration settings this sample runs with (recorded in its {@code setting_*} columns). */
    io.migcal.harness.config.SettingValues settings() {
        return sample.settings();
    }

    void context(String column, Object value) {
        context.put(column, value == null ? null : String.valueOf(value));
    }

    void failed(SampleStatus failure, String why) {
        status = failure;
        error = why;
    }

    /**
     * The row. {@code transfer_time_s} is the driver's own timing, on the harness's monotonic clock, from
     * the migrate command to the moment the end was seen; it is empty when no migration was timed (it
     * failed before it started, or the sample stopped earlier). It never falls back to another clock
     * or span: the hypervisor's own figure is {@code task_duration_s} (docs/record-schema.md).
     */
    MeasurementRow toRow() {
        MigrationOutcome o = outcome;
        MeasurementRowBuilder row = MeasurementRow.builder()
                .runId(run.runId()).sampleId(sample.sampleId()).repetition(sample.repetition())
                .orderIndex(sample.orderIndex()).startedAt(startedAt).method(run.method())
                .vmId(run.migration().vmId()).sourceNode(sourceNode).targetNode(targetNode)
                .direction(sourceNode == null ? null : run.direction(sourceNode))
                .rttSetMs(sample.rttMs()).rttMeasuredMs(rttMeasuredMs).queueLimitPackets(queueLimitPackets)
                .fillBytes(sample.fillBytes()).guestUsedBytes(guestUsedBytes)
                .dirtyRateBytesPerS(sample.dirtyRateBytesPerS() == null ? null : sample.dirtyRateBytesPerS().doubleValue())
                .status(status).stage(status == SampleStatus.OK ? null : stage).error(error).context(context);
        if (o != null) {
            row.transferTimeS(o.transferTimeS()).migrationPhaseS(o.migrationPhaseS()).taskDurationS(o.taskDurationS())
                    .downtimeMs(o.downtimeMs()).transferredBytes(o.transferredBytes()).pollIntervalMs(o.pollIntervalMs());
        }
        return row.build();
    }
}
