package io.migcal.harness.qemu;

import io.migcal.harness.config.QmpConfig;
import io.migcal.harness.ssh.RemoteShell;
import java.nio.file.Path;
import java.time.Duration;

/** Turns the config's {@code qmp:} section into the QMP driver's values. */
public final class QmpSettings {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration TCP_REPLY_TIMEOUT = Duration.ofSeconds(30);

    private QmpSettings() {
    }

    public static QmpNode node(QmpConfig qmp, String name, RemoteShell host) {
        QmpConfig.Node node = qmp.node(name);
        QmpEndpoint endpoint = node.socket() != null ? new UnixSocketQmpEndpoint(Path.of(node.socket()))
                : new TcpQmpEndpoint(node.tcp().substring(0, node.tcp().lastIndexOf(':')),
                        Integer.parseInt(node.tcp().substring(node.tcp().lastIndexOf(':') + 1)), TCP_REPLY_TIMEOUT);
        IncomingLauncher launcher = node.startIncoming() == null ? null
                : new ShellIncomingLauncher(host, node.startIncoming(), START_TIMEOUT);
        return new QmpNode(name, endpoint, node.incomingUri(), launcher);
    }

    public static QmpTunables tunables(QmpConfig qmp) {
        return new QmpTunables(qmp.maxBandwidthBytesPerS(), qmp.downtimeLimitMs());
    }

    public static HostPathSettings hostSettings(QmpConfig qmp, String name) {
        QmpConfig.HostSettings host = qmp.hostSettings();
        if (host == null) {
            return HostPathSettings.UNCHANGED;
        }
        return new HostPathSettings(host.tcpCongestionControl(), host.tcpRmem(), host.tcpWmem(), host.offloads(),
                qmp.node(name).migrationInterface());
    }
}
