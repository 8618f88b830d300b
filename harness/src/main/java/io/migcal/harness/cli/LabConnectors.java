package io.migcal.harness.cli;

import io.migcal.harness.sweep.LabConnector;
import io.migcal.harness.sweep.connect.ProxmoxLabConnector;
import io.migcal.harness.time.MonotonicClock;

/** The connector the command line uses for real labs: Proxmox over its API or {@code qm}, on wall time. */
final class LabConnectors {
    private LabConnectors() {
    }

    static LabConnector real() {
        return new ProxmoxLabConnector(MonotonicClock.SYSTEM, 1.0);
    }
}
