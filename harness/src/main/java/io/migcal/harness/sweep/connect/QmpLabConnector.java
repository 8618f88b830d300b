package io.migcal.harness.sweep.connect;

import io.migcal.harness.config.LabConfig;
import io.migcal.harness.config.MigrationConfig;
import io.migcal.harness.config.QmpConfig;
import io.migcal.harness.delay.DelayBoxPreparation;
import io.migcal.harness.delay.HostFacts;
import io.migcal.harness.delay.PathFacts;
import io.migcal.harness.delay.RttProbe;
import io.migcal.harness.guest.StressNgGuestLoad;
import io.migcal.harness.qemu.HostPathSetter;
import io.migcal.harness.qemu.QmpHypervisor;
import io.migcal.harness.qemu.QmpSettings;
import io.migcal.harness.reconnect.Reconnector;
import io.migcal.harness.ssh.RemoteShell;
import io.migcal.harness.ssh.SshSessionOpener;
import io.migcal.harness.sweep.ContextSource;
import io.migcal.harness.sweep.LabConnector;
import io.migcal.harness.sweep.LabSession;
import io.migcal.harness.sweep.NodeRtt;
import io.migcal.harness.sweep.check.PreflightCheck;
import io.migcal.harness.time.MonotonicClock;
import io.migcal.model.BadInputException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Builds a plain-QEMU lab (a config with a {@code qmp:} section, e.g. the local QEMU lab): the QMP
 * driver on the two hosts, netem on the delay box, stress-ng over SSH in the guest; the hosts' path
 * settings applied first. Shells, delay control and preflight are the Proxmox connector's own.
 */
public final class QmpLabConnector implements LabConnector {
    private final MonotonicClock clock;

    private final SshSessionOpener opener;

    public QmpLabConnector(MonotonicClock clock) {
        // assigned here, not delegated: ArchUnit counts a this(...) call as building a connector
        this.clock = clock;
        this.opener = SshSessionOpener.strict();
    }

    /** {@code opener} carries the host-key policy the user chose ({@code --accept-new-host-keys}). */
    public QmpLabConnector(MonotonicClock clock, SshSessionOpener opener) {
        this.clock = clock;
        this.opener = opener;
    }

    @Override
    public LabSession connect(LabConfig config) throws IOException, InterruptedException {
        QmpConfig qmp = config.qmp();
        if (qmp == null) {
            throw new BadInputException("the lab config has no 'qmp' section; the QMP driver needs one");
        }
        Reconnector reconnector = LabReconnects.reconnector(config.reconnect(), clock);
        ShellPool shells = new ShellPool(config.ssh(), opener, System::getenv, reconnector);
        MigrationConfig m = config.migration();
        RemoteShell nodeA = shells.shell(m.nodeA().ssh(), "migration.node_a.ssh");
        RemoteShell nodeB = shells.shell(m.nodeB().ssh(), "migration.node_b.ssh");
        RemoteShell delayBox = shells.shell(config.delay().ssh(), "delay.ssh");
        HostPathSetter.apply(nodeA, QmpSettings.hostSettings(qmp, m.nodeA().name()));
        HostPathSetter.apply(nodeB, QmpSettings.hostSettings(qmp, m.nodeB().name()));
        if (config.delay().disableOffloads()) {
            new DelayBoxPreparation(delayBox, config.delay().interfaces()).disableOffloads();
        }
        QmpHypervisor hypervisor = new QmpHypervisor(
                List.of(QmpSettings.node(qmp, m.nodeA().name(), nodeA), QmpSettings.node(qmp, m.nodeB().name(), nodeB)),
                QmpSettings.tunables(qmp), Duration.ofMillis(qmp.pollIntervalMs()), clock);
        Map<String, RemoteShell> nodes = Map.of(m.nodeA().name(), nodeA, m.nodeB().name(), nodeB);
        Map<String, String> addresses = Map.of(m.nodeA().name(), m.nodeA().address(), m.nodeB().name(), m.nodeB().address());
        NodeRtt rtt = (from, to) -> new RttProbe(nodes.get(from), addresses.get(to)).measure();
        PathFacts path = new PathFacts(delayBox, config.delay().interfaces());
        List<ContextSource> context = List.of(
                ContextSource.of("node_a", () -> hostFacts(nodeA, "node_a", qmp.node(m.nodeA().name()))),
                ContextSource.of("node_b", () -> hostFacts(nodeB, "node_b", qmp.node(m.nodeB().name()))),
                ContextSource.of("delay box offloads", path::offloads));
        return new LabSession("qmp", DowntimeProbes.around(hypervisor, config.downtimeProbe(), clock),
                vmId -> hypervisor.cancelRunning(),
                DelayControllers.of(config.delay(), delayBox),
                StressNgGuestLoad.over(shells.shell(config.guestLoad().ssh(), "guest_load.ssh"), clock,
                        config.guestLoad().workingSetBytes(), config.guestLoad().meters()), rtt, context,
                () -> Map.of("hypervisor", hypervisor.describe()), clock, 1.0, List.of(shells), reconnector.journal());
    }

    @Override
    public List<PreflightCheck> preflight(LabConfig config, LabSession session) throws InterruptedException {
        ShellPool shells = session.resources().stream().filter(ShellPool.class::isInstance).map(ShellPool.class::cast)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("not a session this connector made"));
        return LabChecks.of(config, session, shells);
    }

    /** The host's TCP settings and its migration interface's offloads, in one SSH command. */
    private static Map<String, String> hostFacts(RemoteShell host, String prefix, QmpConfig.Node node)
            throws IOException, InterruptedException {
        Map<String, String> offloads = node.migrationInterface() == null ? Map.of()
                : Map.of(node.migrationInterface(), prefix + "_if");
        return new HostFacts(host, prefix, offloads).read();
    }
}
