package io.migcal.harness.config;

import static io.migcal.harness.config.ConfigChecks.present;
import static io.migcal.harness.config.ConfigChecks.presentText;

import io.migcal.model.BadInputException;

/** The VM that migrates and the two nodes it goes between (A to B, then B to A). */
public record MigrationConfig(String vmId, Node nodeA, Node nodeB) {

    public MigrationConfig {
        presentText(vmId, "vm_id");
        present(nodeA, "node_a");
        present(nodeB, "node_b");
        if (nodeA.name().equals(nodeB.name())) {
            throw new BadInputException("node_a and node_b are both '" + nodeA.name() + "'; give two different nodes");
        }
    }

    /**
     * One migration node: its hypervisor name, the SSH target that logs in to it, and the address
     * the other node pings it at (the migration network, where the delay applies).
     */
    public record Node(String name, String ssh, String address) {
        public Node {
            presentText(name, "name");
            presentText(ssh, "ssh");
            presentText(address, "address");
        }
    }
}
