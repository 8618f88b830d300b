package io.migcal.model.measure;

import java.util.List;

/**
 * The fixed leading columns of {@code measurements.csv}, in order. Units are in the names. The
 * schema is documented in {@code docs/record-schema.md}; golden files seal it.
 */
public final class MeasurementColumns {
    public static final String RUN_ID = "run_id";
    public static final String SAMPLE_ID = "sample_id";
    public static final String REPETITION = "repetition";
    public static final String ORDER_INDEX = "order_index";
    public static final String STARTED_AT = "started_at";
    public static final String METHOD = "method";
    public static final String VM_ID = "vm_id";
    public static final String SOURCE_NODE = "source_node";
    public static final String TARGET_NODE = "target_node";
    public static final String DIRECTION = "direction";
    public static final String RTT_SET_MS = "rtt_set_ms";
    public static final String RTT_MEASURED_MS = "rtt_measured_ms";
    public static final String QUEUE_LIMIT_PACKETS = "queue_limit_packets";
    public static final String FILL_BYTES = "fill_bytes";
    public static final String GUEST_USED_BYTES = "guest_used_bytes";
    public static final String DIRTY_RATE_BYTES_PER_S = "dirty_rate_bytes_per_s";
    public static final String TRANSFER_TIME_S = "transfer_time_s";
    public static final String MIGRATION_PHASE_S = "migration_phase_s";
    public static final String TASK_DURATION_S = "task_duration_s";
    public static final String DOWNTIME_MS = "downtime_ms";
    public static final String TRANSFERRED_BYTES = "transferred_bytes";
    public static final String POLL_INTERVAL_MS = "poll_interval_ms";
    public static final String STATUS = "status";
    public static final String STAGE = "stage";
    public static final String ERROR = "error";

    public static final List<String> FIXED = List.of(
            RUN_ID, SAMPLE_ID, REPETITION, ORDER_INDEX, STARTED_AT, METHOD, VM_ID, SOURCE_NODE,
            TARGET_NODE, DIRECTION, RTT_SET_MS, RTT_MEASURED_MS, QUEUE_LIMIT_PACKETS, FILL_BYTES,
            GUEST_USED_BYTES, DIRTY_RATE_BYTES_PER_S, TRANSFER_TIME_S, MIGRATION_PHASE_S,
            TASK_DURATION_S, DOWNTIME_MS, TRANSFERRED_BYTES, POLL_INTERVAL_MS, STATUS, STAGE, ERROR);

    private MeasurementColumns() {
    }
}
