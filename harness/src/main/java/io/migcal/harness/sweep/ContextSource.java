package io.migcal.harness.sweep;

import java.io.IOException;
import java.util.Map;

/**
 * Facts that shape a migration's outcome (congestion control, buffer sizes, offloads, qdisc), read
 * before and after every sample. The keys a source returns on its first read become the run's
 * context columns ({@code <name>.<key>_before}, {@code ..._after}).
 */
public interface ContextSource {

    /** A short name for the columns, e.g. {@code node_a}, {@code delay_box}. */
    String name();

    Map<String, String> read() throws IOException, InterruptedException;
}
