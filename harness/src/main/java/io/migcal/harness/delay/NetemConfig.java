package io.migcal.harness.delay;

import io.migcal.model.BadInputException;
import java.time.Duration;
import java.util.List;

/**
 * The delay box's netem setup: the interfaces facing the two nodes (each delays the traffic leaving
 * through it, so one per direction), how the RTT is split over them, and how the queue is sized.
 */
public record NetemConfig(List<String> interfaces, DelaySplit split, QueueLimitSizing sizing, Duration commandTimeout) {

    public NetemConfig {
        interfaces = List.copyOf(interfaces);
        if (interfaces.isEmpty()) {
            throw new BadInputException("netem: no delay box interfaces given; list the interfaces facing the two nodes");
        }
        for (String iface : interfaces) {
            if (!iface.matches("[A-Za-z0-9_.-]{1,15}")) {
                throw new BadInputException("netem: '" + iface + "' is not a network interface name (as `ip link` shows it, "
                        + "without any @suffix)");
            }
        }
    }
}
