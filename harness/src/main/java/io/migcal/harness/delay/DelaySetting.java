package io.migcal.harness.delay;

/**
 * A requested delay: the round trip in milliseconds, and the queue limit in packets ({@code null}
 * to let the controller size it from the bandwidth-delay product).
 */
public record DelaySetting(double rttMs, Integer queueLimitPackets) {

    public DelaySetting {
        if (rttMs < 0 || Double.isNaN(rttMs)) {
            throw new IllegalArgumentException("RTT must be >= 0 ms, got " + rttMs);
        }
        if (queueLimitPackets != null && queueLimitPackets <= 0) {
            throw new IllegalArgumentException("queue limit must be > 0 packets, got " + queueLimitPackets);
        }
    }
}
