package io.migcal.harness.sweep;

import io.migcal.harness.config.MigrationConfig;

/** What every row of one run shares: the run id, the VM, the two nodes and the driver's method name. */
public record RunIdentity(String runId, String method, MigrationConfig migration) {

    /** The node the VM goes to from {@code sourceNode}: the other one of the pair. */
    String otherNode(String sourceNode) {
        return migration.nodeA().name().equals(sourceNode) ? migration.nodeB().name() : migration.nodeA().name();
    }

    /** {@code A->B} when the VM leaves node A, {@code B->A} when it comes back. */
    String direction(String sourceNode) {
        return migration.nodeA().name().equals(sourceNode) ? "A->B" : "B->A";
    }

    boolean isMigrationNode(String node) {
        return migration.nodeA().name().equals(node) || migration.nodeB().name().equals(node);
    }
}
