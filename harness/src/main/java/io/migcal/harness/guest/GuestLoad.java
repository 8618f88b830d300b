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

    /**
     * Starts a writer that dirties {@code rateBytesPerS} within its working set and waits (up to
     * {@code timeout}) until the guest holds that working set; {@link #stop} ends it.
     */
    default void startDirtying(long rateBytesPerS, Duration timeout)
            throws IOException, InterruptedException {
        throw new GuestLoadException("this guest load cannot dirty memory at a set rate");
    }

    /** Whether samples run the guest's progress meter (the config's {@code guest_load.progress_meter}). */
    default boolean meters() {
        return false;
    }

    /** Starts the guest's progress meter ({@link GuestProgress}); {@link #stop} ends it. */
    default void startProgressMeter() throws IOException, InterruptedException {
        throw new GuestLoadException("this guest load has no progress meter");
    }

    /** The guest's own clock now, in nanoseconds (what the progress meter stamps its units with). */
    default long guestClockNs() throws IOException, InterruptedException {
        throw new GuestLoadException("this guest load has no progress meter");
    }

    /** What the progress meter has recorded so far. */
    default GuestProgress readProgress() throws IOException, InterruptedException {
        throw new GuestLoadException("this guest load has no progress meter");
    }

    /** What to run by hand when {@link #stop} failed: the real host and command. */
    default String stopByHand() {
        return "stop the memory load in the guest";
    }
}
