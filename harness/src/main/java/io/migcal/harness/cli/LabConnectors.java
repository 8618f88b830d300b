package io.migcal.harness.cli;

import io.migcal.harness.config.LabConfig;
import io.migcal.harness.lab.VirtualLab;
import io.migcal.harness.lab.VirtualLabSettings;
import io.migcal.harness.reproduce.VirtualLabWiring;
import io.migcal.harness.ssh.SshSessionOpener;
import io.migcal.harness.sweep.LabConnector;
import io.migcal.harness.sweep.LabSession;
import io.migcal.harness.sweep.check.PreflightCheck;
import io.migcal.harness.sweep.connect.ProxmoxLabConnector;
import io.migcal.harness.sweep.connect.QmpLabConnector;
import io.migcal.harness.time.CompressedClock;
import io.migcal.harness.time.MonotonicClock;
import java.io.IOException;
import java.util.List;

/**
 * The connectors the command line picks: a config with a {@code qmp} section is plain QEMU driven
 * through QMP, any other Proxmox over its API or {@code qm}; real labs run on wall time, a served
 * virtual lab on the compressed clock its lab.yaml names ({@code lab_clock}); for {@code reproduce},
 * the virtual lab driven by the Proxmox connector on the lab's clock object.
 */
public final class LabConnectors {
    private LabConnectors() {
    }

    /**
     * For {@code check} and {@code sweep}: SSH through {@code opener} (the user's host-key policy), on
     * the wall clock, or on the virtual lab's compressed clock when the config's {@code lab_clock} says so.
     */
    static LabConnector real(SshSessionOpener opener) {
        return new LabConnector() {
            @Override
            public LabSession connect(LabConfig config) throws IOException, InterruptedException {
                return forConfig(config, opener).connect(config);
            }

            @Override
            public List<PreflightCheck> preflight(LabConfig config, LabSession session)
                    throws IOException, InterruptedException {
                return forConfig(config, opener).preflight(config, session);
            }
        };
    }

    private static LabConnector forConfig(LabConfig config, SshSessionOpener opener) {
        MonotonicClock clock = clock(config);
        return config.qmp() != null ? new QmpLabConnector(clock, opener)
                : new ProxmoxLabConnector(clock, config.timeCompression(), opener);
    }

    /** The wall clock, or the virtual lab's compressed one as its lab.yaml describes it. */
    static MonotonicClock clock(LabConfig config) {
        double factor = config.timeCompression();
        return factor == 1.0 ? MonotonicClock.SYSTEM : CompressedClock.sharing(factor, config.labClock().originInstant());
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
