package io.migcal.harness.qemu;

import io.migcal.harness.time.MonotonicClock;
import java.time.Instant;

/** A clock that only moves when someone sleeps on it, so timeouts can be tested without waiting. */
final class SteppingClock implements MonotonicClock {

    private long nanos;

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    @Override
    public synchronized Instant now() {
        return Instant.EPOCH.plusNanos(nanos);
    }

    @Override
    public synchronized void sleepMillis(long millis) {
        nanos += millis * 1_000_000;
    }
}
