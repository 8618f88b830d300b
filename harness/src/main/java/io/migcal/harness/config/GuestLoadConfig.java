package io.migcal.harness.config;

import static io.migcal.harness.config.ConfigChecks.orDefault;
import static io.migcal.harness.config.ConfigChecks.positive;
import static io.migcal.harness.config.ConfigChecks.presentText;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How guest memory is filled: stress-ng over SSH into the guest (target {@code ssh}), or stress-ng
 * started through the QEMU guest agent ({@code qm guest exec} on the node that owns the VM).
 */
public record GuestLoadConfig(Method method, String ssh, Double fillTimeoutS) {

    /** The two ways into the guest. */
    public enum Method {
        @JsonProperty("stress-ng") STRESS_NG,
        @JsonProperty("guest-agent") GUEST_AGENT
    }

    public GuestLoadConfig {
        method = orDefault(method, Method.STRESS_NG);
        if (method == Method.STRESS_NG) {
            presentText(ssh, "ssh");
        }
        fillTimeoutS = positive(orDefault(fillTimeoutS, 120.0), "fill_timeout_s");
    }
}
