package io.migcal.harness.sweep;

import io.migcal.harness.time.MonotonicClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clock whose time moves only when someone sleeps on it; records every sleep. */
public final class FakeClock implements MonotonicClock {
    private long nanos;
    final List<Long> sleptMillis = new ArrayList<>();

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    @Override
    public synchronized Instant now() {
        return Instant.parse("2026-11-26T06:00:00Z").plusNanos(nanos);
    }

    @Override
    public synchronized void sleepMillis(long millis) throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("sleep interrupted");
        }
        sleptMillis.add(millis);
        nanos += millis * 1_000_000L;
    }

    synchronized void advanceMillis(long millis) {
        nanos += millis * 1_000_000L;
    }
}
