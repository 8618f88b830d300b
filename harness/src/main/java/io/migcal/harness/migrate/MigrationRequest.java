package io.migcal.harness.migrate;

import io.migcal.harness.config.SettingValues;
import java.time.Duration;
import java.util.Objects;

/**
 * One live migration to run: which VM, from where, to where, how long to wait at most, and the
 * migration settings to run it with (none: the hypervisor's own defaults).
 */
public record MigrationRequest(String vmId, String sourceNode, String targetNode, Duration timeout,
        SettingValues settings) {

    public MigrationRequest {
        Objects.requireNonNull(vmId, "vmId");
        Objects.requireNonNull(sourceNode, "sourceNode");
        Objects.requireNonNull(targetNode, "targetNode");
        Objects.requireNonNull(timeout, "timeout");
        settings = settings == null ? SettingValues.NONE : settings;
    }

    public MigrationRequest(String vmId, String sourceNode, String targetNode, Duration timeout) {
        this(vmId, sourceNode, targetNode, timeout, SettingValues.NONE);
    }
}
