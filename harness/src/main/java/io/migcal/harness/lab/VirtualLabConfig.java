package io.migcal.harness.lab;

import io.migcal.harness.config.DelayConfig;
import io.migcal.harness.config.GuestLoadConfig;
import io.migcal.harness.config.DowntimeProbeConfig;
import io.migcal.harness.config.LabClockConfig;
import io.migcal.harness.config.LabConfig;
import io.migcal.harness.config.MigrationConfig;
import io.migcal.harness.config.OutputConfig;
import io.migcal.harness.config.ProxmoxAuth;
import io.migcal.harness.config.ProxmoxConfig;
import io.migcal.harness.config.Secret;
import io.migcal.harness.config.SshConfig;
import io.migcal.harness.config.SshEndpoint;
import io.migcal.harness.config.SweepConfig;
import io.migcal.harness.config.TlsTrust;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lab config a user would write for a running virtual lab: the same YAML shape as for a real
 * Proxmox lab, pointing at the lab's loopback endpoints, pinning its certificate and host keys, and
 * naming its credentials by file. The delay box is set up as the paper's appliance is modelled:
 * a fixed queue of {@code queueLimitPackets} and offloads off (see docs/virtual-lab.md).
 */
public final class VirtualLabConfig {
    private static final double LINK_RATE_MBIT = 1000;
    private static final double FILL_TIMEOUT_S = 120;

    private VirtualLabConfig() {
    }

    public static LabConfig from(LabDescriptor lab, SweepConfig sweep, int queueLimitPackets, Path resultsDir) {
        return from(lab, sweep, queueLimitPackets, resultsDir, null);
    }

    /**
     * As above, with the lab's compressed clock ({@code lab_clock}) for a harness in another process;
     * null when the harness is given the lab's clock object itself.
     */
    public static LabConfig from(LabDescriptor lab, SweepConfig sweep, int queueLimitPackets, Path resultsDir,
            LabClockConfig clock) {
        String nodeA = lab.nodes().get(0);
        String nodeB = lab.nodes().get(1);
        return new LabConfig(
                proxmox(lab),
                new SshConfig(null, sshTargets(lab)),
                new MigrationConfig(String.valueOf(lab.vmid()),
                        new MigrationConfig.Node(nodeA, nodeA, lab.nodeIps().get(nodeA)),
                        new MigrationConfig.Node(nodeB, nodeB, lab.nodeIps().get(nodeB))),
                new DelayConfig(DelayConfig.Kind.NETEM, lab.delayBoxEndpoint(), lab.delayInterfaces(),
                        DelayConfig.Split.HALF_EACH_WAY, LINK_RATE_MBIT, queueLimitPackets, true, null),
                new GuestLoadConfig(GuestLoadConfig.Method.STRESS_NG, lab.guestEndpoint(), FILL_TIMEOUT_S),
                sweep,
                new OutputConfig(resultsDir.toString()), null, null, clock, downtimeProbe(lab));
    }

    /**
     * The guest's UDP echo, probed every 10 lab ms; 200 lab ms after the task's end is enough for the
     * first reply after the resume (phase 3 resumes the guest before the task ends).
     */
    private static DowntimeProbeConfig downtimeProbe(LabDescriptor lab) {
        return lab.guestUdpEchoPort() <= 0 ? null : new DowntimeProbeConfig(DowntimeProbeConfig.Kind.UDP_ECHO,
                "127.0.0.1:" + lab.guestUdpEchoPort(), null, 10, 200);
    }

    private static ProxmoxConfig proxmox(LabDescriptor lab) {
        ProxmoxAuth auth = lab.apiTokenId() != null
                ? new ProxmoxAuth(new ProxmoxAuth.Token(lab.apiUser(), tokenName(lab.apiTokenId()),
                        Secret.of("file:" + lab.apiTokenSecretFile())), null)
                : new ProxmoxAuth(null, new ProxmoxAuth.Ticket(lab.apiUser(), Secret.of("file:" + lab.apiPasswordFile())));
        String endpoint = lab.apiBaseUrl().replaceFirst("/api2/json$", "");
        return new ProxmoxConfig(ProxmoxConfig.Driver.API, List.of(endpoint), auth,
                new TlsTrust.PinnedSha256(lab.tlsFingerprintSha256()), 100);
    }

    /** The lab names its token in full ({@code user@realm!name}); the config wants the name alone. */
    private static String tokenName(String fullTokenId) {
        return fullTokenId.substring(fullTokenId.indexOf('!') + 1);
    }

    private static Map<String, SshEndpoint> sshTargets(LabDescriptor lab) {
        Map<String, SshEndpoint> targets = new LinkedHashMap<>();
        lab.ssh().values().stream()
                .sorted(java.util.Comparator.comparing(io.migcal.harness.lab.LabSshAccess::name))
                .forEach(e -> targets.put(e.name(), new SshEndpoint(e.host(), e.port(), e.user(),
                        e.privateKeyFile(), null, false, e.knownHostsFile(), null)));
        return targets;
    }
}
