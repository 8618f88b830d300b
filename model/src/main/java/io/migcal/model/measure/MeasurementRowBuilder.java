package io.migcal.model.measure;

import java.time.Instant;
import java.util.Map;

/**
 * Builds a {@link MeasurementRow} by column name, so no caller depends on the order of 26 fields.
 * Unset values stay empty in the CSV (null), or 0 for the four primitive columns; {@link #build} refuses
 * a row without its run id, sample id or status, as the record does.
 */
public final class MeasurementRowBuilder {
    private String runId;
    private String sampleId;
    private int repetition;
    private int orderIndex;
    private Instant startedAt;
    private String method;
    private String vmId;
    private String sourceNode;
    private String targetNode;
    private String direction;
    private double rttSetMs;
    private Double rttMeasuredMs;
    private Integer queueLimitPackets;
    private long fillBytes;
    private Long guestUsedBytes;
    private Double dirtyRateBytesPerS;
    private Double transferTimeS;
    private Double migrationPhaseS;
    private Double taskDurationS;
    private Double downtimeMs;
    private Long transferredBytes;
    private Double pollIntervalMs;
    private SampleStatus status;
    private String stage;
    private String error;
    private Map<String, String> context;

    MeasurementRowBuilder() {
    }

    public MeasurementRowBuilder runId(String value) {
        this.runId = value;
        return this;
    }

    public MeasurementRowBuilder sampleId(String value) {
        this.sampleId = value;
        return this;
    }

    public MeasurementRowBuilder repetition(int value) {
        this.repetition = value;
        return this;
    }

    public MeasurementRowBuilder orderIndex(int value) {
        this.orderIndex = value;
        return this;
    }

    public MeasurementRowBuilder startedAt(Instant value) {
        this.startedAt = value;
        return this;
    }

    public MeasurementRowBuilder method(String value) {
        this.method = value;
        return this;
    }

    public MeasurementRowBuilder vmId(String value) {
        this.vmId = value;
        return this;
    }

    public MeasurementRowBuilder sourceNode(String value) {
        this.sourceNode = value;
        return this;
    }

    public MeasurementRowBuilder targetNode(String value) {
        this.targetNode = value;
        return this;
    }

    public MeasurementRowBuilder direction(String value) {
        this.direction = value;
        return this;
    }

    public MeasurementRowBuilder rttSetMs(double value) {
        this.rttSetMs = value;
        return this;
    }

    public MeasurementRowBuilder rttMeasuredMs(Double value) {
        this.rttMeasuredMs = value;
        return this;
    }

    public MeasurementRowBuilder queueLimitPackets(Integer value) {
        this.queueLimitPackets = value;
        return this;
    }

    public MeasurementRowBuilder fillBytes(long value) {
        this.fillBytes = value;
        return this;
    }

    public MeasurementRowBuilder guestUsedBytes(Long value) {
        this.guestUsedBytes = value;
        return this;
    }

    public MeasurementRowBuilder dirtyRateBytesPerS(Double value) {
        this.dirtyRateBytesPerS = value;
        return this;
    }

    public MeasurementRowBuilder transferTimeS(Double value) {
        this.transferTimeS = value;
        return this;
    }

    public MeasurementRowBuilder migrationPhaseS(Double value) {
        this.migrationPhaseS = value;
        return this;
    }

    public MeasurementRowBuilder taskDurationS(Double value) {
        this.taskDurationS = value;
        return this;
    }

    public MeasurementRowBuilder downtimeMs(Double value) {
        this.downtimeMs = value;
        return this;
    }

    public MeasurementRowBuilder transferredBytes(Long value) {
        this.transferredBytes = value;
        return this;
    }

    public MeasurementRowBuilder pollIntervalMs(Double value) {
        this.pollIntervalMs = value;
        return this;
    }

    public MeasurementRowBuilder status(SampleStatus value) {
        this.status = value;
        return this;
    }

    public MeasurementRowBuilder stage(String value) {
        this.stage = value;
        return this;
    }

    public MeasurementRowBuilder error(String value) {
        this.error = value;
        return this;
    }

    public MeasurementRowBuilder context(Map<String, String> value) {
        this.context = value;
        return this;
    }

    public MeasurementRow build() {
        return new MeasurementRow(runId, sampleId, repetition, orderIndex, startedAt,
                method, vmId, sourceNode, targetNode, direction, rttSetMs, rttMeasuredMs,
                queueLimitPackets, fillBytes, guestUsedBytes, dirtyRateBytesPerS, transferTimeS, migrationPhaseS, taskDurationS,
                downtimeMs, transferredBytes, pollIntervalMs, status, stage, error, context);
    }
}
