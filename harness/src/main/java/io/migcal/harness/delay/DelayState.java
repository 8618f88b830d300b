package io.migcal.harness.delay;

import java.util.Map;

/**
 * What the delay element reports: the RTT it applies (sum of both directions), its queue limit,
 * its drop counter, and the raw text it was parsed from (kept in the record for later analysis).
 */
public record DelayState(
        double appliedRttMs, Integer queueLimitPackets, long droppedPackets, String rawText,
        Map<String, String> settings) {

    public DelayState {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }
}
