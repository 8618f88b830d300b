package io.migcal.harness.pve;

/** One node of {@code GET /nodes}. */
public record NodeState(String node, boolean online) {
}
