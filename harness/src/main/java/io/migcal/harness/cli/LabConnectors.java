package io.migcal.harness.cli;

import io.migcal.harness.config.LabConfig;
import io.migcal.harness.lab.VirtualLab;
import io.migcal.harness.lab.VirtualLabSettings;
import io.migcal.harness.reproduce.VirtualLabWiring;
import io.migcal.harness.sweep.LabConnector;
import io.migcal.harness.sweep.LabSession;
import io.migcal.harness.sweep.check.PreflightCheck;
import io.migcal.harness.sweep.connect.ProxmoxLabConnector;
import io.migcal.harness.sweep.connect.QmpLabConnector;
import io.migcal.harness.time.MonotonicClock;
import java.io.IOException;
import java.util.List;

/**
 * The connectors the command line picks: for real labs, on wall time, a config with a {@code qmp}
 * section is plain QEMU driven through QMP, any other Proxmox over its API or {@code qm}; for
 * {@code reproduce}, the virtual lab driven by the Proxmox connector on the lab's clock.
 */
public final class LabConnectors {
    private LabConnectors() {
    }

    static LabConnector real() {
        return byDriver(new QmpLabConnector(MonotonicClock.SYSTEM), new ProxmoxLabConnector(MonotonicClock.SYSTEM, 1.0));
    }

    /** {@code reproduce}'s lab: the virtual lab, driven by the Proxmox connector on the lab's clock. */
    public static VirtualLabWiring virtualLab() {
        return new VirtualLabWiring() {
            @Override
            public VirtualLab start(VirtualLabSettings settings) throws IOException {
                return VirtualLab.start(settings);
            }

            @Override
            public LabConnector connector(MonotonicClock labClock, double timeCompression) {
                return new ProxmoxLabConnector(labClock, timeCompression);
            }
        };
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
