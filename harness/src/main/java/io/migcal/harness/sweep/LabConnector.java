package io.migcal.harness.sweep;

import io.migcal.harness.config.LabConfig;
import io.migcal.harness.sweep.check.PreflightCheck;
import java.io.IOException;
import java.util.List;

/**
 * Builds the lab a config describes: the real Proxmox lab, the virtual lab, the local QEMU lab.
 * The sweep only ever sees the {@link LabSession} this returns.
 */
public interface LabConnector {

    /** Opens the connections (SSH, HTTPS, QMP) and wraps them in a session the caller closes. */
    LabSession connect(LabConfig config) throws IOException, InterruptedException;

    /** Every preflight check for this lab, the session checks included (some may be answered already). */
    List<PreflightCheck> preflight(LabConfig config, LabSession session) throws IOException, InterruptedException;
}
