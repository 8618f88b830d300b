package io.migcal.harness.migrate;

import java.time.Duration;
import java.util.Objects;

/** One live migration to run: which VM, from where, to where, and how long to wait at most. */
public record MigrationRequest(String vmId, String sourceNode, String targetNode, Duration timeout) {

    public MigrationRequest {
        Objects.requireNonNull(vmId, "vmId");
        Objects.requireNonNull(sourceNode, "sourceNode");
        Objects.requireNonNull(targetNode, "targetNode");
        Objects.requireNonNull(timeout, "timeout");
    }
}
