package io.migcal.harness.cli;

import io.migcal.harness.config.LabConfig;
import io.migcal.harness.sweep.LabConnector;
import io.migcal.harness.sweep.LabSession;
import io.migcal.harness.sweep.check.PreflightCheck;
import io.migcal.harness.sweep.connect.ProxmoxLabConnector;
import io.migcal.harness.sweep.connect.QmpLabConnector;
import io.migcal.harness.time.MonotonicClock;
import java.io.IOException;
import java.util.List;

/**
 * The connector the command line uses for real labs, on wall time: a config with a {@code qmp}
 * section is plain QEMU driven through QMP, any other Proxmox over its API or {@code qm}.
 */
final class LabConnectors {
    private LabConnectors() {
    }

    static LabConnector real() {
        return byDriver(new QmpLabConnector(MonotonicClock.SYSTEM), new ProxmoxLabConnector(MonotonicClock.SYSTEM, 1.0));
    }

    static LabConnector byDriver(LabConnector qmp, LabConnector proxmox) {
        return new LabConnector() {
            @Override
            public LabSession connect(LabConfig config) throws IOException, InterruptedException {
                return (config.qmp() != null ? qmp : proxmox).connect(config);
            }

            @Override
            public List<PreflightCheck> preflight(LabConfig config, LabSession session)
                    throws IOException, InterruptedException {
                return (config.qmp() != null ? qmp : proxmox).preflight(config, session);
            }
        };
    }
}
