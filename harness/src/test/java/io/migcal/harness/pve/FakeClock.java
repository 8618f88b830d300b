package io.migcal.harness.pve;

import io.migcal.harness.time.MonotonicClock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that only moves when someone sleeps on it, so polling schedules are exact and instant. */
final class FakeClock implements MonotonicClock {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final AtomicLong sleeps = new AtomicLong();

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    @Override
    public Instant now() {
        return Instant.ofEpochSecond(1_717_423_330L).plusNanos(nanos.get());
    }

    @Override
    public void sleepMillis(long millis) {
        sleeps.incrementAndGet();
        nanos.addAndGet(millis * 1_000_000L);
    }

    long sleeps() {
        return sleeps.get();
    }
}
