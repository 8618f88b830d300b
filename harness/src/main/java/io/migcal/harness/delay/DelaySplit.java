package io.migcal.harness.delay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** How the round trip is spread over the delay box's interfaces (each delays one direction). */
public enum DelaySplit {
    /** RTT / n on each of the n interfaces: both directions delayed alike (the default). */
    EVEN,
    /** The whole RTT on the first interface, none on the others (one-sided, as some appliances do). */
    ALL_ON_FIRST;

    /** The one-way delay in ms for each of {@code interfaceCount} interfaces, in order. */
    public List<Double> oneWayDelaysMs(double rttMs, int interfaceCount) {
        if (this == EVEN) {
            return Collections.nCopies(interfaceCount, rttMs / interfaceCount);
        }
        List<Double> delays = new ArrayList<>(Collections.nCopies(interfaceCount, 0.0));
        delays.set(0, rttMs);
        return List.copyOf(delays);
    }
}
