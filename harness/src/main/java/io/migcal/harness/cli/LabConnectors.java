package io.migcal.harness.cli;

import io.migcal.harness.config.LabConfig;
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
 * The connector the command line uses: a config with a {@code qmp} section is plain QEMU driven
 * through QMP, any other Proxmox over its API or {@code qm}. Real labs run on wall time; a virtual
 * lab's config carries its compressed clock ({@code lab_clock}), which the harness then shares.
 */
final class LabConnectors {
    private LabConnectors() {
    }

    /** SSH through {@code opener}, which carries the user's host-key policy. */
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
}
