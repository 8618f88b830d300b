package io.migcal.harness.sweep;

import java.io.IOException;

/** Measures the round trip between the two migration nodes as it is now (ping from one to the other). */
@FunctionalInterface
public interface RttProbe {

    /** The average RTT in ms from {@code fromNode} to {@code toNode}'s migration address. */
    double measureRttMs(String fromNode, String toNode) throws IOException, InterruptedException;
}
