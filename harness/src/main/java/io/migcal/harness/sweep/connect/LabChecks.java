package io.migcal.harness.sweep.connect;

import io.migcal.harness.config.GuestLoadConfig;
import io.migcal.harness.config.LabConfig;
import io.migcal.harness.config.MigrationConfig;
import io.migcal.harness.migrate.Hypervisor;
import io.migcal.harness.probe.ProbedHypervisor;
import io.migcal.harness.pve.PveHypervisor;
import io.migcal.harness.pve.PveReadiness;
import io.migcal.harness.pve.ReadinessFinding;
import io.migcal.harness.sweep.LabSession;
import io.migcal.harness.sweep.check.PreflightCheck;
import io.migcal.harness.sweep.check.PreflightCheck.CheckResult;
import io.migcal.harness.sweep.check.SessionChecks;
import io.migcal.harness.sweep.check.ShellChecks;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every preflight check of a Proxmox lab: the session's (through the seams), Proxmox's own readiness
 * for the first migration (privileges, nodes, lock, preconditions, storages), and the hosts'.
 */
final class LabChecks {
    private static final double MAX_CLOCK_SKEW_MS = 1000;

    private LabChecks() {
    }

    static List<PreflightCheck> of(LabConfig config, LabSession session, ShellPool shells)
            throws InterruptedException {
        MigrationConfig m = config.migration();
        List<PreflightCheck> checks = new ArrayList<>(SessionChecks.of(session, m));
        Hypervisor driver = session.hypervisor() instanceof ProbedHypervisor probed ? probed.delegate()
                : session.hypervisor();
        if (driver instanceof PveHypervisor pve) {
            checks.addAll(readiness(pve, session, m));
        }
        checks.add(ShellChecks.netemAvailable(shells.shell(config.delay().ssh(), "delay.ssh")));
        if (config.guestLoad().method() == GuestLoadConfig.Method.STRESS_NG) {
            checks.add(ShellChecks.stressNgInstalled(shells.shell(config.guestLoad().ssh(), "guest_load.ssh")));
        }
        for (String target : List.of(m.nodeA().ssh(), m.nodeB().ssh(), config.delay().ssh())) {
            // on the session's clock: a virtual lab's hosts tell its compressed time, and so does that clock
            checks.add(ShellChecks.clockSkew(shells.shell(target, "ssh.targets"), session.clock(), MAX_CLOCK_SKEW_MS));
        }
        return checks;
    }

    /** Proxmox's findings for the next migration (from where the VM is now), one check each. */
    private static List<PreflightCheck> readiness(PveHypervisor pve, LabSession session, MigrationConfig m)
            throws InterruptedException {
        String source;
        try {
            source = session.hypervisor().locate(m.vmId());
        } catch (IOException e) {
            return List.of(SessionChecks.check("Proxmox readiness", () -> CheckResult.fail(
                    "cannot locate VM " + m.vmId() + ": " + e.getMessage())));
        }
        String target = source.equals(m.nodeA().name()) ? m.nodeB().name() : m.nodeA().name();
        List<PreflightCheck> checks = new ArrayList<>();
        for (ReadinessFinding finding : new PveReadiness(pve.api()).check(m.vmId(), source, target)) {
            CheckResult result = new CheckResult(finding.passed(), finding.detail(), finding.checkable());
            checks.add(SessionChecks.check(finding.check(), () -> result));
        }
        return checks;
    }
}
