package io.migcal.harness.cli;

import io.migcal.harness.config.LabConfig;
import io.migcal.harness.qemu.QmpLabConnector;
import io.migcal.harness.ssh.SshSessionOpener;
import io.migcal.harness.sweep.LabConnector;
import io.migcal.harness.sweep.LabSession;
import io.migcal.harness.sweep.check.PreflightCheck;
import io.migcal.harness.time.MonotonicClock;
import io.migcal.model.BadInputException;
import java.io.IOException;
import java.util.List;

/** The connector the command line uses for real labs. */
final class LabConnectors {
    private LabConnectors() {
    }

    static LabConnector real() {
        // TODO(sweep, 07:05 merge): the Proxmox connector over JschRemoteShell and PveHypervisor
        return byDriver(new QmpLabConnector(MonotonicClock.SYSTEM, SshSessionOpener.strict()), null);
    }

    /** A config with a {@code qmp} section goes to the QMP connector, any other to the Proxmox one. */
    static LabConnector byDriver(LabConnector qmp, LabConnector proxmox) {
        return new LabConnector() {
            @Override
            public LabSession connect(LabConfig config) throws IOException, InterruptedException {
                return pick(config).connect(config);
            }

            @Override
            public List<PreflightCheck> preflight(LabConfig config, LabSession session) {
                return pick(config).preflight(config, session);
            }

            private LabConnector pick(LabConfig config) {
                LabConnector chosen = config.qmp() != null ? qmp : proxmox;
                if (chosen == null) {
                    throw new BadInputException("this build drives only plain QEMU labs (a 'qmp' section); "
                            + "the Proxmox connector is not wired in yet");
                }
                return chosen;
            }
        };
    }
}
