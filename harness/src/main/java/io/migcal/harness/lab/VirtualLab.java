package io.migcal.harness.lab;

import io.migcal.harness.lab.api.ApiCredentials;
import io.migcal.harness.lab.api.PveApiServer;
import io.migcal.harness.lab.https.LabCertificates;
import io.migcal.harness.lab.shell.LabShells;
import io.migcal.harness.lab.shell.VirtualHostShell;
import io.migcal.harness.lab.sshd.EmbeddedSshServer;
import io.migcal.harness.lab.sshd.SshAccess;
import io.migcal.harness.lab.state.LabFaults;
import io.migcal.harness.lab.state.LabState;
import io.migcal.harness.lab.truth.GroundTruth;
import io.migcal.harness.lab.truth.NoiseModel;
import io.migcal.harness.time.CompressedClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A whole lab on loopback: a Proxmox VE API over HTTPS, SSH endpoints for each node, the delay box
 * and the guest, all behind one {@link LabState} whose migrations take the ground truth's time on a
 * compressed clock. Start it, read {@link #descriptor()}, point a harness at it, close it.
 */
public final class VirtualLab implements AutoCloseable {
    public static final String DELAY_BOX = "delaybox";
    public static final String GUEST = "guest";
    private static final String GUEST_USER = "migcal";

    private final LabState state;
    private final PveApiServer api;
    private final List<EmbeddedSshServer> sshServers;
    private final LabDescriptor descriptor;
    private final GuestUdpEcho echo;

    private VirtualLab(LabState state, PveApiServer api, List<EmbeddedSshServer> sshServers, LabDescriptor descriptor,
            GuestUdpEcho echo) {
        this.echo = echo;
        this.state = state;
        this.api = api;
        this.sshServers = sshServers;
        this.descriptor = descriptor;
    }

    public static VirtualLab start(VirtualLabSettings settings) throws IOException {
        Path dir = settings.stateDir().toAbsolutePath();
        Files.createDirectories(dir);
        LabState state = new LabState(settings, new CompressedClock(settings.timeCompression()));
        LabTopology topology = settings.topology();
        List<EmbeddedSshServer> servers = new ArrayList<>();
        PveApiServer api = null;
        GuestUdpEcho echo = null;
        try {
            LabCertificates certificates = LabCertificates.loadOrCreate(dir.resolve("tls"), topology.nodes());
            LabCredentialFiles credentialFiles = new LabCredentialFiles(dir.resolve("api"));
            ApiCredentials credentials = credentialFiles.loadOrCreate();
            api = PveApiServer.start(port(settings, 0), state, certificates, credentials);
            LabKeys keys = LabKeys.loadOrCreate(dir.resolve("ssh"));
            Map<String, LabSshAccess> endpoints = startSsh(settings, state, keys, dir.resolve("ssh"), servers);
            echo = GuestUdpEcho.start(port(settings, topology.nodes().size() + 3), state);
            LabDescriptor descriptor = new LabDescriptor("https://127.0.0.1:" + api.port() + "/api2/json",
                    certificates.sha256Fingerprint(), certificates.caPemFile().toString(),
                    certificates.certPemFile().toString(), credentials.user(), credentialFiles.passwordFile().toString(),
                    settings.pveVersion().apiTokens() ? credentials.tokenId() : null,
                    settings.pveVersion().apiTokens() ? credentialFiles.tokenSecretFile().toString() : null,
                    topology.nodes(), nodeIps(topology), topology.vmid(), GUEST, endpoints, DELAY_BOX,
                    topology.delayInterfaces(), topology.defaultQueueLimitPackets(), settings.timeCompression(), settings.pveVersion().label(), settings.seed(),
                    echo.port());
            descriptor.writeTo(dir.resolve(LabDescriptor.FILE_NAME));
            return new VirtualLab(state, api, servers, descriptor, echo);
        } catch (java.net.BindException e) {
            closeAll(api, servers);
            closeEcho(echo);
            throw new IOException("the virtual lab cannot listen on 127.0.0.1 ports " + settings.portBase() + ".."
                    + (settings.portBase() + topology.nodes().size() + 2) + " (" + e.getMessage()
                    + "); choose another --port-base, or 0 for free ports", e);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            closeAll(api, servers);
            closeEcho(echo);
            throw e instanceof IOException io ? io : new IOException("virtual lab failed to start: " + e.getMessage(), e);
        }
    }

    private static Map<String, LabSshAccess> startSsh(VirtualLabSettings settings, LabState state, LabKeys keys,
            Path sshDir, List<EmbeddedSshServer> servers) throws IOException {
        LabShells shells = new LabShells(state);
        VirtualHostShell guestShell = shells.guest(GUEST);
        List<String> nodes = settings.topology().nodes();
        Path knownHosts = sshDir.resolve("known_hosts");
        Map<String, LabSshAccess> endpoints = new LinkedHashMap<>();
        StringBuilder knownHostsText = new StringBuilder();
        for (int i = 0; i <= nodes.size() + 1; i++) {
            String name = i < nodes.size() ? nodes.get(i) : i == nodes.size() ? DELAY_BOX : GUEST;
            String user = GUEST.equals(name) ? GUEST_USER : "root";
            VirtualHostShell shell = i < nodes.size() ? shells.node(name, i, guestShell)
                    : DELAY_BOX.equals(name) ? shells.delayBox(name) : guestShell;
            BooleanSupplier refuse = () -> state.faults().sshRefused(name);
            EmbeddedSshServer server = EmbeddedSshServer.start(port(settings, i + 1),
                    sshDir.resolve("ssh_host_" + name + "_key"), new SshAccess(user, keys.authorizedKeys(), null), shell, refuse);
            servers.add(server);
            knownHostsText.append(server.knownHostsLine()).append('\n');
            endpoints.put(name, new LabSshAccess(name, "127.0.0.1", server.port(), user,
                    keys.privateKeyFile().toString(), knownHosts.toString()));
        }
        Files.writeString(knownHosts, knownHostsText.toString(), StandardCharsets.US_ASCII);
        return endpoints;
    }

    private static int port(VirtualLabSettings settings, int offset) {
        return settings.portBase() == 0 ? 0 : settings.portBase() + offset;
    }

    private static Map<String, String> nodeIps(LabTopology topology) {
        Map<String, String> ips = new LinkedHashMap<>();
        for (int i = 0; i < topology.nodes().size(); i++) {
            ips.put(topology.nodes().get(i), topology.nodeIps().get(i));
        }
        return ips;
    }

    public LabDescriptor descriptor() {
        return descriptor;
    }

    public GroundTruth groundTruth() {
        return state.groundTruth();
    }

    public NoiseModel noise() {
        return state.noise();
    }

    public LabFaults faults() {
        return state.faults();
    }

    /** The lab's clock; give the same instance to a harness so its times come out in lab seconds. */
    public CompressedClock clock() {
        return state.clock();
    }

    /** The shared state, for tests that look behind the protocols (where the VM is, the delay box). */
    public LabState state() {
        return state;
    }

    /** Drops every open SSH connection of the named endpoint now. */
    public void dropSshSessions(String endpoint) {
        sshServers.stream().filter(s -> s.port() == descriptor.endpoint(endpoint).port()).forEach(EmbeddedSshServer::dropAllSessions);
    }

    @Override
    public void close() {
        closeAll(api, sshServers);
        closeEcho(echo);
    }

    private static void closeEcho(GuestUdpEcho echo) {
        if (echo != null) {
            echo.close();
        }
    }

    private static void closeAll(PveApiServer api, List<EmbeddedSshServer> servers) {
        if (api != null) {
            api.close();
        }
        for (EmbeddedSshServer server : servers) {
            try {
                server.close();
            } catch (IOException ignored) {
                // closing a loopback listener; nothing left to do
            }
        }
    }
}
