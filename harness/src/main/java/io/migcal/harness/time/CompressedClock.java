package io.migcal.harness.time;

import java.time.Duration;
import java.time.Instant;

/**
 * A clock that runs {@code factor} times faster than the wall clock. The virtual lab and the harness
 * driving it share one instance, so a migration that the ground truth says takes 40 s takes 0.8 s of
 * wall time at factor 50, and the harness still measures 40 s. A harness in another process shares
 * the lab's clock through {@link #sharing}: the same factor and the wall instant the lab started.
 */
public final class CompressedClock implements MonotonicClock {
    private final double factor;
    private final long wallOriginNanos;
    private final Instant labOrigin;

    /** A clock whose lab time starts at {@code labOrigin} now and runs {@code factor} times faster. */
    public CompressedClock(double factor, Instant labOrigin) {
        this(factor, labOrigin, System.nanoTime());
    }

    /** Starts at the current wall time. */
    public CompressedClock(double factor) {
        this(factor, Instant.now());
    }

    private CompressedClock(double factor, Instant labOrigin, long wallOriginNanos) {
        if (!(factor >= 1.0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("time compression factor must be >= 1, got " + factor);
        }
        this.factor = factor;
        this.wallOriginNanos = wallOriginNanos;
        this.labOrigin = labOrigin;
    }

    /**
     * The clock of a lab that started (lab time zero, {@link #labOrigin()}) at wall instant
     * {@code origin} with this factor: what another process needs to tell the same lab time.
     */
    public static CompressedClock sharing(double factor, Instant origin) {
        long sinceOriginNanos = Duration.between(origin, Instant.now()).toNanos();
        return new CompressedClock(factor, origin, System.nanoTime() - sinceOriginNanos);
    }

    public double factor() {
        return factor;
    }

    /** The wall instant this clock's lab time started, which is also the lab time it started at. */
    public Instant labOrigin() {
        return labOrigin;
    }

    @Override
    public long nanoTime() {
        return (long) ((System.nanoTime() - wallOriginNanos) * factor);
    }

    @Override
    public Instant now() {
        return labOrigin.plusNanos(nanoTime());
    }

    /** Lab seconds since this clock started. */
    public double elapsedSeconds() {
        return nanoTime() / 1e9;
    }

    @Override
    public void sleepMillis(long millis) throws InterruptedException {
        long wallNanos = (long) (millis * 1_000_000L / factor);
        Thread.sleep(wallNanos / 1_000_000L, (int) (wallNanos % 1_000_000L));
    }
}
