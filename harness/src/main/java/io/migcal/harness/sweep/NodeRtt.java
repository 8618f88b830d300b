package io.migcal.harness.sweep;

import io.migcal.harness.delay.PingSummary;
import java.io.IOException;

/** Measures the round trip between the two migration nodes as it is now (ping from one to the other). */
@FunctionalInterface
public interface NodeRtt {

    /** Pings {@code toNode}'s migration address from {@code fromNode}. */
    PingSummary ping(String fromNode, String toNode) throws IOException, InterruptedException;
}
