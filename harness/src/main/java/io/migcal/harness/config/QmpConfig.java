package io.migcal.harness.config;

import static io.migcal.harness.config.ConfigChecks.present;
import static io.migcal.harness.config.ConfigChecks.presentText;

import io.migcal.model.BadInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The QMP driver (plain QEMU, no Proxmox; the local QEMU lab): per node, the guest QEMU's monitor
 * (a Unix socket path, or {@code host:port} of a QMP TCP endpoint), the URI the migration stream
 * goes to when the node is the target, and the command that starts a QEMU waiting for it; QEMU's
 * migration tunables (left out: QEMU's defaults); the host-side path settings to apply.
 */
public record QmpConfig(
        Map<String, Node> nodes, Long maxBandwidthBytesPerS, Long downtimeLimitMs, Integer pollIntervalMs,
        HostSettings hostSettings) {

    /** One QEMU host: {@code socket} or {@code tcp}, {@code incoming_uri}, {@code start_incoming}. */
    public record Node(String socket, String tcp, String incomingUri, String startIncoming, String migrationInterface) {
        public Node {
            presentText(incomingUri, "incoming_uri");
            if ((socket == null) == (tcp == null)) {
                throw new BadInputException("a qmp node needs exactly one of 'socket' (a Unix socket path) "
                        + "or 'tcp' (host:port of a QMP TCP endpoint)");
            }
            if (tcp != null && !tcp.matches("[A-Za-z0-9.\\-\\[\\]:]+:\\d{1,5}")) {
                throw new BadInputException("qmp node 'tcp' must be host:port, got '" + tcp + "'");
            }
        }
    }

    /** Applied over each node's SSH before the sweep; a left-out key leaves the host as it is. */
    public record HostSettings(String tcpCongestionControl, String tcpRmem, String tcpWmem, Boolean offloads) {
    }

    public QmpConfig {
        present(nodes, "nodes");
        nodes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        pollIntervalMs = pollIntervalMs == null ? 50 : pollIntervalMs;
        if (pollIntervalMs < 1 || pollIntervalMs > 10_000) {
            throw new BadInputException("'poll_interval_ms' must be 1..10000, got " + pollIntervalMs);
        }
        if (maxBandwidthBytesPerS != null && maxBandwidthBytesPerS <= 0) {
            throw new BadInputException("'max_bandwidth_bytes_per_s' must be > 0 (left out: QEMU's default)");
        }
        if (downtimeLimitMs != null && (downtimeLimitMs <= 0 || downtimeLimitMs > 2_000_000)) {
            throw new BadInputException("'downtime_limit_ms' must be 1..2000000 (left out: QEMU's default 300)");
        }
    }

    /** The node entry for a migration node name; a missing one is bad input naming the key. */
    public Node node(String name) {
        Node node = nodes.get(name);
        if (node == null) {
            throw new BadInputException("qmp.nodes has no entry for migration node '" + name + "' (it has "
                    + String.join(", ", nodes.keySet()) + ")");
        }
        return node;
    }
}
