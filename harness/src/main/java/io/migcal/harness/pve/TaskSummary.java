package io.migcal.harness.pve;

/** One entry of a node's task list; {@code endEpochS} and {@code status} only once it ended. */
public record TaskSummary(Upid upid, Long endEpochS, String status) {
}
