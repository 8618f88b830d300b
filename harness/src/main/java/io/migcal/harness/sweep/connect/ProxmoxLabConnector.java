package io.migcal.harness.sweep.connect;

import io.migcal.harness.config.GuestLoadConfig;
import io.migcal.harness.config.LabConfig;
import io.migcal.harness.config.MigrationConfig;
import io.migcal.harness.config.ProxmoxConfig;
import io.migcal.harness.delay.NodeFacts;
import io.migcal.harness.delay.HostFacts;
import io.migcal.harness.delay.RttProbe;
import io.migcal.harness.guest.StressNgGuestLoad;
import io.migcal.harness.migrate.Hypervisor;
import io.migcal.harness.pve.PveHypervisor;
import io.migcal.harness.pve.QmSshHypervisor;
import io.migcal.harness.reconnect.Reconnector;
import io.migcal.harness.ssh.RemoteShell;
import io.migcal.harness.ssh.SshSessionOpener;
import io.migcal.harness.sweep.ContextSource;
import io.migcal.harness.sweep.LabConnector;
import io.migcal.harness.sweep.LabSession;
import io.migcal.harness.sweep.MigrationCanceller;
import io.migcal.harness.sweep.NodeRtt;
import io.migcal.harness.sweep.check.PreflightCheck;
import io.migcal.harness.time.MonotonicClock;
import java.util.List;
import java.util.Map;

/**
 * Builds a Proxmox lab from its config: JSch shells to the nodes, the delay box and the guest, the
 * Proxmox REST API (or {@code qm} over SSH), netem or an appliance, stress-ng over SSH or through
 * the guest agent. Pointed at the virtual lab, the same code runs on loopback with the lab's clock.
 */
public final class ProxmoxLabConnector implements LabConnector {
    private final MonotonicClock clock;
    private final double timeCompression;
    private final SshSessionOpener opener;

    /** {@code clock} tells lab time; {@code timeCompression} is lab seconds per wall second (1 for real labs). */
    public ProxmoxLabConnector(MonotonicClock clock, double timeCompression) {
        // assigned here, not delegated: ArchUnit counts a this(...) call as building a connector
        this.clock = clock;
        this.timeCompression = timeCompression;
        this.opener = SshSessionOpener.strict();
    }

    /** As above; {@code opener} carries the host-key policy the user chose ({@code --accept-new-host-keys}). */
    public ProxmoxLabConnector(MonotonicClock clock, double timeCompression, SshSessionOpener opener) {
        this.clock = clock;
        this.timeCompression = timeCompression;
        this.opener = opener;
    }

    @Override
    public LabSession connect(LabConfig config) throws java.io.IOException, InterruptedException {
        Reconnector reconnector = LabReconnects.reconnector(config.reconnect(), clock);
        ShellPool shells = new ShellPool(config.ssh(), opener, System::getenv, reconnector);
        MigrationConfig m = config.migration();
        RemoteShell nodeA = shells.shell(m.nodeA().ssh(), "migration.node_a.ssh");
        RemoteShell nodeB = shells.shell(m.nodeB().ssh(), "migration.node_b.ssh");
        RemoteShell delayBox = shells.shell(config.delay().ssh(), "delay.ssh");
        Map<String, RemoteShell> nodes = Map.of(m.nodeA().name(), nodeA, m.nodeB().name(), nodeB);
        boolean api = config.proxmox().driver() == ProxmoxConfig.Driver.API;
        Hypervisor hypervisor = api ? PveConnections.hypervisor(config.proxmox(), clock, reconnector,
                LabReconnects.apiReadTimeout(config.reconnect(), timeCompression)) : new QmSshHypervisor(nodes, clock);
        RemoteShell guest = config.guestLoad().method() == GuestLoadConfig.Method.GUEST_AGENT
                ? new VmOwnerShell(hypervisor, nodes, m.vmId()) : shells.shell(config.guestLoad().ssh(), "guest_load.ssh");
        Map<String, String> addresses = Map.of(m.nodeA().name(), m.nodeA().address(), m.nodeB().name(), m.nodeB().address());
        NodeRtt rtt = (from, to) -> new RttProbe(nodes.get(from), addresses.get(to)).measure();
        // one SSH command per host and read (the delay box's TCP facts and offloads together)
        List<ContextSource> context = List.of(
                ContextSource.of("node_a", new NodeFacts(nodeA, "node_a")::read),
                ContextSource.of("node_b", new NodeFacts(nodeB, "node_b")::read),
                ContextSource.of("delay box", HostFacts.delayBox(delayBox, config.delay().interfaces())::read));
        MigrationCanceller canceller = hypervisor instanceof PveHypervisor pve
                ? new PveTaskCanceller(pve.api(), List.of(m.nodeA().name(), m.nodeB().name())) : MigrationCanceller.NONE;
        return new LabSession(api ? "proxmox-api" : "qm-ssh",
                DowntimeProbes.around(hypervisor, config.downtimeProbe(), clock), canceller,
                DelayControllers.of(config.delay(), delayBox),
                StressNgGuestLoad.over(guest, clock, config.guestLoad().workingSetBytes(),
                        config.guestLoad().meters()), rtt, context, () -> versions(nodeA, nodeB), clock, timeCompression,
                List.of(shells), reconnector.journal());
    }

    private static Map<String, String> versions(RemoteShell nodeA, RemoteShell nodeB)
            throws java.io.IOException, InterruptedException {
        Map<String, String> versions = new java.util.LinkedHashMap<>(NodeVersions.read(nodeA, "node_a"));
        versions.putAll(NodeVersions.read(nodeB, "node_b"));
        return versions;
    }

    @Override
    public List<PreflightCheck> preflight(LabConfig config, LabSession session) throws InterruptedException {
        ShellPool shells = session.resources().stream().filter(ShellPool.class::isInstance).map(ShellPool.class::cast)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("not a session this connector made"));
        return LabChecks.of(config, session, shells);
    }
}
