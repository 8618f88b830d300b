package io.migcal.harness.delay;

import java.io.IOException;

/**
 * Sets, reads back and clears the emulated round-trip delay between the two migration hosts.
 * Real ones: netem via {@code tc} over SSH, and a command-template controller for appliances.
 */
public interface DelayController {

    /** Applies the delay; implementations verify it by reading it back. */
    void apply(DelaySetting setting) throws IOException, InterruptedException;

    /** What the delay element says it is doing now, counters included. */
    DelayState readBack() throws IOException, InterruptedException;

    /** Removes every delay this controller set. Safe to call twice and when nothing was set. */
    void clear() throws IOException, InterruptedException;

    /** What to run by hand when {@link #clear} failed: the real host and command, never a placeholder. */
    default String clearByHand() {
        return "remove the delay this harness set on the delay element";
    }
}
