package io.migcal.harness.pve;

/** One VM of {@code GET /cluster/resources?type=vm}; {@code haState} is null unless HA manages it. */
public record ClusterVm(String vmId, String node, String status, String type, String haState) {
}
