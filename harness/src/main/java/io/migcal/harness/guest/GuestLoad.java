package io.migcal.harness.guest;

import java.io.IOException;
import java.time.Duration;

/**
 * Fills guest memory with non-zero data and keeps it resident, so a migration has that much to
 * move. Real ones: stress-ng over SSH into the guest, or the QEMU guest agent.
 */
public interface GuestLoad {

    /** Starts a load holding {@code bytes} and waits (up to {@code timeout}) until the guest uses it. */
    void fill(long bytes, Duration timeout) throws IOException, InterruptedException;

    /** The guest's used memory now, as the guest sees it ({@code MemTotal - MemAvailable}). */
    long usedBytes() throws IOException, InterruptedException;

    /** Stops every load this object started. Safe to call twice and when nothing runs. */
    void stop() throws IOException, InterruptedException;

    /** What to run by hand when {@link #stop} failed: the real host and command. */
    default String stopByHand() {
        return "stop the memory load in the guest";
    }
}
