package io.migcal.harness.config;

import static io.migcal.harness.config.ConfigChecks.orDefault;
import static io.migcal.harness.config.ConfigChecks.presentText;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.migcal.model.BadInputException;

/**
 * The downtime prober (section {@code downtime_probe}): echoes sent to the guest every
 * {@code interval_ms} from the harness's host while each migration runs, so the longest gap between
 * replies gives the guest's downtime as the network sees it. {@code ping}: the host's ping (ICMP, so
 * any guest kernel answers) run after the optional local command prefix {@code via} (for example
 * {@code ip netns exec migcal-lan} to reach a lab's guest LAN), {@code target} the guest's address;
 * {@code udp-echo}: datagrams to an echo service at {@code target} = {@code host:port}.
 * {@code tail_ms}: how long to keep probing after the migration ended, so the first reply after the
 * guest resumed is seen.
 */
public record DowntimeProbeConfig(Kind kind, String target, String via, Integer intervalMs, Integer tailMs) {

    /** ICMP echo through the host's ping, or a UDP echo service. */
    public enum Kind {
        @JsonProperty("ping") PING,
        @JsonProperty("udp-echo") UDP_ECHO
    }

    public DowntimeProbeConfig {
        if (kind == null) {
            throw new BadInputException("missing key 'downtime_probe.kind' (ping or udp-echo)");
        }
        presentText(target, "downtime_probe.target");
        intervalMs = orDefault(intervalMs, 10);
        tailMs = orDefault(tailMs, 1000);
        if (intervalMs < 1 || intervalMs > 1000) {
            throw new BadInputException("'downtime_probe.interval_ms' must be 1..1000, got " + intervalMs);
        }
        if (tailMs < 0 || tailMs > 60_000) {
            throw new BadInputException("'downtime_probe.tail_ms' must be 0..60000, got " + tailMs);
        }
        if (kind == Kind.UDP_ECHO && !target.matches("[A-Za-z0-9.\\-\\[\\]:]+:\\d{1,5}")) {
            throw new BadInputException("downtime_probe.target must be host:port for udp-echo, got '" + target + "'");
        }
        if (kind == Kind.UDP_ECHO && via != null) {
            throw new BadInputException("downtime_probe.via goes with kind ping only (udp-echo is sent by the harness itself)");
        }
    }
}
