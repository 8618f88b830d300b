package io.migcal.harness.lab.truth;

import java.util.Objects;

/**
 * What the delay box between the two nodes does to the migration stream: the one-way delay on the
 * data direction (source to target) and on the ACK direction, netem's queue limit in packets on the
 * data direction, whether segmentation offloads are on (then netem queues 64 KiB GSO super-packets)
 * and the sender's congestion control.
 */
public record DelayBoxSettings(
        double dataDelayMs, double ackDelayMs, int queueLimitPackets, boolean offloadsOn,
        CongestionControl congestionControl) {

    public DelayBoxSettings {
        if (dataDelayMs < 0 || ackDelayMs < 0) {
            throw new IllegalArgumentException("delays must be >= 0 ms");
        }
        if (queueLimitPackets <= 0) {
            throw new IllegalArgumentException("queue limit must be > 0 packets, got " + queueLimitPackets);
        }
        Objects.requireNonNull(congestionControl, "congestionControl");
    }

    /** Half the added RTT on each direction, as the harness sets it. */
    public static DelayBoxSettings symmetric(double addedRttMs, int queueLimitPackets, boolean offloadsOn,
            CongestionControl congestionControl) {
        return new DelayBoxSettings(addedRttMs / 2, addedRttMs / 2, queueLimitPackets, offloadsOn, congestionControl);
    }

    /** The paper's hardware appliance: queue of 100 MTU packets, no offloads, CUBIC senders. */
    public static DelayBoxSettings paperAppliance(double addedRttMs) {
        return symmetric(addedRttMs, 100, false, CongestionControl.CUBIC);
    }

    public double addedRttMs() {
        return dataDelayMs + ackDelayMs;
    }

    public DelayBoxSettings withAddedRttMs(double rttMs) {
        return symmetric(rttMs, queueLimitPackets, offloadsOn, congestionControl);
    }
}
