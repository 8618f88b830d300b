package io.migcal.harness.pve;

import io.migcal.harness.config.TlsTrust;

import io.migcal.harness.config.Secret;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Map;
import okhttp3.mockwebserver.MockWebServer;

/** One fake Proxmox node over real HTTPS on loopback, and clients for it. */
final class PveLab implements AutoCloseable {
    final FakePveNode node = new FakePveNode();
    final TestTls tls = new TestTls();
    final FakeClock clock = new FakeClock();
    final MockWebServer server = new MockWebServer();

    PveLab() throws IOException {
        server.setServerSocketFactory(new NoDelayServerSockets());
        tls.serve(server);
        server.setDispatcher(node);
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    String baseUrl() {
        return "https://127.0.0.1:" + server.getPort();
    }

    PveEndpoint pinnedEndpoint() throws Exception {
        return PveEndpoint.of(baseUrl(), new TlsTrust.PinnedSha256(tls.nodeFingerprint()));
    }

    static PveAuth.Token token() {
        return new PveAuth.Token(FakePveNode.TOKEN_ID,
                Secret.fromEnvironmentMap("PVE_TOKEN", Map.of("PVE_TOKEN", FakePveNode.TOKEN_SECRET)));
    }

    static PveAuth.Ticket ticket() {
        return new PveAuth.Ticket("root@pam",
                Secret.fromEnvironmentMap("PVE_PASSWORD", Map.of("PVE_PASSWORD", FakePveNode.PASSWORD)));
    }

    PveApi api(PveAuth auth) throws Exception {
        return new PveApi(new PveHttp(pinnedEndpoint(), auth, clock));
    }

    PveHypervisor hypervisor() throws Exception {
        return new PveHypervisor(api(token()), clock,
                new FollowSettings(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(2)));
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
