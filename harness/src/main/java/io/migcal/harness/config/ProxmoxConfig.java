package io.migcal.harness.config;

import static io.migcal.harness.config.ConfigChecks.nonEmpty;
import static io.migcal.harness.config.ConfigChecks.orDefault;
import static io.migcal.harness.config.ConfigChecks.present;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * How to reach the Proxmox VE API: endpoints tried in order, authentication, TLS trust, the driver
 * (the REST API, or {@code qm} over SSH on the source node) and how often to poll a running task.
 */
public record ProxmoxConfig(
        Driver driver, List<String> endpoints, ProxmoxAuth auth, TlsTrust tls, Integer pollIntervalMs) {

    /** Which {@code Hypervisor} drives the migration. */
    public enum Driver {
        @JsonProperty("api") API,
        @JsonProperty("qm-ssh") QM_SSH
    }

    public ProxmoxConfig {
        driver = orDefault(driver, Driver.API);
        pollIntervalMs = orDefault(pollIntervalMs, 500);
        if (driver == Driver.API) {
            endpoints = List.copyOf(nonEmpty(endpoints, "endpoints"));
            present(auth, "auth");
            present(tls, "tls");
        } else {
            endpoints = endpoints == null ? List.of() : List.copyOf(endpoints);
        }
    }
}
