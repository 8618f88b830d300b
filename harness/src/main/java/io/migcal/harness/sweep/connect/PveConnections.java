package io.migcal.harness.sweep.connect;

import io.migcal.harness.config.LocalPath;
import io.migcal.harness.config.ProxmoxAuth;
import io.migcal.harness.config.ProxmoxConfig;
import io.migcal.harness.pve.FollowSettings;
import io.migcal.harness.pve.PveApiException;
import io.migcal.harness.pve.PveAuth;
import io.migcal.harness.pve.PveEndpoint;
import io.migcal.harness.pve.PveHypervisor;
import io.migcal.harness.pve.PveTlsException;
import io.migcal.harness.reconnect.Reconnector;
import io.migcal.harness.time.MonotonicClock;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** Turns the config's Proxmox section into the pve package's endpoints and credentials. */
final class PveConnections {
    private PveConnections() {
    }

    /**
     * Through the first of {@code proxmox.endpoints} that answers (any node's API proxies for the
     * cluster), API calls retried by {@code reconnector} and replies bounded by {@code readTimeout}.
     * Refused credentials or certificate are not a node being down: the session is still made, so
     * the preflight reports them as a failed check and a sweep stops at its first call.
     */
    static PveHypervisor hypervisor(ProxmoxConfig proxmox, MonotonicClock clock, Reconnector reconnector,
            Duration readTimeout) throws IOException, InterruptedException {
        List<PveEndpoint> endpoints = proxmox.endpoints().stream().map(url -> PveEndpoint.of(url, proxmox.tls())).toList();
        PveAuth auth = auth(proxmox.auth());
        try {
            return PveHypervisor.connectFirstReachable(endpoints, auth, clock, FollowSettings.DEFAULT, reconnector,
                    readTimeout);
        } catch (PveApiException | PveTlsException refused) {
            return PveHypervisor.connect(endpoints.get(0), auth, clock, FollowSettings.DEFAULT, reconnector, readTimeout);
        }
    }

    static PveAuth auth(ProxmoxAuth auth) {
        if (auth.token() != null) {
            return new PveAuth.Token(auth.token().user() + "!" + auth.token().tokenId(), auth.token().secret());
        }
        return new PveAuth.Ticket(auth.ticket().user(), auth.ticket().password());
    }
}
