package io.migcal.harness.delay;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the delay element reports: the RTT it applies (sum of both directions), its queue limit,
 * its drop counter, and the raw text it was parsed from (kept in the record for later analysis).
 */
public record DelayState(
        double appliedRttMs, Integer queueLimitPackets, long droppedPackets, String rawText,
        Map<String, String> settings) {

    public DelayState {
        // insertion order kept: these become CSV columns, which must come out in a stable order
        settings = settings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }
}
