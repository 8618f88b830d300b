package io.migcal.harness.cli;

import io.migcal.harness.sweep.LabConnector;

/** The connector the command line uses for real labs. */
final class LabConnectors {
    private LabConnectors() {
    }

    static LabConnector real() {
        // TODO(sweep, 07:05 merge): the Proxmox connector over JschRemoteShell and PveHypervisor
        return null;
    }
}
