package io.migcal.harness.qemu;

import io.migcal.harness.config.DelayConfig;
import io.migcal.harness.config.LabConfig;
import io.migcal.harness.config.MigrationConfig;
import io.migcal.harness.config.QmpConfig;
import io.migcal.harness.delay.DelayBoxPreparation;
import io.migcal.harness.delay.DelaySplit;
import io.migcal.harness.delay.NetemConfig;
import io.migcal.harness.delay.NetemDelayController;
import io.migcal.harness.delay.NodeFacts;
import io.migcal.harness.delay.QueueLimitSizing;
import io.migcal.harness.guest.StressNgGuestLoad;
import io.migcal.harness.ssh.RemoteShell;
import io.migcal.harness.ssh.SshSessionOpener;
import io.migcal.harness.sweep.LabShells;
import io.migcal.model.BadInputException;
import io.migcal.harness.sweep.ContextSource;
import io.migcal.harness.sweep.LabConnector;
import io.migcal.harness.sweep.LabSession;
import io.migcal.harness.sweep.check.PreflightCheck;
import io.migcal.harness.sweep.check.SessionChecks;
import io.migcal.harness.time.MonotonicClock;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lab a config with a {@code qmp:} section describes: plain QEMU on two hosts driven through
 * QMP, netem on the delay box, stress-ng in the guest, each over its own SSH login.
 */
public final class QmpLabConnector implements LabConnector {

    private final MonotonicClock clock;
    private final SshSessionOpener opener;

    public QmpLabConnector(MonotonicClock clock, SshSessionOpener opener) {
        this.clock = clock;
        this.opener = opener;
    }

    @Override
    public LabSession connect(LabConfig config) throws IOException, InterruptedException {
        QmpConfig qmp = config.qmp();
        MigrationConfig migration = config.migration();
        if (qmp == null) {
            throw new BadInputException("the lab config has no 'qmp' section; the QMP driver needs one");
        }
        LabShells shells = new LabShells(config.ssh(), opener);
        List<AutoCloseable> opened = new ArrayList<>();
        RemoteShell hostA = open(shells, opened, migration.nodeA().ssh(), "migration.node_a.ssh");
        RemoteShell hostB = open(shells, opened, migration.nodeB().ssh(), "migration.node_b.ssh");
        RemoteShell delayBox = open(shells, opened, config.delay().ssh(), "delay.ssh");
        RemoteShell guest = open(shells, opened, config.guestLoad().ssh(), "guest_load.ssh");
        Map<String, RemoteShell> hosts = Map.of(migration.nodeA().name(), hostA, migration.nodeB().name(), hostB);
        Map<String, String> addresses = Map.of(migration.nodeA().name(), migration.nodeA().address(),
                migration.nodeB().name(), migration.nodeB().address());
        for (Map.Entry<String, RemoteShell> host : hosts.entrySet()) {
            HostPathSetter.apply(host.getValue(), QmpSettings.hostSettings(qmp, host.getKey()));
        }
        QmpHypervisor hypervisor = new QmpHypervisor(
                List.of(QmpSettings.node(qmp, migration.nodeA().name(), hostA),
                        QmpSettings.node(qmp, migration.nodeB().name(), hostB)),
                QmpSettings.tunables(qmp), Duration.ofMillis(qmp.pollIntervalMs()), clock);
        NetemDelayController delay = new NetemDelayController(delayBox, netem(config.delay()));
        DelayBoxPreparation box = new DelayBoxPreparation(delayBox, config.delay().interfaces());
        box.requireNetem();
        if (config.delay().disableOffloads()) {
            box.disableOffloads();
        }
        List<ContextSource> context = List.of(
                source("node_a", () -> facts(hostA, "host", qmp.node(migration.nodeA().name()).migrationInterface())),
                source("node_b", () -> facts(hostB, "host", qmp.node(migration.nodeB().name()).migrationInterface())));
        RttProbeAdapter rtt = new RttProbeAdapter(hosts, addresses);
        return new LabSession("qmp", hypervisor, delay, StressNgGuestLoad.over(guest, clock), rtt::measureRttMs,
                context, () -> Map.of("hypervisor", hypervisor.describe()), clock, 1.0, opened);
    }

    @Override
    public List<PreflightCheck> preflight(LabConfig config, LabSession session) {
        return SessionChecks.of(session, config.migration());
    }

    private static RemoteShell open(LabShells shells, List<AutoCloseable> opened, String target, String key) {
        RemoteShell shell = shells.open(target, key);
        opened.add(shell);
        return shell;
    }

    private static Map<String, String> facts(RemoteShell host, String prefix, String migrationInterface)
            throws IOException, InterruptedException {
        Map<String, String> columns = new LinkedHashMap<>(new NodeFacts(host, prefix).read());
        if (migrationInterface != null) {
            columns.putAll(InterfaceOffloads.read(host, migrationInterface, prefix + "_if"));
        }
        return columns;
    }

    private static NetemConfig netem(DelayConfig delay) {
        DelaySplit split = delay.split() == DelayConfig.Split.ONE_SIDE ? DelaySplit.ALL_ON_FIRST : DelaySplit.EVEN;
        long rateBitsPerS = Math.round((delay.linkRateMbit() == null ? 1000.0 : delay.linkRateMbit()) * 1e6);
        return new NetemConfig(delay.interfaces(), split, new QueueLimitSizing(rateBitsPerS, 1514, 2.0, 1000),
                Duration.ofSeconds(15));
    }

    private static ContextSource source(String name, Facts facts) {
        return new ContextSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Map<String, String> read() throws IOException, InterruptedException {
                return facts.read();
            }
        };
    }

    @FunctionalInterface
    private interface Facts {
        Map<String, String> read() throws IOException, InterruptedException;
    }
}
