package io.migcal.harness.time;

import java.time.Instant;

/**
 * The harness's clocks: a monotonic one for durations, a wall one for timestamps in records. Injected
 * so tests and the virtual lab's time compression control both.
 */
public interface MonotonicClock {

    /** Nanoseconds on a monotonic clock; only differences mean anything. */
    long nanoTime();

    /** Wall-clock time, for timestamps written to records. */
    Instant now();

    /** Sleeps for the given time on this clock. */
    void sleepMillis(long millis) throws InterruptedException;

    MonotonicClock SYSTEM = new MonotonicClock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public void sleepMillis(long millis) throws InterruptedException {
            Thread.sleep(millis);
        }
    };
}
