package io.migcal.harness.sweep.connect;

import io.migcal.harness.config.DowntimeProbeConfig;
import io.migcal.harness.migrate.Hypervisor;
import io.migcal.harness.probe.EchoProbe;
import io.migcal.harness.probe.PingProbe;
import io.migcal.harness.probe.ProbedHypervisor;
import io.migcal.harness.probe.UdpEchoProbe;
import io.migcal.harness.time.MonotonicClock;
import java.util.Arrays;
import java.util.List;

/** The config's {@code downtime_probe} around a hypervisor, or the hypervisor as it is without one. */
final class DowntimeProbes {
    private DowntimeProbes() {
    }

    static Hypervisor around(Hypervisor hypervisor, DowntimeProbeConfig config, MonotonicClock clock) {
        if (config == null) {
            return hypervisor;
        }
        EchoProbe probe = switch (config.kind()) {
            case PING -> new PingProbe(config.via() == null ? List.of()
                    : Arrays.asList(config.via().trim().split("\\s+")), config.target(), config.intervalMs());
            case UDP_ECHO -> new UdpEchoProbe(config.target(), config.intervalMs(), clock);
        };
        return new ProbedHypervisor(hypervisor, probe, config.tailMs(), clock);
    }
}
