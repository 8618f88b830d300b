package io.migcal.harness.sweep.connect;

import io.migcal.harness.config.LocalPath;
import io.migcal.harness.config.ProxmoxAuth;
import io.migcal.harness.config.ProxmoxConfig;
import io.migcal.harness.pve.FollowSettings;
import io.migcal.harness.pve.PveAuth;
import io.migcal.harness.pve.PveEndpoint;
import io.migcal.harness.pve.PveHypervisor;
import io.migcal.harness.pve.TlsTrust;
import io.migcal.harness.reconnect.Reconnector;
import io.migcal.harness.time.MonotonicClock;

/** Turns the config's Proxmox section into the pve package's endpoint, trust and credentials. */
final class PveConnections {
    private PveConnections() {
    }

    static PveHypervisor hypervisor(ProxmoxConfig proxmox, MonotonicClock clock) {
        return hypervisor(proxmox, clock, Reconnector.NONE, java.time.Duration.ofSeconds(60));
    }

    /** As above, with API calls retried by {@code reconnector} and replies bounded by {@code readTimeout}. */
    static PveHypervisor hypervisor(ProxmoxConfig proxmox, MonotonicClock clock, Reconnector reconnector,
            java.time.Duration readTimeout) {
        // every node's API proxies for the cluster: the first endpoint serves; the others are for the user
        return PveHypervisor.connect(PveEndpoint.of(proxmox.endpoints().get(0), trust(proxmox)), auth(proxmox.auth()), clock,
                FollowSettings.DEFAULT, reconnector, readTimeout);
    }

    static TlsTrust trust(ProxmoxConfig proxmox) {
        io.migcal.harness.config.TlsTrust tls = proxmox.tls();
        if (tls.fingerprintSha256() != null && !tls.fingerprintSha256().isBlank()) {
            return new TlsTrust.PinnedSha256(tls.fingerprintSha256());
        }
        if (tls.caFile() != null && !tls.caFile().isBlank()) {
            return new TlsTrust.CaPemFile(LocalPath.of(tls.caFile()));
        }
        return new TlsTrust.InsecureSkipVerify();
    }

    static PveAuth auth(ProxmoxAuth auth) {
        if (auth.token() != null) {
            return new PveAuth.Token(auth.token().user() + "!" + auth.token().tokenId(), auth.token().secret());
        }
        return new PveAuth.Ticket(auth.ticket().user(), auth.ticket().password());
    }
}
